package org.raschet.tariffs.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raschet.tariffs.support.Fixtures.ACCOUNT;
import static org.raschet.tariffs.support.Fixtures.d;
import static org.raschet.tariffs.support.Fixtures.days;
import static org.raschet.tariffs.support.Fixtures.kwh;
import static org.raschet.tariffs.support.Fixtures.rub;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.error.TariffCoverageException;
import org.raschet.core.error.TariffPriceException;
import org.raschet.core.ledger.ChargeKind;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.meter.Register;
import org.raschet.core.meter.RegisterSet;
import org.raschet.core.money.Amounts;
import org.raschet.core.money.RoundingRule;
import org.raschet.core.protocol.Formulas;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.core.quantity.Resource;
import org.raschet.core.time.Days;
import org.raschet.tariffs.schedule.ConsumerGroup;
import org.raschet.tariffs.schedule.Rates;
import org.raschet.tariffs.schedule.TariffPeriod;
import org.raschet.tariffs.schedule.TariffSchedule;
import org.raschet.tariffs.support.Evaluator;
import org.raschet.tariffs.support.Fixtures;
import org.threeten.extra.LocalDateRange;

/**
 * A premise's common-house share priced at the tariffs of its month's days (354 p.44; LEGAL §6: each premise's line
 * rounded on its own; LEGAL §10: a tariff may change on any day; LEGAL §2: days weighted equally).
 */
class CommonHousePricingTest {
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Test
    void a_change_on_15_march_splits_the_share_into_two_lines_at_their_own_tariffs_354_p44() {
        TariffSchedule t = Fixtures.singleChange("5.00", d("2026-03-15"), "6.00");
        ProtocolRecorder protocol = new ProtocolRecorder();
        PricingResult r = Pricing.commonHouse(CommonHouseRequest.of(ACCOUNT, t, MARCH, kwh("10")), protocol);
        // 31 days, equal weights: days 1–14 get round(10 × 14 / 31, 6) = round(4.5161290…, 6) = 4.516129 kWh,
        // days 15–31 the rest 10 − 4.516129 = 5.483871 kWh.
        // 4.516129 × 5.00 = 22.580645 → 22.58; 5.483871 × 6.00 = 32.903226 → 32.90 (each line rounded once)
        List<ChargeLine> lines = r.chargeLines();
        assertEquals(2, lines.size());
        assertLine(lines.get(0), days("2026-03-01", "2026-03-15"), "4.516129", "5.00", "22.58");
        assertLine(lines.get(1), days("2026-03-15", "2026-04-01"), "5.483871", "6.00", "32.90");
        assertEquals(10_000_000L, r.totalMicros());
        assertEquals(5548, r.totalMinor());
        assertEquals(Days.of(MARCH), r.range());

        List<ProtocolStep> steps = Evaluator.checkAll(protocol.entries());
        List<ProtocolStep> spread = steps.stream().filter(s -> s.formula() == Formulas.ODN_SHARE_DAYS).toList();
        List<ProtocolStep> charges = steps.stream().filter(s -> s.formula() == Formulas.ODN_CHARGE_DAYS).toList();
        assertEquals(2, spread.size());
        assertEquals(2, charges.size());
        assertEquals("4.516129", spread.get(0).result().value().toPlainString());
        assertEquals("14", input(spread.get(0), "C2"));
        assertEquals("31", input(spread.get(0), "W"));
        assertEquals("0", input(spread.get(0), "C1"));
        assertEquals("22.58", charges.get(0).result().value().toPlainString());
        assertEquals("32.90", charges.get(1).result().value().toPlainString());
        // the spread policy, the per-day tariff policy and the rounding policy are named
        assertTrue(spread.get(0).notes().stream().anyMatch(n -> n.id().equals("policy:month-spread.equal-days")));
        assertTrue(charges.get(0).notes().stream().anyMatch(n -> n.id().equals("policy:tariff.per-day")));
        assertTrue(charges.get(0).notes().stream()
                .anyMatch(n -> n.id().equals("policy:rounding.kopecks-half-up-per-line")));
    }

    @Test
    void a_constant_tariff_gives_one_line_equal_to_the_single_price_charge() {
        PricingResult r = Pricing.commonHouse(CommonHouseRequest.of(ACCOUNT, Fixtures.single("6.43"), MARCH,
                kwh("7.9009")), ProtocolSink.NONE);
        // 7.9009 × 6.43 = 50.802787 → 50.80
        assertEquals(1, r.lines().size());
        assertLine(r.chargeLines().get(0), Days.of(MARCH), "7.9009", "6.43", "50.80");
        assertEquals(rub("6.43").chargeMinor(kwh("7.9009"), RoundingRule.KOPECKS_HALF_UP), r.totalMinor());
        assertEquals(Optional.empty(), r.lines().get(0).basis());
    }

    @Test
    void a_zero_share_keeps_a_zero_line_for_each_run_of_days() {
        TariffSchedule t = Fixtures.singleChange("5.00", d("2026-03-15"), "6.00");
        PricingResult r = Pricing.commonHouse(CommonHouseRequest.of(ACCOUNT, t, MARCH, kwh("0")), ProtocolSink.NONE);
        assertEquals(2, r.lines().size());
        assertLine(r.chargeLines().get(0), days("2026-03-01", "2026-03-15"), "0", "5.00", "0.00");
        assertLine(r.chargeLines().get(1), days("2026-03-15", "2026-04-01"), "0", "6.00", "0.00");
    }

    @Test
    void a_zoned_tariff_shares_each_run_among_its_zones_by_the_zone_share_policy() {
        TariffSchedule t = TariffSchedule.from("el-2z", Resource.ELECTRICITY, ConsumerGroup.URBAN,
                RegisterSet.TWO_ZONE, d("2026-01-01"),
                Rates.zoned(Map.of(Register.DAY, rub("6.50"), Register.NIGHT, rub("3.20"))));
        PricingResult r = Pricing.commonHouse(CommonHouseRequest.of(ACCOUNT, t, MARCH, kwh("24")), ProtocolSink.NONE);
        // zone hours (442): day 16 h, night 8 h of 24: 16 kWh × 6.50 = 104.00; 8 kWh × 3.20 = 25.60
        assertEquals(2, r.lines().size());
        assertEquals(Register.DAY, r.chargeLines().get(0).register());
        assertEquals(kwh("16"), r.chargeLines().get(0).quantity());
        assertEquals(10400, r.chargeLines().get(0).amountMinor());
        assertEquals(Register.NIGHT, r.chargeLines().get(1).register());
        assertEquals(kwh("8"), r.chargeLines().get(1).quantity());
        assertEquals(2560, r.chargeLines().get(1).amountMinor());
    }

    @Test
    void bad_inputs_are_typed_errors() {
        TariffSchedule social = TariffSchedule.from("el-sn", Resource.ELECTRICITY, ConsumerGroup.URBAN,
                RegisterSet.SINGLE, d("2026-01-01"), Rates.socialNorm(rub("4.00"), rub("6.00")));
        TariffPriceException blocks = assertThrows(TariffPriceException.class, () -> Pricing.commonHouse(
                CommonHouseRequest.of(ACCOUNT, social, MARCH, kwh("10")), ProtocolSink.NONE));
        assertTrue(blocks.getMessage().contains("el-sn"), blocks.getMessage());
        assertThrows(InvalidValueException.class, () -> CommonHouseRequest.of(ACCOUNT, Fixtures.single("5.00"), MARCH,
                kwh("-1")));
        TariffSchedule late = TariffSchedule.from("el-late", Resource.ELECTRICITY, ConsumerGroup.URBAN,
                RegisterSet.SINGLE, d("2026-03-10"), Rates.single(rub("5.00")));
        assertThrows(TariffCoverageException.class, () -> Pricing.commonHouse(
                CommonHouseRequest.of(ACCOUNT, late, MARCH, kwh("10")), ProtocolSink.NONE));
        MonthSpreadPolicy none = new MonthSpreadPolicy() {
            @Override
            public long[] weights(LocalDateRange days) {
                return new long[(int) days.lengthInDays()];
            }

            @Override
            public String weightUnit() {
                return "1";
            }

            @Override
            public String id() {
                return "none";
            }

            @Override
            public org.raschet.core.protocol.Note note() {
                return new org.raschet.core.protocol.Note("policy:none", "нет", "none");
            }
        };
        assertThrows(InvalidValueException.class, () -> Pricing.commonHouse(
                CommonHouseRequest.of(ACCOUNT, Fixtures.single("5.00"), MARCH, kwh("10")).withSpread(none),
                ProtocolSink.NONE));
    }

    @Test
    void a_weighted_spread_prices_the_runs_by_the_days_weights() {
        // weights 2 on 1–14 March, 1 on 15–31: W = 28 + 17 = 45; days 1–14 get round(9 × 28 / 45, 6) = 5.6 kWh
        MonthSpreadPolicy weighted = new MonthSpreadPolicy() {
            @Override
            public long[] weights(LocalDateRange days) {
                long[] w = new long[(int) days.lengthInDays()];
                for (int i = 0; i < w.length; i++) {
                    w[i] = i < 14 ? 2 : 1;
                }
                return w;
            }

            @Override
            public String weightUnit() {
                return "1";
            }

            @Override
            public String id() {
                return "test-weights";
            }

            @Override
            public org.raschet.core.protocol.Note note() {
                return new org.raschet.core.protocol.Note("policy:test-weights", "веса", "weights");
            }
        };
        TariffSchedule t = Fixtures.singleChange("5.00", d("2026-03-15"), "6.00");
        ProtocolRecorder protocol = new ProtocolRecorder();
        PricingResult r = Pricing.commonHouse(CommonHouseRequest.of(ACCOUNT, t, MARCH, kwh("9")).withSpread(weighted),
                protocol);
        // 5.6 × 5.00 = 28.00; 3.4 × 6.00 = 20.40
        assertLine(r.chargeLines().get(0), days("2026-03-01", "2026-03-15"), "5.6", "5.00", "28.00");
        assertLine(r.chargeLines().get(1), days("2026-03-15", "2026-04-01"), "3.4", "6.00", "20.40");
        Evaluator.checkAll(protocol.entries());
    }

    private static String input(ProtocolStep s, String symbol) {
        return s.inputs().stream().filter(i -> i.symbol().equals(symbol)).findFirst().orElseThrow().value()
                .toPlainString();
    }

    static void assertLine(ChargeLine l, LocalDateRange span, String kwh, String price, String amount) {
        assertEquals(MARCH, l.period());
        assertEquals(MARCH, l.issuedIn());
        assertEquals(span, l.span());
        assertEquals(kwh(kwh), l.quantity());
        assertEquals(rub(price), l.price());
        assertEquals(Amounts.toMinor(Amounts.rub(amount)), l.amountMinor());
        assertEquals(ChargeKind.COMMON_HOUSE, l.kind());
        assertEquals(Register.TOTAL, l.register());
        assertEquals(ACCOUNT, l.account());
    }
}
