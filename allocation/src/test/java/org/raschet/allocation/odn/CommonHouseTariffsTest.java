package org.raschet.allocation.odn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raschet.allocation.odn.Houses.H;
import static org.raschet.allocation.odn.Houses.P;
import static org.raschet.allocation.odn.Houses.kwh;
import static org.raschet.allocation.odn.Houses.kwhs;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.error.MissingPolicyInputException;
import org.raschet.core.error.TariffCoverageException;
import org.raschet.core.error.TariffPriceException;
import org.raschet.core.ledger.ChargeKind;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.meter.Register;
import org.raschet.core.meter.RegisterSet;
import org.raschet.core.money.Amounts;
import org.raschet.core.money.Price;
import org.raschet.core.protocol.Formulas;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.core.protocol.StepEvaluator;
import org.raschet.core.quantity.Resource;
import org.raschet.core.quantity.Unit;
import org.raschet.core.time.Days;
import org.raschet.tariffs.schedule.ConsumerGroup;
import org.raschet.tariffs.schedule.Rates;
import org.raschet.tariffs.schedule.TariffBook;
import org.raschet.tariffs.schedule.TariffPeriod;
import org.raschet.tariffs.schedule.TariffSchedule;
import org.threeten.extra.LocalDateRange;

/**
 * Common-house shares priced by the {@code tariffs} module at the tariffs of the month's days (LEGAL §6: each
 * premise's line rounded on its own, no kopeck moved between premises; LEGAL §10: household tariffs usually change on
 * 1 July, and any day must work; 354 p.44: the share V × S_i / S_total is charged at the tariff).
 *
 * <p>The worked house of {@link Houses}: S_total = 300 m², caps 9.6, 12, 14.4, 16.8, 19.2 kWh. In July 2026 the house
 * meter shows 1845 kWh and the premises 300 + 340 + 360 + 380 + 420 = 1800 kWh, so V = 45 kWh and the shares are
 * 45 × 40/300 = 6, 7.5, 9, 10.5 and 12 kWh (no cap reached).
 */
class CommonHouseTariffsTest {
    private static final YearMonth JUNE = YearMonth.of(2026, 6);
    private static final YearMonth JULY = YearMonth.of(2026, 7);
    private static final YearMonth AUGUST = YearMonth.of(2026, 8);

    /** Urban single-rate tariff: {@code old} until the day before {@code change}, {@code next} from it. */
    static TariffSchedule urban(String old, LocalDate change, String next) {
        return new TariffSchedule("el-urban", Resource.ELECTRICITY, ConsumerGroup.URBAN, RegisterSet.SINGLE,
                List.of(TariffPeriod.of(LocalDate.of(2026, 1, 1), change, Rates.single(rub(old))),
                        TariffPeriod.from(change, Rates.single(rub(next)))));
    }

    static Price rub(String v) {
        return Price.rub(v, Unit.KWH);
    }

    private static final TariffSchedule MID_JULY = urban("5.67", LocalDate.of(2026, 7, 15), "6.12");

    static HouseMonth july() {
        return Houses.month("2026-07", "1845", "300", "340", "360", "380", "420");
    }

    private static LocalDateRange days(String from, String until) {
        return LocalDateRange.of(LocalDate.parse(from), LocalDate.parse(until));
    }

    private static void assertLine(ChargeLine l, String premise, LocalDateRange span, String kwh, String price,
                                   String amount) {
        assertEquals(premise, l.account().value());
        assertEquals(span, l.span());
        assertEquals(kwh(kwh), l.quantity());
        assertEquals(rub(price), l.price());
        assertEquals(Amounts.toMinor(Amounts.rub(amount)), l.amountMinor(), l.toString());
        assertEquals(ChargeKind.COMMON_HOUSE, l.kind());
        assertEquals(Register.TOTAL, l.register());
        assertEquals(YearMonth.from(span.getStart()), l.period());
    }

    @Test
    void a_tariff_change_on_15_july_splits_every_share_into_two_lines_at_their_own_tariffs_354_p44_legal_6_10() {
        ProtocolRecorder protocol = new ProtocolRecorder();
        HouseMonthSplit s = CommonHouseSplit.month(Houses.network(), H, july().withTariffs(MID_JULY), Map.of(),
                OdnPolicy.FEDERAL, protocol);
        assertEquals(kwhs("6", "7.5", "9", "10.5", "12"), Houses.shares(s));
        // Each share spread over the 31 days of July with equal weights (policy month-spread.equal-days): days
        // 1–14 get round(Vi × 14 / 31, 6), days 15–31 the rest; each run at its own tariff, each line rounded once.
        LocalDateRange first = days("2026-07-01", "2026-07-15");
        LocalDateRange second = days("2026-07-15", "2026-08-01");
        List<ChargeLine> l = s.lines();
        assertEquals(10, l.size());
        // 01: 6 × 14/31 = 2.7096774… → 2.709677 × 5.67 = 15.36386859 → 15.36; 3.290323 × 6.12 = 20.13677676 → 20.14
        assertLine(l.get(0), "01", first, "2.709677", "5.67", "15.36");
        assertLine(l.get(1), "01", second, "3.290323", "6.12", "20.14");
        // 02: 7.5 × 14/31 = 3.3870967… → 3.387097 × 5.67 = 19.20483999 → 19.20; 4.112903 × 6.12 = 25.17096636 → 25.17
        assertLine(l.get(2), "02", first, "3.387097", "5.67", "19.20");
        assertLine(l.get(3), "02", second, "4.112903", "6.12", "25.17");
        // 03: 9 × 14/31 = 4.0645161… → 4.064516 × 5.67 = 23.04580572 → 23.05; 4.935484 × 6.12 = 30.20516208 → 30.21
        assertLine(l.get(4), "03", first, "4.064516", "5.67", "23.05");
        assertLine(l.get(5), "03", second, "4.935484", "6.12", "30.21");
        // 04: 10.5 × 14/31 = 4.7419354… → 4.741935 × 5.67 = 26.88677145 → 26.89; 5.758065 × 6.12 = 35.2393578 → 35.24
        assertLine(l.get(6), "04", first, "4.741935", "5.67", "26.89");
        assertLine(l.get(7), "04", second, "5.758065", "6.12", "35.24");
        // 05: 12 × 14/31 = 5.4193548… → 5.419355 × 5.67 = 30.72774285 → 30.73; 6.580645 × 6.12 = 40.2735474 → 40.27
        assertLine(l.get(8), "05", first, "5.419355", "5.67", "30.73");
        assertLine(l.get(9), "05", second, "6.580645", "6.12", "40.27");
        for (PremiseShare p : s.shares()) {
            assertEquals(Optional.empty(), p.line(), "two lines, no single one");
            assertEquals(p.share().micros(), p.lines().stream().mapToLong(x -> x.quantity().micros()).sum());
        }
        assertEquals(1536 + 2014, s.shares().get(0).amountMinor());

        // the protocol: every step re-evaluates; two spread steps and two charge steps per premise, the policies named
        assertEquals(List.of(), StepEvaluator.verifyAll(protocol.protocol()));
        List<ProtocolStep> steps = protocol.protocol().steps();
        List<ProtocolStep> spread = steps.stream().filter(x -> x.formula() == Formulas.ODN_SHARE_DAYS).toList();
        List<ProtocolStep> charges = steps.stream().filter(x -> x.formula() == Formulas.ODN_CHARGE_DAYS).toList();
        assertEquals(10, spread.size());
        assertEquals(10, charges.size());
        assertTrue(spread.stream().allMatch(x -> x.notes().stream()
                .anyMatch(n -> n.id().equals("policy:month-spread.equal-days"))));
        assertTrue(charges.stream().allMatch(x -> x.notes().stream()
                .anyMatch(n -> n.id().equals("policy:tariff.per-day"))));
        assertTrue(charges.stream().allMatch(x -> x.notes().stream()
                .anyMatch(n -> n.id().equals("policy:rounding.kopecks-half-up-per-line"))));
        assertEquals("2.709677", spread.get(0).result().value().toPlainString());
        assertEquals("15.36", charges.get(0).result().value().toPlainString());
        assertTrue(steps.stream().noneMatch(x -> x.formula() == Formulas.ODN_CHARGE), "no single-price step");
    }

    @Test
    void a_change_on_1_july_prices_june_at_the_old_and_july_at_the_new_tariff_legal_10() {
        TariffSchedule firstJuly = urban("5.67", LocalDate.of(2026, 7, 1), "6.12");
        HouseMonth june = Houses.month("2026-06", "1845", "300", "340", "360", "380", "420");
        List<HouseMonthSplit> s = CommonHouseSplit.months(Houses.network(), H,
                List.of(june.withTariffs(firstJuly), july().withTariffs(firstJuly)), Map.of(), OdnPolicy.FEDERAL,
                ProtocolSink.NONE);
        // one price over each month: one line per premise, over the whole month
        // June at 5.67: 6 → 34.02; 7.5 → 42.525 → 42.53; 9 → 51.03; 10.5 → 59.535 → 59.54; 12 → 68.04
        assertEquals(List.of("34.02 RUB", "42.53 RUB", "51.03 RUB", "59.54 RUB", "68.04 RUB"), Houses.amounts(s.get(0)));
        // July at 6.12: 36.72; 45.90; 55.08; 64.26; 73.44
        assertEquals(List.of("36.72 RUB", "45.90 RUB", "55.08 RUB", "64.26 RUB", "73.44 RUB"), Houses.amounts(s.get(1)));
        assertTrue(s.get(0).lines().stream().allMatch(x -> x.span().equals(Days.of(JUNE))));
        assertTrue(s.get(1).lines().stream().allMatch(x -> x.span().equals(Days.of(JULY))));
        // and exactly the lines of the single-price API at each month's price
        assertEquals(CommonHouseSplit.month(Houses.network(), H, june.withPrice(rub("5.67")), Map.of(),
                OdnPolicy.FEDERAL, ProtocolSink.NONE), s.get(0));
        assertEquals(CommonHouseSplit.month(Houses.network(), H, july().withPrice(rub("6.12")), Map.of(),
                OdnPolicy.FEDERAL, ProtocolSink.NONE), s.get(1));
    }

    @Test
    void each_premise_is_priced_by_its_groups_tariff_from_the_book() {
        TariffSchedule business = TariffSchedule.from("el-business", Resource.ELECTRICITY, ConsumerGroup.BUSINESS,
                RegisterSet.SINGLE, LocalDate.of(2026, 1, 1), Rates.single(rub("8.10")));
        TariffBook book = new TariffBook(List.of(MID_JULY, business), List.of());
        HouseMonth m = july().withTariffs(book, Map.of(P.get(4), ConsumerGroup.BUSINESS), ConsumerGroup.URBAN);
        HouseMonthSplit s = CommonHouseSplit.month(Houses.network(), H, m, Map.of(), OdnPolicy.FEDERAL,
                ProtocolSink.NONE);
        // flats 01–04 (urban) as above, two lines each; the shop 05 (business) one line: 12 × 8.10 = 97.20
        assertEquals(9, s.lines().size());
        PremiseShare shop = s.find(P.get(4)).orElseThrow();
        assertEquals(1, shop.lines().size());
        assertLine(shop.line().orElseThrow(), "05", Days.of(JULY), "12", "8.10", "97.20");
        assertLine(s.find(P.get(0)).orElseThrow().lines().get(1), "01", days("2026-07-15", "2026-08-01"), "3.290323",
                "6.12", "20.14");
    }

    @Test
    void a_capped_share_is_what_is_spread_over_the_days_354_p44_cap() {
        // V = 1890 − 1800 = 90: raw shares 12, 15, 18, 21, 24 above the caps 9.6, 12, 14.4, 16.8, 19.2
        HouseMonth m = Houses.month("2026-07", "1890", "300", "340", "360", "380", "420").withTariffs(MID_JULY);
        HouseMonthSplit s = CommonHouseSplit.month(Houses.network(), H, m, Map.of(), OdnPolicy.FEDERAL,
                ProtocolSink.NONE);
        assertEquals(kwhs("9.6", "12", "14.4", "16.8", "19.2"), Houses.shares(s));
        assertEquals(kwh("18"), s.excess());
        // 01: 9.6 × 14/31 = 4.3354838… → 4.335484 × 5.67 = 24.58219428 → 24.58; 5.264516 × 6.12 = 32.21883792 → 32.22
        List<ChargeLine> l = s.find(P.get(0)).orElseThrow().lines();
        assertLine(l.get(0), "01", days("2026-07-01", "2026-07-15"), "4.335484", "5.67", "24.58");
        assertLine(l.get(1), "01", days("2026-07-15", "2026-08-01"), "5.264516", "6.12", "32.22");
    }

    /** The July lines billed with the volumes known then (premise 03 by the average: 360 kWh), at the tariffs. */
    private static List<ChargeLine> billedJuly(HouseMonth july) {
        return CommonHouseSplit.month(Houses.network(), H, july, Map.of(), OdnPolicy.FEDERAL, ProtocolSink.NONE)
                .lines();
    }

    @Test
    void a_late_reading_corrects_each_run_of_days_at_its_own_tariff_354_p44_legal_4() {
        HouseMonth known = july().withTariffs(MID_JULY);
        List<ChargeLine> billed = billedJuly(known);
        // premise 03's actual reading gives 372 kWh instead of 360: V = 1845 − 1812 = 33; shares 4.4, 5.5, 6.6, 7.7,
        // 8.8; 01: 4.4 × 14/31 = 1.9870967… → 1.987097 × 5.67 = 11.26683999 → 11.27; 2.412903 × 6.12 = 14.76696636
        // → 14.77. Corrections = new − billed for each run: 1.987097 − 2.709677 = −0.722580, 11.27 − 15.36 = −4.09;
        // 2.412903 − 3.290323 = −0.877420, 14.77 − 20.14 = −5.37.
        HouseMonth now = known.withVolume(P.get(2), Houses.measured("372"));
        ProtocolRecorder protocol = new ProtocolRecorder();
        CommonHouseCorrection.Result r = CommonHouseCorrection.recalculate(Houses.network(), H, List.of(now),
                Map.of(), OdnPolicy.FEDERAL, billed, AUGUST, protocol);
        List<ChargeLine> c = r.corrections();
        assertEquals(10, c.size());
        LocalDateRange first = days("2026-07-01", "2026-07-15");
        LocalDateRange second = days("2026-07-15", "2026-08-01");
        assertLine(c.get(0), "01", first, "-0.722580", "5.67", "-4.09");
        assertLine(c.get(1), "01", second, "-0.877420", "6.12", "-5.37");
        // 02: 2.483871 − 3.387097 = −0.903226, 14.08 − 19.20 = −5.12; 3.016129 − 4.112903 = −1.096774,
        // 18.46 − 25.17 = −6.71
        assertLine(c.get(2), "02", first, "-0.903226", "5.67", "-5.12");
        assertLine(c.get(3), "02", second, "-1.096774", "6.12", "-6.71");
        // 03: 2.980645 − 4.064516 = −1.083871, 16.90 − 23.05 = −6.15; 3.619355 − 4.935484 = −1.316129,
        // 22.15 − 30.21 = −8.06
        assertLine(c.get(4), "03", first, "-1.083871", "5.67", "-6.15");
        assertLine(c.get(5), "03", second, "-1.316129", "6.12", "-8.06");
        // 04: 3.477419 − 4.741935 = −1.264516, 19.72 − 26.89 = −7.17; 4.222581 − 5.758065 = −1.535484,
        // 25.84 − 35.24 = −9.40
        assertLine(c.get(6), "04", first, "-1.264516", "5.67", "-7.17");
        assertLine(c.get(7), "04", second, "-1.535484", "6.12", "-9.40");
        // 05: 3.974194 − 5.419355 = −1.445161, 22.53 − 30.73 = −8.20; 4.825806 − 6.580645 = −1.754839,
        // 29.53 − 40.27 = −10.74
        assertLine(c.get(8), "05", first, "-1.445161", "5.67", "-8.20");
        assertLine(c.get(9), "05", second, "-1.754839", "6.12", "-10.74");
        assertTrue(c.stream().allMatch(x -> x.issuedIn().equals(AUGUST)));
        assertEquals(List.of(), StepEvaluator.verifyAll(protocol.protocol()));

        // billed + corrections = the recalculated lines, run by run; recalculating again yields nothing new
        List<ChargeLine> all = new ArrayList<>(billed);
        all.addAll(c);
        assertTrue(CommonHouseCorrection.recalculate(Houses.network(), H, List.of(now), Map.of(), OdnPolicy.FEDERAL,
                all, AUGUST, ProtocolSink.NONE).corrections().isEmpty());
    }

    @Test
    void a_month_billed_at_one_price_before_the_mid_month_change_was_known_is_rebilled_run_by_run() {
        List<ChargeLine> billed = billedJuly(july().withPrice(rub("5.67")));
        CommonHouseCorrection.Result r = CommonHouseCorrection.recalculate(Houses.network(), H,
                List.of(july().withTariffs(MID_JULY)), Map.of(), OdnPolicy.FEDERAL, billed, AUGUST,
                ProtocolSink.NONE);
        // 01: the whole-month line 6 kWh × 5.67 = 34.02 is reversed, and each run is billed at its own tariff:
        // 2.709677 × 5.67 = 15.36 (1–14 July), 3.290323 × 6.12 = 20.14 (15–31 July); net +1.48
        List<ChargeLine> p1 = r.corrections().stream().filter(x -> x.account().value().equals("01")).toList();
        assertEquals(3, p1.size());
        // (lines by first day, then last day)
        assertLine(p1.get(0), "01", days("2026-07-01", "2026-07-15"), "2.709677", "5.67", "15.36");
        assertLine(p1.get(1), "01", Days.of(JULY), "-6", "5.67", "-34.02");
        assertLine(p1.get(2), "01", days("2026-07-15", "2026-08-01"), "3.290323", "6.12", "20.14");
        assertEquals(148, p1.stream().mapToLong(ChargeLine::amountMinor).sum());
        assertEquals(0, p1.stream().mapToLong(x -> x.quantity().micros()).sum(), "the volume did not change");
    }

    @Test
    void bad_tariff_inputs_are_typed_errors() {
        HouseMonth m = july();
        // a price and tariffs at once
        assertThrows(InvalidValueException.class, () -> new HouseMonth(m.period(), m.volumes(), m.normative(),
                Optional.of(rub("5.67")), Optional.of(CommonHouseTariffs.of(MID_JULY))));
        // a tariff of another resource
        TariffSchedule water = TariffSchedule.from("cw", Resource.COLD_WATER, ConsumerGroup.URBAN, RegisterSet.SINGLE,
                LocalDate.of(2026, 1, 1), Rates.single(Price.rub("45.10", Unit.M3)));
        assertThrows(InvalidValueException.class, () -> m.withTariffs(water));
        // a premise without a tariff schedule: the error names it
        HouseMonth partial = m.withTariffs(CommonHouseTariffs.byPremise(Map.of(P.get(0), MID_JULY)));
        MissingPolicyInputException missing = assertThrows(MissingPolicyInputException.class, () ->
                CommonHouseSplit.month(Houses.network(), H, partial, Map.of(), OdnPolicy.FEDERAL, ProtocolSink.NONE));
        assertTrue(missing.getMessage().contains("premise 02"), missing.getMessage());
        // a social-norm tariff: no block limit applies to a common-house share
        TariffSchedule social = TariffSchedule.from("el-sn", Resource.ELECTRICITY, ConsumerGroup.URBAN,
                RegisterSet.SINGLE, LocalDate.of(2026, 1, 1), Rates.socialNorm(rub("4.00"), rub("6.00")));
        assertThrows(TariffPriceException.class, () -> CommonHouseSplit.month(Houses.network(), H,
                m.withTariffs(social), Map.of(), OdnPolicy.FEDERAL, ProtocolSink.NONE));
        // a schedule that starts inside the month
        TariffSchedule late = TariffSchedule.from("el-late", Resource.ELECTRICITY, ConsumerGroup.URBAN,
                RegisterSet.SINGLE, LocalDate.of(2026, 7, 10), Rates.single(rub("5.67")));
        assertThrows(TariffCoverageException.class, () -> CommonHouseSplit.month(Houses.network(), H,
                m.withTariffs(late), Map.of(), OdnPolicy.FEDERAL, ProtocolSink.NONE));
        // the book has no tariff for a group
        TariffBook book = new TariffBook(List.of(MID_JULY), List.of());
        assertThrows(MissingPolicyInputException.class, () -> m.withTariffs(book,
                Map.of(P.get(4), ConsumerGroup.BUSINESS), ConsumerGroup.URBAN));
        // withPrice and withTariffs replace each other
        assertEquals(Optional.empty(), m.withTariffs(MID_JULY).price());
        assertEquals(Optional.empty(), m.withTariffs(MID_JULY).withPrice(rub("5.67")).tariffs());
    }
}
