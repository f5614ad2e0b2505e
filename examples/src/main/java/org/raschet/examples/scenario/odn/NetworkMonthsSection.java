package org.raschet.examples.scenario.odn;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.raschet.allocation.odn.CommonNormative;
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
import org.raschet.examples.scenario.json.ValueShape;

/**
 * The {@code networkMonths} section: for each billing period, the volumes of the node meters and of the premises
 * by basis (measured, forecast by the average, by the normative: 354 p.59–60), the common-property normative per m²
 * and the price of the common-house volume; and the negative balances carried into the first month. Optional,
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

    /** The shape of one month. */
    public static final ObjectShape MONTH = ObjectShape.of("network month",
            Property.required("period", Months.SHAPE),
            Property.optional("measured", BY_NODE),
            Property.optional("forecast", BY_NODE),
            Property.optional("normative", BY_NODE),
            Property.optional("commonNormative", ValueShape.DECIMAL),
            Property.optional("price", ValueShape.DECIMAL));

    /** The premises' volumes are the ones the months give. */
    public static final String GIVEN = "given";
    /** The premises' volumes the months do not give come from the {@code consumption} section. */
    public static final String CONSUMPTION = "consumption";

    /** The shape of {@code networkMonths}. */
    public static final ObjectShape SHAPE = ObjectShape.of("network months",
            Property.optional("premiseVolumes", ValueShape.choice(List.of(GIVEN, CONSUMPTION))),
            Property.optional("commonNormative", ValueShape.DECIMAL),
            Property.optional("price", ValueShape.DECIMAL),
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
        Optional<Price> price = price(o, unit);

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
            Optional<Price> p = price(m, unit).or(() -> price);
            months.add(new MonthInput(period, m.path(), nv, paths, n, p, List.of()));
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

    @Override
    public NetworkMonths absent(ScenarioInputs earlier) {
        return NetworkMonths.absent();
    }
}
