package org.raschet.examples.scenario.odn;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.raschet.allocation.odn.CommonHouseTariffs;
import org.raschet.allocation.odn.CommonNormative;
import org.raschet.allocation.odn.NetworkNode;
import org.raschet.allocation.odn.NodeKind;
import org.raschet.allocation.odn.NetworkVolumes;
import org.raschet.allocation.odn.NodeId;
import org.raschet.allocation.odn.VolumeBasis;
import org.raschet.allocation.odn.VolumeByBasis;
import org.raschet.core.money.Amounts;
import org.raschet.core.money.Price;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Unit;
import org.raschet.core.time.Days;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.input.Domain;
import org.raschet.examples.scenario.input.InputSection;
import org.raschet.examples.scenario.input.ScenarioInputs;
import org.raschet.examples.scenario.json.ArrayShape;
import org.raschet.examples.scenario.json.JsonCursor;
import org.raschet.examples.scenario.json.JsonPath;
import org.raschet.examples.scenario.json.MapShape;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.Rules;
import org.raschet.examples.scenario.json.Names;
import org.raschet.examples.scenario.json.ValueShape;
import org.raschet.examples.scenario.tariff.Entry;
import org.raschet.examples.scenario.tariff.Tariffs;
import org.raschet.examples.scenario.tariff.TariffsSection;
import org.raschet.tariffs.pricing.MonthSpreadPolicy;
import org.raschet.tariffs.pricing.PricingPolicies;
import org.raschet.tariffs.schedule.TariffSchedule;

/**
 * The {@code networkMonths} section: for each billing period, the volumes of the node meters and of the premises
 * by basis (measured, forecast by the average, by the normative: 354 p.59–60), the common-property normative per m²
 * and the price of the common-house volume or the premises' tariff schedules of {@code tariffs}; and the negative balances carried into the first month. Optional,
 * default none; requires {@code network}. Months may be given in any order and are sorted by period. With
 * {@code "premiseVolumes": "consumption"} the premises' volumes a month does not give come from the per-day engine
 * ({@link NetworkMonths#resolve}).
 */
public final class NetworkMonthsSection implements InputSection<NetworkMonths> {
    /** The one instance. */
    public static final NetworkMonthsSection INSTANCE = new NetworkMonthsSection();

    /** The bases of a volume, by the property that gives them, in documentation order. */
    private static final Map<String, VolumeBasis> BASES = bases();

    /** A map node id → decimal. */
    private static final MapShape BY_NODE = new MapShape(ValueShape.STRING, ValueShape.DECIMAL);

    /** A map premise id → tariff schedule id. */
    private static final MapShape BY_PREMISE = new MapShape(ValueShape.STRING, ValueShape.STRING);

    /** The shape of one month. */
    public static final ObjectShape MONTH = ObjectShape.of("network month",
            Property.required("period", Months.SHAPE),
            Property.optional("measured", BY_NODE),
            Property.optional("forecast", BY_NODE),
            Property.optional("normative", BY_NODE),
            Property.optional("commonNormative", ValueShape.DECIMAL),
            Property.optional("price", ValueShape.DECIMAL),
            Property.optional("tariff", ValueShape.STRING),
            Property.optional("premiseTariffs", NetworkMonthsSection.BY_PREMISE));

    /** The premises' volumes are the ones the months give. */
    public static final String GIVEN = "given";
    /** The premises' volumes the months do not give come from the {@code consumption} section. */
    public static final String CONSUMPTION = "consumption";

    /** The shape of {@code networkMonths}. */
    public static final ObjectShape SHAPE = ObjectShape.of("network months",
            Property.optional("premiseVolumes", ValueShape.choice(List.of(GIVEN, CONSUMPTION))),
            Property.optional("commonNormative", ValueShape.DECIMAL),
            Property.optional("price", ValueShape.DECIMAL),
            Property.optional("tariff", ValueShape.STRING),
            Property.optional("premiseTariffs", BY_PREMISE),
            Property.optional("openingCarry", BY_NODE),
            Property.required("months", ArrayShape.of(MONTH)));

    private NetworkMonthsSection() {
    }

    private static Map<String, VolumeBasis> bases() {
        Map<String, VolumeBasis> m = new LinkedHashMap<>();
        m.put("measured", VolumeBasis.MEASURED);
        m.put("forecast", VolumeBasis.FORECAST);
        m.put("normative", VolumeBasis.NORMATIVE);
        return java.util.Collections.unmodifiableMap(m);
    }

    @Override
    public Property property() {
        return Property.optional("networkMonths", SHAPE);
    }

    @Override
    public NetworkMonths parse(JsonCursor value, ScenarioInputs earlier) {
        ObjectCursor o = value.object(SHAPE);
        NetworkInput net = earlier.get(NetworkSection.INSTANCE);
        if (!net.declared()) {
            throw new ScenarioException(JsonPath.ROOT.property("network"), Rules.REQUIRED_PROPERTY,
                    "$.networkMonths gives volumes of network nodes: declare them in $.network");
        }
        Unit unit = net.resource().unit();
        Optional<CommonNormative> normative = normative(o, unit);
        Tariffs tariffs = earlier.get(TariffsSection.INSTANCE);
        Optional<Price> price = price(o, unit);
        Optional<CommonHouseTariffs> byTariffs = tariffs(o, net, tariffs, price.isPresent());

        Map<NodeId, Quantity> carry = new LinkedHashMap<>();
        Map<NodeId, JsonPath> carryPaths = new LinkedHashMap<>();
        for (Map.Entry<String, JsonCursor> e : entries(o, "openingCarry")) {
            JsonCursor c = e.getValue();
            NodeId node = known(net, e.getKey(), c);
            if (net.network().houseOf(node).isEmpty()) {
                throw c.fault(Rules.KNOWN_REFERENCE, "a balance is carried by a house or a split node inside one; "
                        + "node '" + node + "' lies in no house");
            }
            BigDecimal b = c.decimal();
            carry.put(node, Domain.at(c.path(), () -> Quantity.of(b, unit)));
            carryPaths.put(node, c.path());
        }

        List<MonthInput> months = new ArrayList<>();
        Map<YearMonth, JsonPath> seen = new LinkedHashMap<>();
        for (ObjectCursor m : o.objects("months")) {
            YearMonth period = Months.get(m, "period");
            JsonPath first = seen.putIfAbsent(period, m.path());
            if (first != null) {
                throw new ScenarioException(m.pathOf("period"), Rules.UNIQUE_ID,
                        "month " + period + " is already given at " + first);
            }
            Map<NodeId, VolumeByBasis> volumes = new LinkedHashMap<>();
            Map<NodeId, JsonPath> paths = new LinkedHashMap<>();
            for (Map.Entry<String, VolumeBasis> basis : BASES.entrySet()) {
                for (Map.Entry<String, JsonCursor> e : entries(m, basis.getKey())) {
                    JsonCursor c = e.getValue();
                    NodeId node = known(net, e.getKey(), c);
                    BigDecimal v = c.decimal();
                    VolumeByBasis part = Domain.at(c.path(),
                            () -> VolumeByBasis.of(basis.getValue(), Quantity.of(v, unit)));
                    VolumeByBasis before = volumes.get(node);
                    volumes.put(node, before == null ? part : Domain.at(c.path(), () -> before.plus(part)));
                    paths.putIfAbsent(node, c.path());
                }
            }
            NetworkVolumes nv = Domain.at(m.path(), () -> new NetworkVolumes(Days.of(period), net.resource(),
                    volumes));
            Optional<CommonNormative> n = normative(m, unit).or(() -> normative);
            Optional<Price> p = price(m, unit);
            Optional<CommonHouseTariffs> t = tariffs(m, net, tariffs, p.isPresent());
            if (p.isEmpty() && t.isEmpty()) {
                // a month that names no pricing of its own takes the section's (a price or tariffs)
                p = price;
                t = byTariffs;
            }
            months.add(new MonthInput(period, m.path(), nv, paths, n, p, t, List.of()));
        }
        months.sort(Comparator.comparing(MonthInput::period));
        Optional<JsonPath> consumption = o.findChoice("premiseVolumes").filter(CONSUMPTION::equals)
                .map(c -> o.pathOf("premiseVolumes"));
        return new NetworkMonths(true, months, carry, carryPaths, consumption, Optional.empty());
    }

    /** The entries of map property {@code name} (empty if absent), in document order. */
    private static List<Map.Entry<String, JsonCursor>> entries(ObjectCursor o, String name) {
        return o.find(name).map(JsonCursor::entries).orElse(List.of());
    }

    private static NodeId known(NetworkInput net, String key, JsonCursor at) {
        NodeId node = Domain.at(at.path(), () -> NodeId.of(key));
        if (!net.network().contains(node)) {
            throw at.fault(Rules.KNOWN_REFERENCE, "node '" + key + "' is not declared in $.network.nodes");
        }
        return node;
    }

    private static Optional<CommonNormative> normative(ObjectCursor o, Unit unit) {
        if (!o.has("commonNormative")) {
            return Optional.empty();
        }
        BigDecimal n = o.decimal("commonNormative");
        return Optional.of(Domain.at(o.pathOf("commonNormative"),
                () -> new CommonNormative(Quantity.of(n, unit).micros(), unit)));
    }

    private static Optional<Price> price(ObjectCursor o, Unit unit) {
        if (!o.has("price")) {
            return Optional.empty();
        }
        BigDecimal p = o.decimal("price");
        if (p.signum() < 0) {
            throw new ScenarioException(o.pathOf("price"), Rules.RANGE, "price " + p.toPlainString()
                    + " is negative");
        }
        return Optional.of(Domain.at(o.pathOf("price"), () -> Price.of(p, Amounts.RUB, unit)));
    }

    /**
     * The tariff schedules {@code o} names for the premises ({@code tariff} for all, {@code premiseTariffs} for some),
     * if any: each declared in {@code $.tariffs} for the network's resource; without {@code tariff} every premise of
     * the network must be named; not together with a {@code price} at the same level.
     */
    private static Optional<CommonHouseTariffs> tariffs(ObjectCursor o, NetworkInput net, Tariffs tariffs,
                                                        boolean priced) {
        boolean all = o.has("tariff");
        boolean some = o.has("premiseTariffs");
        if (!all && !some) {
            return Optional.empty();
        }
        if (priced) {
            throw new ScenarioException(o.pathOf(all ? "tariff" : "premiseTariffs"), Rules.PRICE_OR_TARIFFS,
                    "the common-house shares are priced one way: give either a price or tariff schedules, not both");
        }
        Optional<TariffSchedule> otherwise = all
                ? Optional.of(schedule(tariffs, o.string("tariff"), o.pathOf("tariff"), net))
                : Optional.empty();
        Map<NodeId, TariffSchedule> byPremise = new LinkedHashMap<>();
        for (Map.Entry<String, JsonCursor> e : entries(o, "premiseTariffs")) {
            JsonCursor c = e.getValue();
            NodeId node = known(net, e.getKey(), c);
            if (net.network().get(node).kind() != NodeKind.PREMISE) {
                throw c.fault(Rules.KNOWN_REFERENCE, "node '" + node + "' is not a premise: only premises are "
                        + "priced");
            }
            byPremise.put(node, schedule(tariffs, c.string(), c.path(), net));
        }
        if (!all) {
            for (NetworkNode n : net.network().nodes()) {
                if (n.kind() == NodeKind.PREMISE && !byPremise.containsKey(n.id())) {
                    throw new ScenarioException(o.pathOf("premiseTariffs"), Rules.REQUIRED_PROPERTY, "premise '"
                            + n.id() + "' has no tariff: name it here, or give \"tariff\" for every premise "
                            + "not named");
                }
            }
        }
        return Optional.of(new CommonHouseTariffs(byPremise, otherwise, MonthSpreadPolicy.EQUAL_DAYS,
                PricingPolicies.DEFAULT));
    }

    /** The schedule {@code id} of {@code $.tariffs}, which must price the network's resource. */
    private static TariffSchedule schedule(Tariffs tariffs, String id, JsonPath at, NetworkInput net) {
        TariffSchedule t = tariffs.find(id).map(Entry::value).orElseThrow(() -> new ScenarioException(at,
                Rules.KNOWN_REFERENCE, "tariff '" + id + "' is not declared in $.tariffs"));
        if (t.service() != net.resource()) {
            throw new ScenarioException(at, Rules.PRICING_SAME_SERVICE, "tariff " + id + " is of "
                    + Names.of(t.service()) + ", not of " + Names.of(net.resource()) + " supplied by $.network");
        }
        return t;
    }

    @Override
    public NetworkMonths absent(ScenarioInputs earlier) {
        return NetworkMonths.absent();
    }
}
