package org.raschet.tariffs.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raschet.tariffs.support.Fixtures.ACCOUNT;
import static org.raschet.tariffs.support.Fixtures.d;
import static org.raschet.tariffs.support.Fixtures.days;
import static org.raschet.tariffs.support.Fixtures.evenly;
import static org.raschet.tariffs.support.Fixtures.kwh;
import static org.raschet.tariffs.support.Fixtures.rub;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.raschet.core.error.MissingPolicyInputException;
import org.raschet.core.meter.Register;
import org.raschet.core.meter.RegisterSet;
import org.raschet.core.protocol.Formulas;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.core.quantity.Resource;
import org.raschet.tariffs.schedule.ConsumerGroup;
import org.raschet.tariffs.schedule.Rates;
import org.raschet.tariffs.schedule.TariffSchedule;
import org.raschet.tariffs.support.Evaluator;
import org.threeten.extra.LocalDateRange;

/** Zoned tariffs (442; regional decisions; LEGAL §2) and meters whose registers differ from the tariff's zones. */
class ZoneMappingTest {
    static final LocalDateRange JULY = days("2026-07-01", "2026-08-01");
    static final TariffSchedule TWO = TariffSchedule.from("el-2z", Resource.ELECTRICITY, ConsumerGroup.URBAN,
            RegisterSet.TWO_ZONE, d("2026-01-01"),
            Rates.zoned(Map.of(Register.DAY, rub("6.50"), Register.NIGHT, rub("3.20"))));
    static final TariffSchedule THREE = TariffSchedule.from("el-3z", Resource.ELECTRICITY, ConsumerGroup.URBAN,
            RegisterSet.THREE_ZONE, d("2026-01-01"), Rates.zoned(Map.of(Register.PEAK, rub("7.00"),
                    Register.SEMI_PEAK, rub("5.50"), Register.NIGHT, rub("3.20"))));

    @Test
    void a_single_register_meter_under_a_two_zone_tariff_is_shared_by_zone_hours_by_default() {
        // policy zone.share.zone-hours: 240 kWh → day round(240 × 16/24, 6) = 160, night 80;
        // 160 × 6.50 = 1040.00; 80 × 3.20 = 256.00
        ProtocolRecorder protocol = new ProtocolRecorder();
        PricingResult r = Pricing.consumption(ConsumptionRequest.of(ACCOUNT, TWO,
                DailyConsumption.single(evenly(JULY, "240"))), protocol);
        assertEquals(2, r.lines().size());
        assertEquals(kwh("160"), r.lines().get(0).line().quantity());
        assertEquals(Register.DAY, r.lines().get(0).line().register());
        assertEquals(104000, r.lines().get(0).amountMinor());
        assertEquals(kwh("80"), r.lines().get(1).line().quantity());
        assertEquals(25600, r.lines().get(1).amountMinor());
        List<ProtocolStep> steps = Evaluator.checkAll(protocol.entries());
        List<ProtocolStep> shares = steps.stream().filter(s -> s.formula() == Formulas.ZONE_SHARE).toList();
        assertEquals(2, shares.size());
        assertTrue(shares.get(0).notes().stream().anyMatch(n -> n.id().equals("policy:zone.share.zone-hours")));
    }

    @Test
    void zone_shares_from_the_account_history() {
        // history: day 300 kWh, night 100 kWh → 240 kWh: day round(240 × 300/400) = 180, night 60
        ZoneSharePolicy history = ZoneSharePolicy.history(Map.of(Register.DAY, kwh("300"), Register.NIGHT, kwh("100")));
        ProtocolRecorder protocol = new ProtocolRecorder();
        PricingResult r = Pricing.consumption(ConsumptionRequest.of(ACCOUNT, TWO,
                DailyConsumption.single(evenly(JULY, "240"))).withPolicies(
                PricingPolicies.DEFAULT.withZoneShares(history)), protocol);
        assertEquals(kwh("180"), r.lines().get(0).line().quantity());
        assertEquals(kwh("60"), r.lines().get(1).line().quantity());
        List<ProtocolStep> steps = Evaluator.checkAll(protocol.entries());
        assertTrue(steps.stream().anyMatch(s -> s.notes().stream()
                .anyMatch(n -> n.id().equals("policy:zone.share.history"))));
    }

    @Test
    void a_history_without_the_zone_is_a_missing_policy_input() {
        ZoneSharePolicy history = ZoneSharePolicy.history(Map.of(Register.DAY, kwh("300")));
        MissingPolicyInputException e = assertThrows(MissingPolicyInputException.class, () -> Pricing.consumption(
                ConsumptionRequest.of(ACCOUNT, TWO, DailyConsumption.single(evenly(JULY, "240")))
                        .withPolicies(PricingPolicies.DEFAULT.withZoneShares(history)), ProtocolSink.NONE));
        assertTrue(e.getMessage().contains("T2"), e.getMessage());
    }

    @Test
    void a_three_zone_meter_under_a_two_zone_tariff_sums_peak_and_semi_peak_into_day() {
        ProtocolRecorder protocol = new ProtocolRecorder();
        PricingResult r = Pricing.consumption(ConsumptionRequest.of(ACCOUNT, TWO, DailyConsumption.of(Map.of(
                Register.PEAK, evenly(JULY, "50"), Register.SEMI_PEAK, evenly(JULY, "70"),
                Register.NIGHT, evenly(JULY, "40")))), protocol);
        // day = 50 + 70 = 120 × 6.50 = 780.00; night 40 × 3.20 = 128.00
        assertEquals(kwh("120"), r.lines().get(0).line().quantity());
        assertEquals(kwh("40"), r.lines().get(1).line().quantity());
        assertEquals(90800, r.totalMinor());
        List<ProtocolStep> steps = Evaluator.checkAll(protocol.entries());
        assertEquals(1, steps.stream().filter(s -> s.formula() == Formulas.ZONE_SUM).count());
    }

    @Test
    void a_two_zone_meter_under_a_single_rate_tariff_is_summed() {
        PricingResult r = Pricing.consumption(ConsumptionRequest.of(ACCOUNT,
                org.raschet.tariffs.support.Fixtures.single("5.67"), DailyConsumption.of(Map.of(
                        Register.DAY, evenly(JULY, "180"), Register.NIGHT, evenly(JULY, "60")))), ProtocolSink.NONE);
        assertEquals(1, r.lines().size());
        assertEquals(Register.TOTAL, r.lines().get(0).line().register());
        assertEquals(kwh("240"), r.lines().get(0).line().quantity());
        assertEquals(136080, r.totalMinor());
    }

    @Test
    void a_two_zone_meter_under_a_three_zone_tariff_shares_the_day_into_peak_and_semi_peak() {
        // day 160 → peak round(160 × 7/16) = 70, semi-peak 90; night 80 stays night
        // 70 × 7.00 = 490.00; 90 × 5.50 = 495.00; 80 × 3.20 = 256.00
        ProtocolRecorder protocol = new ProtocolRecorder();
        PricingResult r = Pricing.consumption(ConsumptionRequest.of(ACCOUNT, THREE, DailyConsumption.of(Map.of(
                Register.DAY, evenly(JULY, "160"), Register.NIGHT, evenly(JULY, "80")))), protocol);
        assertEquals(3, r.lines().size());
        assertEquals(kwh("70"), r.lines().get(0).line().quantity());
        assertEquals(Register.PEAK, r.lines().get(0).line().register());
        assertEquals(kwh("90"), r.lines().get(1).line().quantity());
        assertEquals(kwh("80"), r.lines().get(2).line().quantity());
        assertEquals(124100, r.totalMinor());
        Evaluator.checkAll(protocol.entries());
    }
}
