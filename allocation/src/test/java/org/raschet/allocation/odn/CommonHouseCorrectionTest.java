package org.raschet.allocation.odn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raschet.allocation.odn.Houses.H;
import static org.raschet.allocation.odn.Houses.P;
import static org.raschet.allocation.odn.Houses.kwh;
import static org.raschet.allocation.odn.Houses.kwhs;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.error.MissingPolicyInputException;
import org.raschet.core.ledger.ChargeKind;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.money.Amounts;
import org.raschet.core.protocol.ProtocolSink;

/**
 * A late reading changes the distributable volume, so every premise's share of the month — and, through the carried
 * balance, of later months — is corrected: new − billed (LEGAL §6; 354 p.44; DESIGN: history is never rewritten).
 */
class CommonHouseCorrectionTest {
    private static final YearMonth JULY = YearMonth.of(2026, 7);

    /** The lines billed in January–June with the volumes known then. */
    private static List<ChargeLine> billed(List<HouseMonth> months) {
        List<ChargeLine> out = new ArrayList<>();
        for (HouseMonthSplit s : CommonHouseSplit.months(Houses.network(), H, months, Map.of(), OdnPolicy.FEDERAL,
                ProtocolSink.NONE)) {
            out.addAll(s.lines());
        }
        return out;
    }

    @Test
    void late_reading_in_january_corrects_every_share_of_the_month_354_p44() {
        List<HouseMonth> known = CommonHouseSplitTest.sixMonths();
        List<ChargeLine> billed = billed(known.subList(0, 1));
        // Premise 03 was billed 400 kWh by the average (354 p.59); its actual reading gives 412 kWh.
        HouseMonth jan = known.get(0).withVolume(P.get(2), VolumeByBasis.measured(kwh("412")));
        CommonHouseCorrection.Result r = CommonHouseCorrection.recalculate(Houses.network(), H, List.of(jan),
                Map.of(), OdnPolicy.FEDERAL, billed, JULY, ProtocolSink.NONE);
        // V = 2000 − 1962 = 38; 38 × S_i / 300 = 5.066666…, 6.333333…, 7.6, 8.866666…, 10.133333…; the 2 units left
        // go to the remainders 2/3 (01, 04): 5.066667, 6.333333, 7.6, 8.866667, 10.133333
        assertEquals(kwhs("5.066667", "6.333333", "7.6", "8.866667", "10.133333"),
                Houses.shares(r.recalculated().get(0)));
        List<ChargeLine> c = r.corrections();
        assertEquals(5, c.size(), "every premise's share of the month changes");
        // new − billed: 5.066667 − 6.666667 = −1.6; −2; −2.4; −2.8; −3.2 (sum −12 = 38 − 50)
        assertEquals(kwhs("-1.6", "-2", "-2.4", "-2.8", "-3.2"), c.stream().map(ChargeLine::quantity).toList());
        // each line on its own: 28.73 − 37.80 = −9.07; 35.91 − 47.25 = −11.34; 43.09 − 56.70 = −13.61;
        // 50.27 − 66.15 = −15.88; 57.46 − 75.60 = −18.14
        assertEquals(List.of("-9.07 RUB", "-11.34 RUB", "-13.61 RUB", "-15.88 RUB", "-18.14 RUB"),
                c.stream().map(l -> Amounts.format(l.amount())).toList());
        for (ChargeLine l : c) {
            assertEquals(ChargeKind.COMMON_HOUSE, l.kind());
            assertEquals(YearMonth.of(2026, 1), l.period());
            assertEquals(JULY, l.issuedIn());
        }
        assertEquals(List.of("01", "02", "03", "04", "05"), c.stream().map(l -> l.account().value()).toList());

        // recalculating again with the corrections billed yields nothing new
        List<ChargeLine> all = new ArrayList<>(billed);
        all.addAll(c);
        assertTrue(CommonHouseCorrection.recalculate(Houses.network(), H, List.of(jan), Map.of(), OdnPolicy.FEDERAL,
                all, JULY, ProtocolSink.NONE).corrections().isEmpty());
    }

    @Test
    void late_reading_in_a_negative_month_changes_the_carried_balance_and_a_later_month() {
        List<HouseMonth> known = CommonHouseSplitTest.sixMonths();
        List<HouseMonth> marToMay = known.subList(2, 5);
        List<ChargeLine> billed = billed(known).stream()
                .filter(l -> !l.period().isBefore(YearMonth.of(2026, 3)) && l.period().isBefore(YearMonth.of(2026, 6)))
                .toList();
        // Premise 02's March volume 340 becomes 330: V(March) = 1800 − 1820 = −20, carried −20;
        // April: V = 20, V_d = 0, balance used up; May: V = 40 all shared: 40 × S_i / 300 = 5.333333, 6.666667, 8,
        // 9.333333, 10.666667 instead of 4, 5, 6, 7, 8 (Minstroy letter 04.06.2025 No. 32320-ДН/04)
        List<HouseMonth> now = new ArrayList<>(marToMay);
        now.set(0, marToMay.get(0).withVolume(P.get(1), Houses.measured("330")));
        CommonHouseCorrection.Result r = CommonHouseCorrection.recalculate(Houses.network(), H, now, Map.of(),
                OdnPolicy.FEDERAL, billed, JULY, ProtocolSink.NONE);
        assertEquals(Map.of(H, kwh("-20")), r.recalculated().get(0).carryOut());
        assertEquals(Map.of(), r.recalculated().get(1).carryOut());
        List<ChargeLine> c = r.corrections();
        assertTrue(c.stream().allMatch(l -> l.period().equals(YearMonth.of(2026, 5))), "March and April stay zero");
        assertEquals(kwhs("1.333333", "1.666667", "2", "2.333333", "2.666667"),
                c.stream().map(ChargeLine::quantity).toList());
        // 5.333333 × 5.67 = 30.23999811 → 30.24 − 22.68 = 7.56; 6.666667 × 5.67 = 37.80000189 → 37.80 − 28.35 = 9.45;
        // 8 × 5.67 = 45.36 − 34.02 = 11.34; 9.333333 × 5.67 = 52.91999811 → 52.92 − 39.69 = 13.23;
        // 10.666667 × 5.67 = 60.48000189 → 60.48 − 45.36 = 15.12
        assertEquals(List.of("7.56 RUB", "9.45 RUB", "11.34 RUB", "13.23 RUB", "15.12 RUB"),
                c.stream().map(l -> Amounts.format(l.amount())).toList());
    }

    @Test
    void never_billed_premise_is_corrected_from_zero() {
        HouseMonth jan = CommonHouseSplitTest.sixMonths().get(0);
        List<ChargeLine> billed = billed(List.of(jan)).subList(1, 5);
        CommonHouseCorrection.Result r = CommonHouseCorrection.recalculate(Houses.network(), H, List.of(jan),
                Map.of(), OdnPolicy.FEDERAL, billed, JULY, ProtocolSink.NONE);
        assertEquals(1, r.corrections().size());
        assertEquals(kwh("6.666667"), r.corrections().get(0).quantity());
        assertEquals("37.80 RUB", Amounts.format(r.corrections().get(0).amount()));
    }

    @Test
    void bad_correction_inputs_are_typed_errors() {
        HouseMonth jan = CommonHouseSplitTest.sixMonths().get(0);
        List<ChargeLine> billed = billed(List.of(jan));
        // issued in the month corrected
        assertThrows(InvalidValueException.class, () -> CommonHouseCorrection.recalculate(Houses.network(), H,
                List.of(jan), Map.of(), OdnPolicy.FEDERAL, billed, YearMonth.of(2026, 1), ProtocolSink.NONE));
        // a billed line for a month not recalculated
        HouseMonth feb = CommonHouseSplitTest.sixMonths().get(1);
        assertThrows(InvalidValueException.class, () -> CommonHouseCorrection.recalculate(Houses.network(), H,
                List.of(feb), Map.of(), OdnPolicy.FEDERAL, billed, JULY, ProtocolSink.NONE));
        // no price
        HouseMonth noPrice = new HouseMonth(jan.period(), jan.volumes(), jan.normative(), java.util.Optional.empty());
        assertThrows(MissingPolicyInputException.class, () -> CommonHouseCorrection.recalculate(Houses.network(), H,
                List.of(noPrice), Map.of(), OdnPolicy.FEDERAL, billed, JULY, ProtocolSink.NONE));
    }
}
