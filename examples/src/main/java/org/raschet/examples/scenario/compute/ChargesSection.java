package org.raschet.examples.scenario.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.raschet.core.money.Amounts;
import org.raschet.core.money.Price;
import org.raschet.core.money.RoundingRule;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.input.Domain;
import org.raschet.examples.scenario.input.MeterEntry;
import org.raschet.examples.scenario.input.MetersSection;
import org.raschet.examples.scenario.input.ScenarioInputs;
import org.raschet.examples.scenario.json.Names;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.Rules;
import org.raschet.examples.scenario.json.ValueShape;

/**
 * The {@code charges} section: each interval of one resource priced at one price per unit given in the scenario,
 * P = round(V × T, 2) by {@link Price#chargeMinor} (354 p.42, App. 2, formula 1), rounded once per interval by the
 * rounding rule chosen (LEGAL §11). Requires {@code intervals}. Prices are in rubles.
 */
public final class ChargesSection implements ComputeSection {
    /** The key under {@code compute}. */
    public static final String KEY = "charges";

    /** The rounding rules a scenario can name, by name; the first is the default. */
    public static final Map<String, RoundingRule> ROUNDINGS = roundings();

    /** The settings: the price, the resource priced and the rounding rule. */
    public static final ObjectShape SHAPE = ObjectShape.of("charges settings",
            Property.required("price", ValueShape.DECIMAL),
            Property.optional("resource", Names.choice(Resource.class)),
            Property.optional("rounding", ValueShape.choice(List.copyOf(ROUNDINGS.keySet()))));

    private static Map<String, RoundingRule> roundings() {
        Map<String, RoundingRule> m = new LinkedHashMap<>();
        m.put("kopecks-half-up-per-line", RoundingRule.KOPECKS_HALF_UP);
        return java.util.Collections.unmodifiableMap(m);
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public ObjectShape shape() {
        return SHAPE;
    }

    @Override
    public List<String> requires() {
        return List.of(IntervalsSection.KEY);
    }

    @Override
    public Prepared prepare(ObjectCursor settings, ScenarioInputs inputs) {
        Resource resource = resource(settings, inputs);
        BigDecimal value = settings.decimal("price");
        if (value.signum() < 0) {
            throw new ScenarioException(settings.pathOf("price"), Rules.RANGE,
                    "price " + value.toPlainString() + " is negative");
        }
        Price price = Domain.at(settings.pathOf("price"), () -> Price.of(value, Amounts.RUB, resource.unit()));
        String roundingName = settings.findChoice("rounding").orElse(ROUNDINGS.keySet().iterator().next());
        RoundingRule rounding = ROUNDINGS.get(roundingName);
        return context -> {
            IntervalsResult intervals = context.result(IntervalsSection.KEY, IntervalsResult.class);
            List<Charge> out = new ArrayList<>();
            for (Interval i : intervals.intervals()) {
                if (i.meter().resource() == resource) {
                    out.add(charge(i, price, rounding, settings));
                }
            }
            return new ChargesResult(resource, price, roundingName, out);
        };
    }

    /** The resource named, or the only resource the scenario's meters meter. */
    private static Resource resource(ObjectCursor settings, ScenarioInputs inputs) {
        Optional<String> named = settings.findChoice("resource");
        if (named.isPresent()) {
            return Names.parse(Resource.class, named.get());
        }
        Set<String> metered = new TreeSet<>();
        for (MeterEntry m : inputs.get(MetersSection.INSTANCE).entries()) {
            metered.add(Names.of(m.meter().resource()));
        }
        if (metered.size() != 1) {
            throw new ScenarioException(settings.pathOf("resource"), Rules.REQUIRED_PROPERTY,
                    metered.isEmpty() ? "the scenario has no meters: name the resource priced"
                            : "the meters meter several resources (" + String.join(", ", metered)
                            + "): name the resource priced");
        }
        return Names.parse(Resource.class, metered.iterator().next());
    }

    private static Charge charge(Interval interval, Price price, RoundingRule rounding, ObjectCursor settings) {
        Quantity v = interval.volume();
        long kopecks = Domain.at(settings.path(), () -> price.chargeMinor(v, rounding));
        ProtocolStep step = price.chargeStep(v, rounding);
        return new Charge(interval, price, kopecks, step);
    }
}
