package org.raschet.allocation.odn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raschet.allocation.odn.Houses.H;
import static org.raschet.allocation.odn.Houses.P;
import static org.raschet.allocation.odn.Houses.amounts;
import static org.raschet.allocation.odn.Houses.kwh;
import static org.raschet.allocation.odn.Houses.kwhs;
import static org.raschet.allocation.odn.Houses.month;
import static org.raschet.allocation.odn.Houses.shares;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.error.MissingPolicyInputException;
import org.raschet.core.ledger.ChargeKind;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.quantity.Area;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.quantity.Unit;

/**
 * The common-house split of the worked house ({@link Houses}) over six months, by hand (LEGAL §6; 354 p.44, App. 2;
 * 491 p.29(2); Minstroy letter 04.06.2025 No. 32320-ДН/04; ЖК Art. 156 p.9.2).
 */
class CommonHouseSplitTest {

    /** January–June 2026: positive, zero, negative, absorbed, partly absorbed, capped. */
    static List<HouseMonth> sixMonths() {
        return List.of(
                // V = 2000 − (300 + 350 + 400 + 450 + 450) = 50; premise 03's 400 is a forecast (354 p.59)
                month("2026-01", "2000", "300", "350", "400", "450", "450")
                        .withVolume(P.get(2), VolumeByBasis.of(VolumeBasis.FORECAST, kwh("400"))),
                // V = 1900 − 1900 = 0
                month("2026-02", "1900", "280", "330", "380", "430", "480"),
                // V = 1800 − 1830 = −30
                month("2026-03", "1800", "290", "340", "390", "440", "370"),
                // V = 1900 − 1880 = 20
                month("2026-04", "1900", "300", "350", "400", "450", "380"),
                // V = 1900 − 1860 = 40
                month("2026-05", "1900", "300", "340", "390", "440", "390"),
                // V = 2000 − 1900 = 100 > V_n = 72
                month("2026-06", "2000", "280", "330", "380", "430", "480"));
    }

    static List<HouseMonthSplit> run(OdnPolicy policy) {
        return CommonHouseSplit.months(Houses.network(), H, sixMonths(), Map.of(), policy, ProtocolSink.NONE);
    }

    @Test
    void positive_month_354_p44_shares_by_area_exactly_by_largest_remainder() {
        HouseMonthSplit jan = run(OdnPolicy.FEDERAL).get(0);
        // V = 50 kWh; V × S_i / 300 = 6.666666…, 8.333333…, 10, 11.666666…, 13.333333…; rounded down they sum to
        // 49.999998, the 2 units left go to the largest remainders (2/3: premises 01 and 04).
        assertEquals(kwhs("6.666667", "8.333333", "10", "11.666667", "13.333333"), shares(jan));
        assertEquals(kwh("50"), jan.distributed());
        assertEquals(kwh("50"), jan.charged());
        assertEquals(kwh("0"), jan.excess());
        SplitNodeReport house = jan.houseNode();
        assertEquals(kwh("1950"), house.individual().orElseThrow().total());
        assertEquals(kwh("400"), house.individual().orElseThrow().forecast());
        assertEquals(Area.of("300"), jan.totalArea());
        // caps 72 × S_i / 300 (354 p.44): not reached
        assertEquals(Optional.of(kwh("9.6")), jan.shares().get(0).cap());
        // LEGAL §6: each line rounded on its own: 6.666667 × 5.67 = 37.80000189 → 37.80; 8.333333 × 5.67 =
        // 47.24999811 → 47.25; 56.70; 11.666667 × 5.67 = 66.15000189 → 66.15; 13.333333 × 5.67 = 75.59999811 → 75.60
        assertEquals(List.of("37.80 RUB", "47.25 RUB", "56.70 RUB", "66.15 RUB", "75.60 RUB"), amounts(jan));
        assertTrue(jan.lines().stream().allMatch(l -> l.kind() == ChargeKind.COMMON_HOUSE
                && l.period().equals(YearMonth.of(2026, 1)) && l.issuedIn().equals(l.period())));
        assertEquals("01", jan.lines().get(0).account().value());
    }

    @Test
    void zero_month_gives_zero_shares_and_carries_nothing() {
        HouseMonthSplit feb = run(OdnPolicy.FEDERAL).get(1);
        assertEquals(kwhs("0", "0", "0", "0", "0"), shares(feb));
        assertEquals(List.of("0.00 RUB", "0.00 RUB", "0.00 RUB", "0.00 RUB", "0.00 RUB"), amounts(feb));
        assertEquals(Map.of(), feb.carryOut());
    }

    @Test
    void negative_month_minstroy_32320_zero_shares_and_carried_into_following_months() {
        List<HouseMonthSplit> s = run(OdnPolicy.FEDERAL);
        HouseMonthSplit mar = s.get(2);
        HouseMonthSplit apr = s.get(3);
        HouseMonthSplit may = s.get(4);
        // March: V = −30: zero shares, nothing subtracted from individual charges, B = −30 carried
        assertEquals(kwh("-30"), mar.houseNode().volume());
        assertEquals(kwhs("0", "0", "0", "0", "0"), shares(mar));
        assertEquals(Map.of(H, kwh("-30")), mar.carryOut());
        // April: V = 20, V_d = max(20 − 30, 0) = 0, B = min(20 − 30, 0) = −10
        assertEquals(kwh("-30"), apr.houseNode().carryIn());
        assertEquals(kwh("0"), apr.distributed());
        assertEquals(kwhs("0", "0", "0", "0", "0"), shares(apr));
        assertEquals(Map.of(H, kwh("-10")), apr.carryOut());
        // May: V = 40, V_d = 40 − 10 = 30: shares 30 × S_i / 300 = 4, 5, 6, 7, 8; the balance is used up
        assertEquals(kwh("30"), may.distributed());
        assertEquals(kwhs("4", "5", "6", "7", "8"), shares(may));
        assertEquals(Map.of(), may.carryOut());
        // 4 × 5.67 = 22.68, 28.35, 34.02, 39.69, 45.36
        assertEquals(List.of("22.68 RUB", "28.35 RUB", "34.02 RUB", "39.69 RUB", "45.36 RUB"), amounts(may));
    }

    @Test
    void negative_month_without_carry_policy_is_dropped() {
        List<HouseMonthSplit> s = run(OdnPolicy.FEDERAL.withNegativeVolume(NegativeVolumePolicy.ZERO_FOR_MONTH));
        assertEquals(kwhs("0", "0", "0", "0", "0"), shares(s.get(2)));
        assertEquals(Map.of(), s.get(2).carryOut());
        // April shares its whole 20 kWh: 20 × S_i / 300 = 2.666666…, 3.333333…, 4, 4.666666…, 5.333333…
        assertEquals(kwhs("2.666667", "3.333333", "4", "4.666667", "5.333333"), shares(s.get(3)));
        assertEquals(kwh("40"), s.get(4).distributed());
    }

    @Test
    void cap_exceeded_354_p44_zhk_156_excess_stays_with_the_management_company() {
        HouseMonthSplit jun = run(OdnPolicy.FEDERAL).get(5);
        // V = 100: shares before the cap 100 × S_i / 300 = 13.333333, 16.666667, 20, 23.333333, 26.666667
        assertEquals(kwhs("13.333333", "16.666667", "20", "23.333333", "26.666667"),
                jun.shares().stream().map(PremiseShare::raw).toList());
        // caps N × S_common × S_i / S_total = 1.2 × 60 × S_i / 300 = 9.6, 12, 14.4, 16.8, 19.2
        assertEquals(kwhs("9.6", "12", "14.4", "16.8", "19.2"), shares(jun));
        assertEquals(kwhs("3.733333", "4.666667", "5.6", "6.533333", "7.466667"),
                jun.shares().stream().map(PremiseShare::excess).toList());
        assertEquals(Optional.of(kwh("72")), jun.normativeVolume());
        assertEquals(kwh("72"), jun.charged());
        assertEquals(kwh("28"), jun.excess());
        assertEquals(LossBearer.MANAGEMENT_COMPANY, jun.excessBearer());
        // 9.6 × 5.67 = 54.432 → 54.43; 68.04; 81.648 → 81.65; 95.256 → 95.26; 108.864 → 108.86
        assertEquals(List.of("54.43 RUB", "68.04 RUB", "81.65 RUB", "95.26 RUB", "108.86 RUB"), amounts(jun));
    }

    @Test
    void general_meeting_decision_shares_the_actual_volume_without_cap() {
        Network net = Network.of(Houses.nodes(true, Houses.data().withActualVolumeShared(true)));
        HouseMonth jun = sixMonths().get(5);
        HouseMonth noNormative = new HouseMonth(jun.period(), jun.volumes(), Optional.empty(), jun.price());
        HouseMonthSplit s = CommonHouseSplit.month(net, H, noNormative, Map.of(), OdnPolicy.FEDERAL,
                ProtocolSink.NONE);
        assertFalse(s.capApplied());
        assertEquals(kwhs("13.333333", "16.666667", "20", "23.333333", "26.666667"), shares(s));
        assertEquals(kwh("0"), s.excess());
        assertEquals(Optional.empty(), s.shares().get(0).cap());
    }

    @Test
    void no_house_meter_354_p44_normative_times_common_area_shared_by_area() {
        HouseData data = new HouseData(Area.of("61.3"), Optional.of(Area.of("300")), false,
                LossBearer.SUPPLIER);
        Network net = Network.of(Houses.nodes(false, data));
        HouseMonth m = HouseMonth.of(YearMonth.of(2026, 1),
                        NetworkVolumes.of(YearMonth.of(2026, 1), Resource.ELECTRICITY, Map.of()))
                .withNormative(CommonNormative.of("0.55", Unit.KWH));
        HouseMonthSplit s = CommonHouseSplit.month(net, H, m, Map.of(), OdnPolicy.FEDERAL, ProtocolSink.NONE);
        // V_n = 0.55 × 61.3 = 33.715 kWh; × S_i / 300 = 4.4953333…, 5.6191666…, 6.743, 7.8668333…, 8.9906666…;
        // rounded down they sum to 33.714998; the 2 units go to the remainders 2/3 (premises 02 and 05)
        assertTrue(s.byNormative());
        assertEquals(Optional.of(kwh("33.715")), s.normativeVolume());
        assertEquals(kwhs("4.495333", "5.619167", "6.743", "7.866833", "8.990667"), shares(s));
        assertEquals(kwh("33.715"), s.charged());
        assertEquals(kwh("0"), s.excess());
        assertEquals(Optional.empty(), s.houseNode().meter());
        assertTrue(s.lines().isEmpty(), "no price, no lines");
    }

    @Test
    void normative_missing_when_the_cap_applies_is_a_typed_error() {
        HouseMonth jan = sixMonths().get(0);
        HouseMonth bare = new HouseMonth(jan.period(), jan.volumes(), Optional.empty(), Optional.empty());
        MissingPolicyInputException e = assertThrows(MissingPolicyInputException.class,
                () -> CommonHouseSplit.month(Houses.network(), H, bare, Map.of(), OdnPolicy.FEDERAL,
                        ProtocolSink.NONE));
        assertEquals(ErrorCode.POLICY_INPUT_MISSING, e.code());
        assertTrue(e.getMessage().startsWith("house H on 2026-01-01: no common-property normative"), e.getMessage());
    }

    @Test
    void carried_balance_must_be_negative_and_of_a_split_node() {
        HouseMonth jan = sixMonths().get(0);
        assertThrows(InvalidValueException.class, () -> CommonHouseSplit.month(Houses.network(), H, jan,
                Map.of(H, kwh("5")), OdnPolicy.FEDERAL, ProtocolSink.NONE));
        assertThrows(InvalidValueException.class, () -> CommonHouseSplit.month(Houses.network(), H, jan,
                Map.of(P.get(0), kwh("-5")), OdnPolicy.FEDERAL, ProtocolSink.NONE));
        assertThrows(InvalidValueException.class, () -> CommonHouseSplit.month(Houses.network(), H, jan,
                Map.of(H, kwh("-5")), OdnPolicy.FEDERAL.withNegativeVolume(NegativeVolumePolicy.ZERO_FOR_MONTH),
                ProtocolSink.NONE));
    }

    @Test
    void months_must_be_consecutive() {
        List<HouseMonth> gap = List.of(sixMonths().get(0), sixMonths().get(2));
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> CommonHouseSplit.months(
                Houses.network(), H, gap, Map.of(), OdnPolicy.FEDERAL, ProtocolSink.NONE));
        assertTrue(e.getMessage().contains("2026-03 does not follow 2026-01"), e.getMessage());
    }

    @Test
    void protocol_is_recorded_only_when_asked_and_names_the_policies() {
        ProtocolRecorder rec = new ProtocolRecorder();
        List<HouseMonthSplit> withProtocol = CommonHouseSplit.months(Houses.network(), H, sixMonths(), Map.of(),
                OdnPolicy.FEDERAL, rec);
        assertEquals(run(OdnPolicy.FEDERAL), withProtocol);
        var steps = rec.protocol().steps();
        assertTrue(steps.stream().anyMatch(s -> s.notes().stream()
                .anyMatch(n -> n.id().equals("policy:odn.negative.carry-forward"))));
        assertTrue(steps.stream().anyMatch(s -> s.notes().stream()
                .anyMatch(n -> n.id().equals("policy:odn.split-level.house"))));
        // one charge step per premise and month: its result is the line's amount
        var charges = steps.stream().filter(s -> s.formula().id().equals("odn.charge")).toList();
        assertEquals(30, charges.size());
        assertEquals(new java.math.BigDecimal("37.80"), charges.get(0).result().value());
    }

    /**
     * Split at entrances (policy): H2 (meter 1000) has entrances E1 (meter 520; premises a1 230, a2 250, 50 m² each)
     * and E2 (meter 450; premises b1 240 on 60 m², b2 200 on 40 m²).
     */
    static Network entrances(boolean shareActual) {
        HouseData data = HouseData.of(Area.of("20")).withActualVolumeShared(shareActual);
        return Network.of(List.of(
                NetworkNode.house("H2", true, data, "E1", "E2"),
                NetworkNode.of("E1", NodeKind.ENTRANCE, true, "a1", "a2"),
                NetworkNode.of("E2", NodeKind.ENTRANCE, true, "b1", "b2"),
                NetworkNode.premise("a1", "50"), NetworkNode.premise("a2", "50"),
                NetworkNode.premise("b1", "60"), NetworkNode.premise("b2", "40")));
    }

    static HouseMonth entranceMonth() {
        Map<NodeId, VolumeByBasis> v = Map.of(
                NodeId.of("H2"), Houses.measured("1000"), NodeId.of("E1"), Houses.measured("520"),
                NodeId.of("E2"), Houses.measured("450"), NodeId.of("a1"), Houses.measured("230"),
                NodeId.of("a2"), Houses.measured("250"), NodeId.of("b1"), Houses.measured("240"),
                NodeId.of("b2"), Houses.measured("200"));
        return HouseMonth.of(YearMonth.of(2026, 1), NetworkVolumes.of(YearMonth.of(2026, 1), Resource.ELECTRICITY, v))
                .withNormative(CommonNormative.of("2", Unit.KWH));
    }

    @Test
    void split_at_entrances_shares_each_entrance_imbalance_below_it() {
        OdnPolicy byEntrance = OdnPolicy.FEDERAL.withSplitLevel(
                SplitLevelPolicy.atMetered(EnumSet.of(NodeKind.ENTRANCE)));
        HouseMonthSplit s = CommonHouseSplit.month(entrances(true), NodeId.of("H2"), entranceMonth(), Map.of(),
                byEntrance, ProtocolSink.NONE);
        // house: V = 1000 − 520 − 450 = 30 over all 200 m²: 7.5, 7.5, 9, 6
        // E1: V = 520 − 480 = 40 over a1, a2: 20, 20; E2: V = 450 − 440 = 10 over b1, b2: 6, 4
        assertEquals(List.of("H2", "E1", "E2"), s.nodes().stream().map(n -> n.node().value()).toList());
        assertEquals(kwh("30"), s.nodes().get(0).volume());
        assertEquals(kwh("970"), s.nodes().get(0).lowerNodes());
        assertEquals(kwh("40"), s.nodes().get(1).volume());
        assertEquals(kwh("10"), s.nodes().get(2).volume());
        assertEquals(kwhs("27.5", "27.5", "15", "10"), shares(s));
        assertEquals(Map.of(NodeId.of("H2"), kwh("7.5"), NodeId.of("E1"), kwh("20")), s.shares().get(0).byNode());
        assertEquals(kwh("80"), s.charged());
        // the same house split at house level only: V = 1000 − 920 = 80 over 200 m²: 20, 20, 24, 16
        HouseMonthSplit flat = CommonHouseSplit.month(entrances(true), NodeId.of("H2"), entranceMonth(), Map.of(),
                OdnPolicy.FEDERAL, ProtocolSink.NONE);
        assertEquals(kwhs("20", "20", "24", "16"), shares(flat));
    }

    @Test
    void split_at_entrances_with_cap_applies_the_cap_to_each_premise_total() {
        OdnPolicy byEntrance = OdnPolicy.FEDERAL.withSplitLevel(
                SplitLevelPolicy.atMetered(EnumSet.of(NodeKind.ENTRANCE)));
        HouseMonthSplit s = CommonHouseSplit.month(entrances(false), NodeId.of("H2"), entranceMonth(), Map.of(),
                byEntrance, ProtocolSink.NONE);
        // V_n = 2 × 20 = 40; caps 40 × S_i / 200 = 10, 10, 12, 8; totals 27.5, 27.5, 15, 10 all above
        assertEquals(kwhs("10", "10", "12", "8"), shares(s));
        assertEquals(kwhs("17.5", "17.5", "3", "2"), s.shares().stream().map(PremiseShare::excess).toList());
        assertEquals(kwh("40"), s.excess());
    }

    @Test
    void entrance_negative_is_carried_on_the_entrance() {
        OdnPolicy byEntrance = OdnPolicy.FEDERAL.withSplitLevel(
                SplitLevelPolicy.atMetered(EnumSet.of(NodeKind.ENTRANCE)));
        HouseMonth m = entranceMonth().withVolume(NodeId.of("E1"), Houses.measured("470"));
        HouseMonthSplit s = CommonHouseSplit.month(entrances(true), NodeId.of("H2"), m, Map.of(), byEntrance,
                ProtocolSink.NONE);
        // E1: 470 − 480 = −10, carried on E1; house: 1000 − 470 − 450 = 80: 20, 20, 24, 16; E2: 6, 4
        assertEquals(Map.of(NodeId.of("E1"), kwh("-10")), s.carryOut());
        assertEquals(kwhs("20", "20", "30", "20"), shares(s));
    }

    @Test
    void split_of_a_node_that_is_not_a_house_is_refused() {
        var e = assertThrows(org.raschet.core.error.InvalidNetworkException.class, () -> CommonHouseSplit.month(
                entrances(true), NodeId.of("E1"), entranceMonth(), Map.of(), OdnPolicy.FEDERAL, ProtocolSink.NONE));
        assertEquals("E1", e.node());
    }

    @Test
    void missing_premise_volume_names_the_premise() {
        HouseMonth jan = sixMonths().get(0);
        Map<NodeId, VolumeByBasis> v = new java.util.TreeMap<>(jan.volumes().volumes());
        v.remove(P.get(3));
        HouseMonth m = new HouseMonth(jan.period(), new NetworkVolumes(jan.volumes().span(), Resource.ELECTRICITY, v),
                jan.normative(), jan.price());
        var e = assertThrows(org.raschet.core.error.InvalidNetworkException.class, () -> CommonHouseSplit.month(
                Houses.network(), H, m, Map.of(), OdnPolicy.FEDERAL, ProtocolSink.NONE));
        assertEquals(ErrorCode.NETWORK_VOLUME_MISSING, e.code());
        assertEquals("04", e.node());
    }

    @Test
    void quantities_stay_in_the_resource_unit() {
        assertEquals(Unit.KWH, run(OdnPolicy.FEDERAL).get(0).charged().unit());
        assertEquals(Quantity.zero(Unit.KWH), run(OdnPolicy.FEDERAL).get(1).charged());
    }
}
