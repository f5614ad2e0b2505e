package org.raschet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.raschet.allocation.odn.CommonHouseSplit;
import org.raschet.allocation.odn.CommonNormative;
import org.raschet.allocation.odn.HouseData;
import org.raschet.allocation.odn.HouseMonth;
import org.raschet.allocation.odn.HouseMonthSplit;
import org.raschet.allocation.odn.Network;
import org.raschet.allocation.odn.NetworkNode;
import org.raschet.allocation.odn.NetworkVolumes;
import org.raschet.allocation.odn.NodeId;
import org.raschet.allocation.odn.OdnPolicy;
import org.raschet.allocation.odn.PremiseShare;
import org.raschet.allocation.odn.VolumeByBasis;
import org.raschet.core.money.Price;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.protocol.StepEvaluator;
import org.raschet.core.quantity.Area;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.quantity.Unit;
import org.raschet.examples.scenario.ScenarioResult;
import org.raschet.examples.scenario.ScenarioRunner;
import org.raschet.examples.scenario.odn.CommonHouseResult;
import org.raschet.examples.scenario.odn.LossesResult;
import org.raschet.examples.scenario.report.JsonReport;
import org.raschet.examples.scenario.report.TextReport;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Invariants of the common-house sections on random houses: the runner gives exactly what the library gives for the
 * same inputs (so the scenario passes them faithfully), the shares plus the excess add up to the volume distributed,
 * the house's imbalance is its meter less its premises, every protocol step re-evaluates to its result, and the
 * report does not depend on the order the nodes and months are written in.
 */
class OdnScenarioProperties {
    /** A random house: premises' areas (10⁻² m²), monthly volumes (10⁻³ kWh), house meter = Σ premises + delta. */
    record House(List<Long> areasE2, List<List<Long>> volumesE3, List<Long> deltasE3, long commonE2,
                 long normativeE3, long priceE4, boolean capped) {
    }

    @Provide
    Arbitrary<House> houses() {
        Arbitrary<Integer> premises = Arbitraries.integers().between(1, 6);
        Arbitrary<Integer> months = Arbitraries.integers().between(1, 4);
        return Combinators.combine(premises, months, Arbitraries.longs().between(0, Long.MAX_VALUE))
                .as((n, m, seed) -> {
                    Random r = new Random(seed);
                    List<Long> areas = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        areas.add(1_000L + r.nextInt(20_000));
                    }
                    List<List<Long>> volumes = new ArrayList<>();
                    List<Long> deltas = new ArrayList<>();
                    for (int k = 0; k < m; k++) {
                        List<Long> v = new ArrayList<>();
                        for (int i = 0; i < n; i++) {
                            v.add((long) r.nextInt(1_000_000));
                        }
                        volumes.add(v);
                        deltas.add((long) r.nextInt(200_000) - 80_000);
                    }
                    return new House(areas, volumes, deltas, 100L + r.nextInt(10_000), r.nextInt(3_000),
                            r.nextInt(100_000), r.nextBoolean());
                });
    }

    static String dec(long unscaled, int scale) {
        return BigDecimal.valueOf(unscaled, scale).toPlainString();
    }

    static long houseMeterE3(House h, int month) {
        return Math.max(0, h.volumesE3().get(month).stream().mapToLong(Long::longValue).sum()
                + h.deltasE3().get(month));
    }

    /** The house as a scenario; {@code shuffle} writes the nodes and months in another order. */
    static ObjectNode scenario(House h, Random shuffle) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode s = f.objectNode();
        s.putObject("metadata").put("name", "random house");
        List<ObjectNode> nodes = new ArrayList<>();
        ObjectNode house = f.objectNode().put("id", "H").put("kind", "house").put("metered", true);
        ArrayNode children = house.putArray("children");
        house.putObject("house").put("commonArea", dec(h.commonE2(), 2)).put("sharesActualVolume", !h.capped());
        nodes.add(house);
        for (int i = 0; i < h.areasE2().size(); i++) {
            children.add("p" + i);
            nodes.add(f.objectNode().put("id", "p" + i).put("kind", "premise").put("area", dec(h.areasE2().get(i), 2)));
        }
        List<ObjectNode> months = new ArrayList<>();
        for (int k = 0; k < h.volumesE3().size(); k++) {
            ObjectNode m = f.objectNode().put("period", YearMonth.of(2026, 1).plusMonths(k).toString());
            ObjectNode measured = m.putObject("measured");
            measured.put("H", dec(houseMeterE3(h, k), 3));
            for (int i = 0; i < h.areasE2().size(); i++) {
                measured.put("p" + i, dec(h.volumesE3().get(k).get(i), 3));
            }
            months.add(m);
        }
        if (shuffle != null) {
            Collections.shuffle(nodes, shuffle);
            Collections.shuffle(months, shuffle);
        }
        ObjectNode network = s.putObject("network");
        nodes.forEach(network.putArray("nodes")::add);
        ObjectNode nm = s.putObject("networkMonths").put("commonNormative", dec(h.normativeE3(), 3))
                .put("price", dec(h.priceE4(), 4));
        months.forEach(nm.putArray("months")::add);
        s.putObject("compute").putObject("losses");
        ((ObjectNode) s.get("compute")).putObject("commonHouse");
        return s;
    }

    /** The same house computed by the library directly. */
    static List<HouseMonthSplit> direct(House h) {
        List<NetworkNode> nodes = new ArrayList<>();
        String[] ids = new String[h.areasE2().size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = "p" + i;
            nodes.add(NetworkNode.premise(ids[i], dec(h.areasE2().get(i), 2)));
        }
        nodes.add(NetworkNode.house("H", true, HouseData.of(Area.of(dec(h.commonE2(), 2)))
                .withActualVolumeShared(!h.capped()), ids));
        Network net = Network.of(nodes);
        List<HouseMonth> months = new ArrayList<>();
        for (int k = 0; k < h.volumesE3().size(); k++) {
            YearMonth p = YearMonth.of(2026, 1).plusMonths(k);
            Map<NodeId, VolumeByBasis> v = new LinkedHashMap<>();
            v.put(NodeId.of("H"), VolumeByBasis.measured(dec(houseMeterE3(h, k), 3), Unit.KWH));
            for (int i = 0; i < ids.length; i++) {
                v.put(NodeId.of(ids[i]), VolumeByBasis.measured(dec(h.volumesE3().get(k).get(i), 3), Unit.KWH));
            }
            months.add(HouseMonth.of(p, NetworkVolumes.of(p, Resource.ELECTRICITY, v))
                    .withNormative(CommonNormative.of(dec(h.normativeE3(), 3), Unit.KWH))
                    .withPrice(Price.rub(dec(h.priceE4(), 4), Unit.KWH)));
        }
        return CommonHouseSplit.months(net, NodeId.of("H"), months, Map.of(), OdnPolicy.FEDERAL, ProtocolSink.NONE);
    }

    @Property(tries = 100)
    void the_runner_splits_as_the_library_does_and_keeps_the_sums(@ForAll("houses") House h) {
        ScenarioResult r = ScenarioRunner.run(scenario(h, null));
        List<HouseMonthSplit> splits = ((CommonHouseResult) r.sections().get(1)).houses().get(0).splits();
        assertEquals(direct(h), splits);
        for (HouseMonthSplit s : splits) {
            long shares = s.shares().stream().map(PremiseShare::share).mapToLong(Quantity::micros).sum();
            assertEquals(s.distributed().micros(), shares + s.excess().micros());
        }
        LossesResult losses = (LossesResult) r.sections().get(0);
        for (int k = 0; k < splits.size(); k++) {
            var house = losses.reports().get(k).report().find(NodeId.of("H")).orElseThrow();
            assertEquals(splits.get(k).houseNode().volume(), house.imbalance().orElseThrow());
        }
        assertEquals(List.of(), StepEvaluator.verifyAll(r.protocol()));
    }

    @Property(tries = 30)
    void the_report_does_not_depend_on_the_order_of_nodes_and_months(@ForAll("houses") House h,
                                                                        @ForAll @LongRange(min = 0, max = 1000)
                                                                        long seed) {
        ScenarioResult a = ScenarioRunner.run(scenario(h, null));
        ScenarioResult b = ScenarioRunner.run(scenario(h, new Random(seed)));
        assertEquals(TextReport.render(a, Language.RU), TextReport.render(b, Language.RU));
        assertEquals(JsonReport.render(a), JsonReport.render(b));
    }

    @Property(tries = 30)
    void a_negative_month_is_carried_into_the_next_by_default(@ForAll @IntRange(min = 1, max = 99) int deficitE0) {
        House h = new House(List.of(4_000L, 6_000L), List.of(List.of(100_000L, 100_000L), List.of(100_000L,
                100_000L)), List.of(-deficitE0 * 1_000L, 150_000L), 2_000L, 1_000L, 50_000L, false);
        List<HouseMonthSplit> s = ((CommonHouseResult) ScenarioRunner.run(scenario(h, null)).sections().get(1))
                .houses().get(0).splits();
        // January V = −d: zero shares, B1 = −d; February V = 150, Vd = 150 − d (LEGAL §6)
        assertEquals(0, s.get(0).distributed().micros());
        assertEquals(-deficitE0 * 1_000_000L, s.get(0).houseNode().carryOut().micros());
        assertEquals((150 - deficitE0) * 1_000_000L, s.get(1).distributed().micros());
    }
}
