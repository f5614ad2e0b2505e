package org.raschet.examples.scenario.tariff;

import java.math.BigDecimal;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.input.Domain;
import org.raschet.examples.scenario.input.InputSection;
import org.raschet.examples.scenario.input.PremisesSection;
import org.raschet.examples.scenario.input.ScenarioInputs;
import org.raschet.examples.scenario.json.ArrayShape;
import org.raschet.examples.scenario.json.JsonCursor;
import org.raschet.examples.scenario.json.JsonPath;
import org.raschet.examples.scenario.json.Names;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.Rules;
import org.raschet.examples.scenario.json.ValueShape;
import org.raschet.tariffs.schedule.ConsumerGroup;
import org.raschet.tariffs.schedule.NormBasis;
import org.raschet.tariffs.schedule.NormKind;
import org.raschet.tariffs.schedule.NormPeriod;
import org.raschet.tariffs.schedule.NormRule;
import org.raschet.tariffs.schedule.NormSchedule;

/**
 * The {@code norms} section: monthly norms of a region (нормы, нормативы) — social norms (Decree No. 614), volume
 * band limits, and consumption normatives (354 App. 2, formula 4) — per service and consumer group, effective-dated,
 * per premise or per resident, the same every month or by season, and by household size. Built as
 * {@link NormSchedule}s. Optional, default none.
 */
public final class NormsSection implements InputSection<Norms> {
    /** The one instance. */
    public static final NormsSection INSTANCE = new NormsSection();

    /** A calendar month by name. */
    public static final ValueShape MONTH = Names.choice(Month.class);

    /** The shape of a season: the months it covers and their value. */
    public static final ObjectShape SEASON = ObjectShape.of("norm season",
            Property.required("months", ArrayShape.of(MONTH)),
            Property.optional("value", ValueShape.DECIMAL),
            Property.optional("bySize", ArrayShape.of(ValueShape.DECIMAL)));

    /** The shape of one effective-dated period of a norm. */
    public static final ObjectShape PERIOD = ObjectShape.of("norm period",
            Property.required("from", ValueShape.DATE),
            Property.optional("to", ValueShape.DATE),
            Property.required("basis", Names.choice(NormBasis.class)),
            Property.optional("value", ValueShape.DECIMAL),
            Property.optional("bySize", ArrayShape.of(ValueShape.DECIMAL)),
            Property.optional("seasons", ArrayShape.of(SEASON)));

    /** The shape of one norm schedule. */
    public static final ObjectShape NORM = ObjectShape.of("norm",
            Property.required("id", ValueShape.STRING),
            Property.required("kind", Names.choice(NormKind.class)),
            Property.required("service", Names.choice(Resource.class)),
            Property.optional("group", ValueShape.STRING),
            Property.required("periods", ArrayShape.of(PERIOD)));

    private NormsSection() {
    }

    @Override
    public Property property() {
        return Property.optional("norms", ArrayShape.of(NORM));
    }

    @Override
    public Norms parse(JsonCursor value, ScenarioInputs earlier) {
        List<Entry<NormSchedule>> out = new ArrayList<>();
        Map<String, JsonPath> seen = new LinkedHashMap<>();
        for (JsonCursor element : value.elements()) {
            ObjectCursor o = element.object(NORM);
            String id = o.string("id");
            JsonPath first = seen.putIfAbsent(id, o.path());
            if (first != null) {
                throw new ScenarioException(o.pathOf("id"), Rules.UNIQUE_ID,
                        "norm '" + id + "' is already declared at " + first);
            }
            NormKind kind = Names.parse(NormKind.class, o.choice("kind"));
            Resource service = Names.parse(Resource.class, o.choice("service"));
            String groupCode = o.findString("group").orElse(PremisesSection.DEFAULT_TARIFF_GROUP);
            ConsumerGroup group = Domain.at(o.pathOf("group"), () -> ConsumerGroup.of(groupCode));
            List<NormPeriod> periods = new ArrayList<>();
            for (ObjectCursor p : o.objects("periods")) {
                periods.add(new NormPeriod(Shapes.days(p), rule(p, service)));
            }
            NormSchedule schedule = Domain.at(o.pathOf("periods"), () -> new NormSchedule(id, kind, service, group,
                    periods));
            out.add(new Entry<>(schedule, o.path()));
        }
        return new Norms(out);
    }

    private static NormRule rule(ObjectCursor p, Resource service) {
        NormBasis basis = Names.parse(NormBasis.class, p.choice("basis"));
        int forms = (p.has("value") ? 1 : 0) + (p.has("bySize") ? 1 : 0) + (p.has("seasons") ? 1 : 0);
        if (forms != 1) {
            throw new ScenarioException(p.path(), Rules.NORM_ONE_VALUE_FORM, "a norm period gives exactly one of"
                    + " value (every month), bySize (by household size) or seasons (by month); found " + forms);
        }
        if (!p.has("seasons")) {
            List<Quantity> values = values(p, basis, service);
            return NormRule.bySize(basis, values);
        }
        Map<Month, List<Quantity>> byMonth = new EnumMap<>(Month.class);
        for (ObjectCursor s : p.objects("seasons")) {
            if (s.has("value") == s.has("bySize")) {
                throw new ScenarioException(s.path(), Rules.NORM_ONE_VALUE_FORM,
                        "a season gives exactly one of value or bySize");
            }
            List<Quantity> values = values(s, basis, service);
            for (Entry<String> m : Shapes.choices(s, "months", MONTH)) {
                Month month = Names.parse(Month.class, m.value());
                if (byMonth.put(month, values) != null) {
                    throw new ScenarioException(m.path(), Rules.NORM_MONTH_ONCE,
                            "month " + m.value() + " is already in an earlier season of this period");
                }
            }
        }
        return new NormRule(basis, byMonth);
    }

    /** The values of a period or season: {@code value}, or {@code bySize} (1 person, 2 persons, …). */
    private static List<Quantity> values(ObjectCursor o, NormBasis basis, Resource service) {
        List<Entry<BigDecimal>> given = o.has("value") ? List.of(new Entry<>(o.decimal("value"), o.pathOf("value")))
                : Shapes.decimals(o, "bySize");
        if (given.isEmpty()) {
            throw new ScenarioException(o.pathOf("bySize"), Rules.NORM_ONE_VALUE_FORM,
                    "bySize gives at least one value (for 1 person)");
        }
        List<Quantity> out = new ArrayList<>();
        for (Entry<BigDecimal> e : given) {
            // Raschet's own checks (scale 10⁻⁶, non-negative) at the value's path
            out.add(Domain.at(e.path(), () -> {
                Quantity q = Quantity.of(e.value(), service.unit());
                NormRule.flat(basis, q);
                return q;
            }));
        }
        return out;
    }

    @Override
    public Norms absent(ScenarioInputs earlier) {
        return new Norms(List.of());
    }
}
