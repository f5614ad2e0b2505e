package org.raschet.examples.scenario.tariff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.raschet.core.meter.Register;
import org.raschet.core.meter.RegisterSet;
import org.raschet.core.money.Amounts;
import org.raschet.core.money.Price;
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
import org.raschet.tariffs.schedule.Rates;
import org.raschet.tariffs.schedule.TariffPeriod;
import org.raschet.tariffs.schedule.TariffSchedule;

/**
 * The {@code tariffs} section: tariff schedules (тарифы) of a region — per service, consumer group and zone
 * structure, effective-dated periods with a price per zone register, flat or in blocks (social norm, volume bands),
 * built as {@link TariffSchedule}s, which check every period (a zone price without its register, a register without
 * a price, a non-positive price). Gaps and overlaps are checked on the days priced. Optional, default none.
 */
public final class TariffsSection implements InputSection<Tariffs> {
    /** The one instance. */
    public static final TariffsSection INSTANCE = new TariffsSection();

    /** The prices of one block: one per zone register of the tariff, in rubles per unit. */
    public static final ObjectShape PRICES = Shapes.byRegister("register prices");

    /** The shape of one effective-dated period. */
    public static final ObjectShape PERIOD = ObjectShape.of("tariff period",
            Property.required("from", ValueShape.DATE),
            Property.optional("to", ValueShape.DATE),
            Property.optional("prices", PRICES),
            Property.optional("blocks", ArrayShape.of(PRICES)));

    /** The shape of one tariff schedule. */
    public static final ObjectShape TARIFF = ObjectShape.of("tariff",
            Property.required("id", ValueShape.STRING),
            Property.required("service", Names.choice(Resource.class)),
            Property.optional("group", ValueShape.STRING),
            Property.optional("zones", Names.choice(RegisterSet.class)),
            Property.required("periods", ArrayShape.of(PERIOD)));

    /** Which property of a period each of Raschet's tariff rules is about. */
    private static final Map<String, String> PERIOD_FIELDS = Map.of(
            "tariff.price-positive", "prices",
            "tariff.price-unit", "prices",
            "tariff.register-has-price", "prices",
            "tariff.zone-price-has-register", "prices");

    private TariffsSection() {
    }

    @Override
    public Property property() {
        return Property.optional("tariffs", ArrayShape.of(TARIFF));
    }

    @Override
    public Tariffs parse(JsonCursor value, ScenarioInputs earlier) {
        List<Entry<TariffSchedule>> out = new ArrayList<>();
        Map<String, JsonPath> seen = new LinkedHashMap<>();
        for (JsonCursor element : value.elements()) {
            ObjectCursor o = element.object(TARIFF);
            String id = o.string("id");
            JsonPath first = seen.putIfAbsent(id, o.path());
            if (first != null) {
                throw new ScenarioException(o.pathOf("id"), Rules.UNIQUE_ID,
                        "tariff '" + id + "' is already declared at " + first);
            }
            Resource service = Names.parse(Resource.class, o.choice("service"));
            String groupCode = o.findString("group").orElse(PremisesSection.DEFAULT_TARIFF_GROUP);
            ConsumerGroup group = Domain.at(o.pathOf("group"), () -> ConsumerGroup.of(groupCode));
            RegisterSet zones = o.findChoice("zones").map(n -> Names.parse(RegisterSet.class, n))
                    .orElse(RegisterSet.SINGLE);
            List<TariffPeriod> periods = new ArrayList<>();
            for (ObjectCursor p : o.objects("periods")) {
                TariffPeriod period = new TariffPeriod(Shapes.days(p), rates(p, service));
                // each period is checked on its own first, so a fault names the period's path
                Domain.at(p.path(), PERIOD_FIELDS, () -> new TariffSchedule(id, service, group, zones,
                        List.of(period)));
                periods.add(period);
            }
            TariffSchedule schedule = Domain.at(o.pathOf("periods"), () -> new TariffSchedule(id, service, group,
                    zones, periods));
            out.add(new Entry<>(schedule, o.path()));
        }
        return new Tariffs(out);
    }

    private static Rates rates(ObjectCursor p, Resource service) {
        boolean flat = p.has("prices");
        if (flat == p.has("blocks")) {
            throw new ScenarioException(flat ? p.pathOf("blocks") : p.path(), Rules.TARIFF_PRICES_OR_BLOCKS,
                    flat ? "a period gives either prices (a flat tariff) or blocks (a block tariff), not both"
                            : "a period gives its prices (a flat tariff) or its blocks (a block tariff)");
        }
        List<Map<Register, Price>> blocks = new ArrayList<>();
        if (flat) {
            blocks.add(prices(p.object("prices"), service));
        } else {
            List<ObjectCursor> given = p.objects("blocks");
            if (given.size() < 2) {
                throw new ScenarioException(p.pathOf("blocks"), Rules.TARIFF_PRICES_OR_BLOCKS,
                        "a block tariff has at least two blocks (within and above the norm); found " + given.size()
                                + ": give a flat tariff's prices instead");
            }
            for (ObjectCursor b : given) {
                blocks.add(prices(b, service));
            }
        }
        return Domain.at(p.path(), () -> new Rates(blocks));
    }

    private static Map<Register, Price> prices(ObjectCursor o, Resource service) {
        Map<Register, Price> out = new LinkedHashMap<>();
        for (Map.Entry<Register, Entry<BigDecimal>> e : Shapes.readByRegister(o).entrySet()) {
            BigDecimal v = e.getValue().value();
            out.put(e.getKey(), Domain.at(e.getValue().path(), () -> Price.of(v, Amounts.RUB, service.unit())));
        }
        if (out.isEmpty()) {
            throw new ScenarioException(o.path(), Rules.REQUIRED_PROPERTY,
                    "no price is given: name each zone register of the tariff (total; day, night; peak, semi-peak,"
                            + " night)");
        }
        return out;
    }

    @Override
    public Tariffs absent(ScenarioInputs earlier) {
        return new Tariffs(List.of());
    }
}
