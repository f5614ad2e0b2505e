package org.raschet.allocation.odn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.raschet.allocation.odn.Houses.kwh;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidNetworkException;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.quantity.Area;
import org.raschet.core.quantity.Resource;
import org.raschet.core.quantity.Unit;

/**
 * Losses localised by node: a feeder F1 (meter 3100) feeds substation TP1 (meter 3050), which feeds house H1 (meter
 * 2000; entrance E1 without a meter; risers R1 with meter 1000 over p11 500 and p12 400 forecast, R2 with meter 950
 * over p21 480 and p22 465) and house H2 (no meter; q1 500 by normative, q2 520). The loss is on riser R1.
 */
class NetworkBalanceTest {

    static Network feeder() {
        HouseData d = HouseData.of(Area.of("50"));
        return Network.of(List.of(
                NetworkNode.of("F1", NodeKind.FEEDER, true, "TP1"),
                NetworkNode.of("TP1", NodeKind.SUBSTATION, true, "H1", "H2"),
                NetworkNode.house("H1", true, d, "E1"),
                NetworkNode.of("E1", NodeKind.ENTRANCE, false, "R1", "R2"),
                NetworkNode.of("R1", NodeKind.RISER, true, "p11", "p12"),
                NetworkNode.of("R2", NodeKind.RISER, true, "p21", "p22"),
                NetworkNode.premise("p11", "50"), NetworkNode.premise("p12", "45"),
                NetworkNode.premise("p21", "60"), NetworkNode.premise("p22", "55"),
                NetworkNode.house("H2", false, d, "q1", "q2"),
                NetworkNode.premise("q1", "70"), NetworkNode.premise("q2", "72")));
    }

    static NetworkVolumes january() {
        Map<NodeId, VolumeByBasis> v = new LinkedHashMap<>();
        v.put(NodeId.of("F1"), Houses.measured("3100"));
        v.put(NodeId.of("TP1"), Houses.measured("3050"));
        v.put(NodeId.of("H1"), Houses.measured("2000"));
        v.put(NodeId.of("R1"), Houses.measured("1000"));
        v.put(NodeId.of("R2"), Houses.measured("950"));
        v.put(NodeId.of("p11"), Houses.measured("500"));
        v.put(NodeId.of("p12"), VolumeByBasis.of(VolumeBasis.FORECAST, kwh("400")));
        v.put(NodeId.of("p21"), Houses.measured("480"));
        v.put(NodeId.of("p22"), Houses.measured("465"));
        v.put(NodeId.of("q1"), VolumeByBasis.of(VolumeBasis.NORMATIVE, kwh("500")));
        v.put(NodeId.of("q2"), Houses.measured("520"));
        return NetworkVolumes.of(YearMonth.of(2026, 1), Resource.ELECTRICITY, v);
    }

    private static NodeBalance line(LossReport r, String id) {
        return r.find(NodeId.of(id)).orElseThrow();
    }

    @Test
    void every_node_is_listed_depth_first_with_its_imbalance() {
        LossReport r = NetworkBalance.report(feeder(), january(), ProtocolSink.NONE);
        assertEquals(List.of("F1", "TP1", "H1", "E1", "R1", "p11", "p12", "R2", "p21", "p22", "H2", "q1", "q2"),
                r.nodes().stream().map(b -> b.node().value()).toList());
        // R1: 1000 − (500 + 400) = 100, 10.00 %; 400 of the 900 below is a forecast: 44.44 %
        NodeBalance r1 = line(r, "R1");
        assertEquals(Optional.of(kwh("100")), r1.imbalance());
        assertEquals(Optional.of(new BigDecimal("10.00")), r1.imbalancePercent());
        assertEquals(Optional.of(new BigDecimal("44.44")), r1.estimatedPercent());
        // R2: 950 − 945 = 5, 5 / 950 = 0.5263… % → 0.53 %
        assertEquals(Optional.of(kwh("5")), line(r, "R2").imbalance());
        assertEquals(Optional.of(new BigDecimal("0.53")), line(r, "R2").imbalancePercent());
        // E1 has no meter: its volume is the sum of the riser meters, 1950, and it has no imbalance
        NodeBalance e1 = line(r, "E1");
        assertFalse(e1.metered());
        assertEquals(kwh("1950"), e1.volume().total());
        assertEquals(Optional.empty(), e1.input());
        // H1: 2000 − 1950 = 50, 2.50 %; total loss below H1 = 2000 − 1845 = 155 = 50 + 100 + 5
        assertEquals(Optional.of(kwh("50")), line(r, "H1").imbalance());
        assertEquals(Optional.of(new BigDecimal("2.50")), line(r, "H1").imbalancePercent());
        assertEquals(Optional.of(kwh("155")), line(r, "H1").lossBelow());
        // H2 (no meter) counts by its premises: 1020, of which 500 by normative
        assertEquals(kwh("1020"), line(r, "H2").volume().total());
        assertEquals(kwh("500"), line(r, "H2").volume().normative());
        // TP1: 3050 − (2000 + 1020) = 30, 0.98 %; 500 of 3020 below is estimated: 16.56 %; loss below 185 = 30 + 155
        NodeBalance tp = line(r, "TP1");
        assertEquals(Optional.of(kwh("30")), tp.imbalance());
        assertEquals(Optional.of(new BigDecimal("0.98")), tp.imbalancePercent());
        assertEquals(Optional.of(new BigDecimal("16.56")), tp.estimatedPercent());
        assertEquals(Optional.of(kwh("185")), tp.lossBelow());
        // F1: 3100 − 3050 = 50, 1.61 %; loss below 235 = 50 + 185
        assertEquals(Optional.of(new BigDecimal("1.61")), line(r, "F1").imbalancePercent());
        assertEquals(Optional.of(kwh("235")), line(r, "F1").lossBelow());
        // a premise is listed with its own volume and nothing below it
        NodeBalance p12 = line(r, "p12");
        assertEquals(kwh("400"), p12.input().orElseThrow().forecast());
        assertEquals(Optional.empty(), p12.imbalance());
        assertEquals(5, p12.depth()); // F1 0, TP1 1, H1 2, E1 3, R1 4
        assertEquals(Optional.of(NodeId.of("R1")), p12.parent());
    }

    @Test
    void negative_imbalance_and_zero_input_are_reported_as_they_are() {
        NetworkVolumes v = january().with(NodeId.of("R2"), Houses.measured("900"));
        LossReport r = NetworkBalance.report(feeder(), v, ProtocolSink.NONE);
        // R2: 900 − 945 = −45, −5.00 %
        assertEquals(Optional.of(kwh("-45")), line(r, "R2").imbalance());
        assertEquals(Optional.of(new BigDecimal("-5.00")), line(r, "R2").imbalancePercent());
        NetworkVolumes zero = january().with(NodeId.of("R2"), VolumeByBasis.zero(Unit.KWH));
        assertEquals(Optional.empty(), line(NetworkBalance.report(feeder(), zero, ProtocolSink.NONE), "R2")
                .imbalancePercent());
    }

    @Test
    void missing_or_misplaced_volumes_name_the_node() {
        Map<NodeId, VolumeByBasis> v = new LinkedHashMap<>(january().volumes());
        v.remove(NodeId.of("R1"));
        InvalidNetworkException missing = assertThrows(InvalidNetworkException.class, () -> NetworkBalance.report(
                feeder(), NetworkVolumes.of(YearMonth.of(2026, 1), Resource.ELECTRICITY, v), ProtocolSink.NONE));
        assertEquals(ErrorCode.NETWORK_VOLUME_MISSING, missing.code());
        assertEquals("R1", missing.node());
        InvalidNetworkException unmetered = assertThrows(InvalidNetworkException.class, () -> NetworkBalance.report(
                feeder(), january().with(NodeId.of("E1"), Houses.measured("1")), ProtocolSink.NONE));
        assertEquals("E1", unmetered.node());
        InvalidNetworkException unknown = assertThrows(InvalidNetworkException.class, () -> NetworkBalance.report(
                feeder(), january().with(NodeId.of("zz"), Houses.measured("1")), ProtocolSink.NONE));
        assertEquals(ErrorCode.NETWORK_UNKNOWN_NODE, unknown.code());
    }
}
