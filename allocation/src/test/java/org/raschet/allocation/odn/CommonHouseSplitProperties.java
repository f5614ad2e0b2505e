package org.raschet.allocation.odn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.quantity.Area;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.quantity.Unit;

/**
 * Invariants of the common-house split (LEGAL §6; 354 p.44): exact sums, monotony in area, locality of an area
 * change, independence of the input order.
 */
class CommonHouseSplitProperties {
    private static final YearMonth JAN = YearMonth.of(2026, 1);

    /** A random house: premise ids, areas (10⁻⁴ m²), individual volumes, house meter, normative, decision. */
    record Case(List<String> ids, long[] areas, long[] volumes, long house, long normative, long commonE4,
                boolean shareActual) {
        Network network() {
            return network(new ArrayList<>(ids), areas, false);
        }

        Network network(List<String> order, long[] areasById, boolean reversed) {
            HouseData data = new HouseData(Area.ofE4(commonE4), Optional.empty(), shareActual,
                    LossBearer.MANAGEMENT_COMPANY);
            List<NetworkNode> nodes = new ArrayList<>();
            List<String> children = new ArrayList<>(order);
            nodes.add(NetworkNode.house("H", true, data, children.toArray(String[]::new)));
            for (String id : order) {
                int i = ids.indexOf(id);
                nodes.add(new NetworkNode(NodeId.of(id), NodeKind.PREMISE, false, List.of(),
                        Optional.of(Area.ofE4(areasById[i])), true, Optional.empty()));
            }
            if (reversed) {
                Collections.reverse(nodes);
            }
            return Network.of(nodes);
        }

        HouseMonth month() {
            Map<NodeId, VolumeByBasis> v = new HashMap<>();
            v.put(NodeId.of("H"), VolumeByBasis.measured(Quantity.ofMicros(house, Unit.KWH)));
            for (int i = 0; i < ids.size(); i++) {
                v.put(NodeId.of(ids.get(i)), VolumeByBasis.measured(Quantity.ofMicros(volumes[i], Unit.KWH)));
            }
            return HouseMonth.of(JAN, NetworkVolumes.of(JAN, Resource.ELECTRICITY, v))
                    .withNormative(new CommonNormative(normative, Unit.KWH));
        }

        HouseMonthSplit split(Network net) {
            return CommonHouseSplit.month(net, NodeId.of("H"), month(), Map.of(), OdnPolicy.FEDERAL,
                    ProtocolSink.NONE);
        }

        long area(String id) {
            return areas[ids.indexOf(id)];
        }
    }

    @Provide
    Arbitrary<Case> houses() {
        return Arbitraries.randomValue(CommonHouseSplitProperties::randomCase);
    }

    static Case randomCase(Random r) {
        int n = 1 + r.nextInt(25);
        Set<String> ids = new LinkedHashSet<>();
        while (ids.size() < n) {
            ids.add("kv" + r.nextInt(1000));
        }
        long[] areas = new long[n];
        long[] volumes = new long[n];
        long sum = 0;
        for (int i = 0; i < n; i++) {
            // areas from 0.0001 m² to 200 m², often repeated to exercise ties
            areas[i] = r.nextInt(4) == 0 ? 500_000 : 1 + r.nextInt(2_000_000);
            volumes[i] = (long) r.nextInt(1_000_000_000) * (1 + r.nextInt(3));
            sum += volumes[i];
        }
        long delta = (long) (r.nextInt(2_000_000_000)) * (1 + r.nextInt(5)) - 1_000_000_000L;
        long house = Math.max(sum + delta, 0);
        long normative = r.nextInt(3_000_000);
        long common = r.nextInt(5_000_000);
        return new Case(List.copyOf(ids), areas, volumes, house, normative, common, r.nextBoolean());
    }

    private static long micros(Quantity q) {
        return q.micros();
    }

    @Property(tries = 300)
    void shares_sum_exactly_to_the_distributable_volume(@ForAll("houses") Case c) {
        HouseMonthSplit s = c.split(c.network());
        long v = c.house() - java.util.stream.LongStream.of(c.volumes()).sum();
        assertEquals(Math.max(v, 0), s.distributed().micros());
        long raw = 0;
        long charged = 0;
        long excess = 0;
        for (PremiseShare p : s.shares()) {
            raw += p.raw().micros();
            charged += p.share().micros();
            excess += p.excess().micros();
            assertTrue(p.share().micros() <= p.raw().micros());
            p.cap().ifPresent(cap -> assertTrue(p.share().micros() <= cap.micros()));
        }
        assertEquals(s.distributed().micros(), raw, "the shares before the cap sum exactly to V");
        assertEquals(s.distributed().micros(), charged + excess, "shares + excess = V");
        assertEquals(charged, s.charged().micros());
        if (c.shareActual()) {
            assertEquals(0, excess);
        }
    }

    @Property(tries = 300)
    void each_share_is_within_one_unit_of_its_exact_share(@ForAll("houses") Case c) {
        HouseMonthSplit s = c.split(c.network());
        long total = java.util.stream.LongStream.of(c.areas()).sum();
        for (PremiseShare p : s.shares()) {
            BigDecimal exact = BigDecimal.valueOf(s.distributed().micros()).multiply(BigDecimal.valueOf(
                    p.area().e4())).divide(BigDecimal.valueOf(total), MathContext.DECIMAL128);
            assertTrue(exact.subtract(BigDecimal.valueOf(p.raw().micros())).abs().compareTo(BigDecimal.ONE) < 0);
        }
    }

    @Property(tries = 300)
    void shares_are_monotone_in_area(@ForAll("houses") Case c) {
        HouseMonthSplit s = c.split(c.network());
        for (PremiseShare a : s.shares()) {
            for (PremiseShare b : s.shares()) {
                if (a.area().e4() < b.area().e4()) {
                    assertTrue(a.share().micros() <= b.share().micros(), a + " vs " + b);
                    assertTrue(a.raw().micros() <= b.raw().micros());
                } else if (a.area().e4() == b.area().e4()) {
                    assertTrue(Math.abs(a.share().micros() - b.share().micros()) <= 1, "equal areas, ties");
                }
            }
        }
    }

    @Property(tries = 300)
    void moving_area_between_two_premises_changes_every_other_share_by_at_most_one_unit(
            @ForAll("houses") Case c, @ForAll Random r) {
        if (c.ids().size() < 3) {
            return;
        }
        int from = r.nextInt(c.ids().size());
        int to = (from + 1 + r.nextInt(c.ids().size() - 1)) % c.ids().size();
        if (c.areas()[from] < 2) {
            return;
        }
        long delta = 1 + (long) (r.nextDouble() * (c.areas()[from] - 1));
        long[] moved = c.areas().clone();
        moved[from] -= delta;
        moved[to] += delta;
        HouseMonthSplit before = c.split(c.network());
        HouseMonthSplit after = c.split(c.network(new ArrayList<>(c.ids()), moved, false));
        for (int i = 0; i < c.ids().size(); i++) {
            NodeId id = NodeId.of(c.ids().get(i));
            if (i == from || i == to) {
                continue;
            }
            long a = before.find(id).orElseThrow().share().micros();
            long b = after.find(id).orElseThrow().share().micros();
            assertTrue(Math.abs(a - b) <= 1, id + ": " + a + " → " + b);
        }
    }

    @Property(tries = 200)
    void the_split_and_its_protocol_do_not_depend_on_the_order_of_the_premises(@ForAll("houses") Case c,
                                                                             @ForAll Random r) {
        List<String> shuffled = new ArrayList<>(c.ids());
        Collections.shuffle(shuffled, r);
        Network a = c.network();
        Network b = c.network(shuffled, c.areas(), r.nextBoolean());
        ProtocolRecorder pa = new ProtocolRecorder();
        ProtocolRecorder pb = new ProtocolRecorder();
        HouseMonthSplit sa = CommonHouseSplit.month(a, NodeId.of("H"), c.month(), Map.of(), OdnPolicy.FEDERAL, pa);
        HouseMonthSplit sb = CommonHouseSplit.month(b, NodeId.of("H"), c.month(), Map.of(), OdnPolicy.FEDERAL, pb);
        assertEquals(sa, sb);
        assertEquals(pa.protocol(), pb.protocol());
        List<NodeId> order = sa.shares().stream().map(PremiseShare::premise).toList();
        List<NodeId> sorted = new ArrayList<>(order);
        Collections.sort(sorted);
        assertEquals(sorted, order, "shares are listed in premise id order");
    }

    @Property(tries = 100)
    void every_step_of_the_protocol_re_evaluates(@ForAll("houses") Case c) {
        ProtocolRecorder rec = new ProtocolRecorder();
        HouseMonth m = c.month().withPrice(org.raschet.core.money.Price.rub("5.6789", Unit.KWH));
        CommonHouseSplit.month(c.network(), NodeId.of("H"), m, Map.of(), OdnPolicy.FEDERAL, rec);
        assertEquals(List.of(), org.raschet.core.protocol.StepEvaluator.verifyAll(rec.protocol()));
    }
}
