package org.raschet.examples.scenario.tariff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.raschet.core.time.Timeline;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.input.Domain;
import org.raschet.examples.scenario.input.InputSection;
import org.raschet.examples.scenario.input.ScenarioInputs;
import org.raschet.examples.scenario.json.JsonCursor;
import org.raschet.examples.scenario.json.MapShape;
import org.raschet.examples.scenario.json.Names;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.Rules;
import org.raschet.examples.scenario.json.ValueShape;
import org.raschet.tariffs.pricing.NormZoneSplit;
import org.raschet.tariffs.pricing.PricingPolicies;
import org.raschet.tariffs.schedule.Coefficient;
import org.raschet.tariffs.schedule.IncreasingCoefficient;

/**
 * The {@code pricingPolicies} section: the pricing policies where law or region varies — how a block tariff's norm
 * is shared among the zones of a zoned meter ({@link NormZoneSplit}), and the increasing coefficient in force from
 * each date ({@link IncreasingCoefficient}). Optional: each omitted policy takes its documented default
 * ({@link PricingPolicies#DEFAULT}). How a volume without zone readings is shared among zones is per account
 * ({@code accountTariffs[].zoneHistory}).
 */
public final class PricingPoliciesSection implements InputSection<PricingChoices> {
    /** The one instance. */
    public static final PricingPoliciesSection INSTANCE = new PricingPoliciesSection();

    /** The identifier of an increasing coefficient given by a scenario, named in the protocol. */
    public static final String SCENARIO_COEFFICIENT_ID = "coefficient.scenario";

    /** The shape of {@code pricingPolicies}. */
    public static final ObjectShape SHAPE = ObjectShape.of("pricing policies",
            Property.optional("normZoneSplit", Names.choice(NormZoneSplit.class)),
            Property.optional("increasingCoefficient", new MapShape(ValueShape.DATE, ValueShape.DECIMAL)));

    private PricingPoliciesSection() {
    }

    @Override
    public Property property() {
        return Property.optional("pricingPolicies", SHAPE);
    }

    @Override
    public PricingChoices parse(JsonCursor value, ScenarioInputs earlier) {
        ObjectCursor o = value.object(SHAPE);
        PricingChoices out = PricingChoices.defaults();
        if (o.has("normZoneSplit")) {
            out = out.withNormZoneSplit(Names.parse(NormZoneSplit.class, o.choice("normZoneSplit")));
        }
        if (o.has("increasingCoefficient")) {
            Map<LocalDate, Coefficient> values = new LinkedHashMap<>();
            List<Map.Entry<LocalDate, JsonCursor>> entries = o.dateMap("increasingCoefficient");
            if (entries.isEmpty()) {
                throw new ScenarioException(o.pathOf("increasingCoefficient"), Rules.REQUIRED_PROPERTY,
                        "the increasing coefficient gives at least one value from a date, e.g. {\"2017-01-01\": 1.5}");
            }
            for (Map.Entry<LocalDate, JsonCursor> e : entries) {
                BigDecimal k = e.getValue().decimal();
                values.put(e.getKey(), Domain.at(e.getValue().path(), () -> new Coefficient(k)));
            }
            out = out.withCoefficient(new IncreasingCoefficient(SCENARIO_COEFFICIENT_ID, Timeline.of(values)));
        }
        return out;
    }

    @Override
    public PricingChoices absent(ScenarioInputs earlier) {
        return PricingChoices.defaults();
    }
}
