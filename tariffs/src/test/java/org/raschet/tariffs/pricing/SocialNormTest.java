package org.raschet.tariffs.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raschet.tariffs.support.Fixtures.d;
import static org.raschet.tariffs.support.Fixtures.days;
import static org.raschet.tariffs.support.Fixtures.evenly;
import static org.raschet.tariffs.support.Fixtures.kwh;
import static org.raschet.tariffs.support.Fixtures.rub;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.raschet.core.account.Premise;
import org.raschet.core.meter.Register;
import org.raschet.core.meter.RegisterSet;
import org.raschet.core.protocol.Formulas;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.core.quantity.Resource;
import org.raschet.tariffs.schedule.ConsumerGroup;
import org.raschet.tariffs.schedule.NormBasis;
import org.raschet.tariffs.schedule.NormKind;
import org.raschet.tariffs.schedule.NormRule;
import org.raschet.tariffs.schedule.NormSchedule;
import org.raschet.tariffs.schedule.Rates;
import org.raschet.tariffs.schedule.TariffPeriod;
import org.raschet.tariffs.schedule.TariffSchedule;
import org.raschet.tariffs.support.Evaluator;

/**
 * Social-norm blocks (Decree No. 614 of 22.07.2013; LEGAL §10): within the norm one price, above it another; the norm
 * is prorated by days in partial months and at price changes; a zoned meter shares it among zones by policy.
 */
class SocialNormTest {
    static final LocalDate FROM = d("2026-01-01");

    static final TariffSchedule TWO_ZONE = TariffSchedule.from("el-urban-2z", Resource.ELECTRICITY,
            ConsumerGroup.URBAN, RegisterSet.TWO_ZONE, FROM,
            Rates.socialNorm(Map.of(Register.DAY, rub("5.00"), Register.NIGHT, rub("2.50")),
                    Map.of(Register.DAY, rub("7.00"), Register.NIGHT, rub("3.50"))));

    static final NormSchedule NORM_75_PER_RESIDENT = NormSchedule.from("sn-urban", NormKind.SOCIAL_NORM,
            Resource.ELECTRICITY, ConsumerGroup.URBAN, FROM, NormRule.flat(NormBasis.PER_RESIDENT, kwh("75")));

    static Premise premise(int residents, String from) {
        return Premise.residential("A-1", "H-1", "54.3", residents, d(from), "urban");
    }

    @Test
    void two_zone_meter_with_a_social_norm_shares_the_norm_in_proportion_to_zone_volumes() {
        // July: day 180 kWh, night 60 kWh; 2 residents × 75 kWh = norm 150 kWh (Decree 614)
        DailyConsumption c = DailyConsumption.of(Map.of(
                Register.DAY, evenly(days("2026-07-01", "2026-08-01"), "180"),
                Register.NIGHT, evenly(days("2026-07-01", "2026-08-01"), "60")));
        ProtocolRecorder protocol = new ProtocolRecorder();
        PricingResult r = Pricing.consumption(ConsumptionRequest.of(premise(2, "2020-01-01"), TWO_ZONE,
                List.of(NORM_75_PER_RESIDENT), c), protocol);
        // V = 240; within = min(240, 150) = 150; above = 90.
        // within: day round(150 × 180 / 240) = 112.5, night 37.5; above: day 67.5, night 22.5
        // money: 112.5 × 5.00 = 562.50; 67.5 × 7.00 = 472.50; 37.5 × 2.50 = 93.75; 22.5 × 3.50 = 78.75
        assertEquals(4, r.lines().size());
        assertPriced(r.lines().get(0), Register.DAY, 0, "112.5", "5.00", 56250);
        assertPriced(r.lines().get(1), Register.DAY, 1, "67.5", "7.00", 47250);
        assertPriced(r.lines().get(2), Register.NIGHT, 0, "37.5", "2.50", 9375);
        assertPriced(r.lines().get(3), Register.NIGHT, 1, "22.5", "3.50", 7875);
        assertEquals(120750, r.totalMinor());
        assertTrue(r.lines().get(0).isWithinNorm());

        List<ProtocolStep> steps = Evaluator.checkAll(protocol.entries());
        assertEquals(1, steps.stream().filter(s -> s.formula() == Formulas.NORM_PER_RESIDENT).count());
        assertEquals(1, steps.stream().filter(s -> s.formula() == Formulas.BLOCK_FIRST).count());
        assertEquals(1, steps.stream().filter(s -> s.formula() == Formulas.BLOCK_LAST).count());
        assertEquals(4, steps.stream().filter(s -> s.formula() == Formulas.BLOCK_ZONE_SHARE).count());
        assertEquals(4, steps.stream().filter(s -> s.formula() == Formulas.CHARGE_BY_BLOCK).count());
        assertTrue(steps.stream().anyMatch(s -> s.notes().stream()
                .anyMatch(n -> n.id().equals("policy:norm.zone-split.proportional"))));
    }

    @Test
    void zones_in_order_give_the_norm_to_the_day_zone_first() {
        DailyConsumption c = DailyConsumption.of(Map.of(
                Register.DAY, evenly(days("2026-07-01", "2026-08-01"), "180"),
                Register.NIGHT, evenly(days("2026-07-01", "2026-08-01"), "60")));
        ProtocolRecorder protocol = new ProtocolRecorder();
        PricingResult r = Pricing.consumption(ConsumptionRequest.of(premise(2, "2020-01-01"), TWO_ZONE,
                List.of(NORM_75_PER_RESIDENT), c).withPolicies(PricingPolicies.DEFAULT.withNormZoneSplit(
                NormZoneSplit.IN_ZONE_ORDER)), protocol);
        // within 150 all in the day zone; above: day 30, night 60; night within is zero and not issued
        assertEquals(3, r.lines().size());
        assertPriced(r.lines().get(0), Register.DAY, 0, "150", "5.00", 75000);
        assertPriced(r.lines().get(1), Register.DAY, 1, "30", "7.00", 21000);
        assertPriced(r.lines().get(2), Register.NIGHT, 1, "60", "3.50", 21000);
        Evaluator.checkAll(protocol.entries());
    }

    @Test
    void a_partial_month_after_a_move_in_prorates_the_norm_by_days() {
        // Decree 614, LEGAL §10 (partial months pro rata by days): 2 residents from 15 July, 17 days of 31:
        // L = 2 × (round(75 × 31/31, 6) − round(75 × 14/31, 6)) = 2 × (75 − 33.870968) = 82.258064 kWh
        TariffSchedule single = TariffSchedule.from("el-urban-sn", Resource.ELECTRICITY, ConsumerGroup.URBAN,
                RegisterSet.SINGLE, FROM, Rates.socialNorm(rub("5.00"), rub("7.00")));
        DailyConsumption c = DailyConsumption.single(evenly(days("2026-07-15", "2026-08-01"), "170"));
        ProtocolRecorder protocol = new ProtocolRecorder();
        PricingResult r = Pricing.consumption(ConsumptionRequest.of(premise(2, "2026-07-15"), single,
                List.of(NORM_75_PER_RESIDENT), c), protocol);
        // within 82.258064 × 5.00 = 411.29032 → 411.29; above 87.741936 × 7.00 = 614.193552 → 614.19
        assertEquals(2, r.lines().size());
        assertPriced(r.lines().get(0), Register.TOTAL, 0, "82.258064", "5.00", 41129);
        assertPriced(r.lines().get(1), Register.TOTAL, 1, "87.741936", "7.00", 61419);
        Evaluator.checkAll(protocol.entries());
    }

    @Test
    void a_price_change_inside_the_month_prorates_the_norm_to_each_part() {
        // per-premise norm 155 kWh/month; March 310 kWh (10/day); the prices change on 15 March:
        // part 1 (14 days): L = round(155 × 14/31, 6) = 70; part 2: L = 155 − 70 = 85
        NormSchedule perPremise = NormSchedule.from("sn-p", NormKind.SOCIAL_NORM, Resource.ELECTRICITY,
                ConsumerGroup.URBAN, FROM, NormRule.flat(NormBasis.PER_PREMISE, kwh("155")));
        TariffSchedule t = new TariffSchedule("el-sn", Resource.ELECTRICITY, ConsumerGroup.URBAN, RegisterSet.SINGLE,
                List.of(TariffPeriod.of(FROM, d("2026-03-15"), Rates.socialNorm(rub("4.00"), rub("6.00"))),
                        TariffPeriod.from(d("2026-03-15"), Rates.socialNorm(rub("5.00"), rub("7.00")))));
        DailyConsumption c = DailyConsumption.single(evenly(days("2026-03-01", "2026-04-01"), "310"));
        PricingResult r = Pricing.consumption(ConsumptionRequest.of(premise(1, "2020-01-01"), t,
                List.of(perPremise), c), ProtocolSink.NONE);
        assertEquals(4, r.lines().size());
        assertPriced(r.lines().get(0), Register.TOTAL, 0, "70", "4.00", 28000);
        assertPriced(r.lines().get(1), Register.TOTAL, 1, "70", "6.00", 42000);
        assertPriced(r.lines().get(2), Register.TOTAL, 0, "85", "5.00", 42500);
        assertPriced(r.lines().get(3), Register.TOTAL, 1, "85", "7.00", 59500);
        assertEquals(days("2026-03-15", "2026-04-01"), r.lines().get(2).line().span());
    }

    @Test
    void volume_bands_price_three_blocks() {
        // regional bands (check): up to 3900 kWh, 3900–6000, above 6000 per month; 7000 kWh in April
        NormSchedule band1 = NormSchedule.from("band-1", NormKind.VOLUME_BAND, Resource.ELECTRICITY,
                ConsumerGroup.URBAN, FROM, NormRule.flat(NormBasis.PER_PREMISE, kwh("3900")));
        NormSchedule band2 = NormSchedule.from("band-2", NormKind.VOLUME_BAND, Resource.ELECTRICITY,
                ConsumerGroup.URBAN, FROM, NormRule.flat(NormBasis.PER_PREMISE, kwh("6000")));
        TariffSchedule t = TariffSchedule.from("el-bands", Resource.ELECTRICITY, ConsumerGroup.URBAN,
                RegisterSet.SINGLE, FROM, new Rates(List.of(Map.of(Register.TOTAL, rub("5.00")),
                        Map.of(Register.TOTAL, rub("8.00")), Map.of(Register.TOTAL, rub("10.00")))));
        DailyConsumption c = DailyConsumption.single(evenly(days("2026-04-01", "2026-05-01"), "7000"));
        ProtocolRecorder protocol = new ProtocolRecorder();
        PricingResult r = Pricing.consumption(ConsumptionRequest.of(premise(1, "2020-01-01"), t,
                List.of(band1, band2), c), protocol);
        // 3900 × 5 = 19500; 2100 × 8 = 16800; 1000 × 10 = 10000
        assertEquals(3, r.lines().size());
        assertPriced(r.lines().get(0), Register.TOTAL, 0, "3900", "5.00", 1950000);
        assertPriced(r.lines().get(1), Register.TOTAL, 1, "2100", "8.00", 1680000);
        assertPriced(r.lines().get(2), Register.TOTAL, 2, "1000", "10.00", 1000000);
        List<ProtocolStep> steps = Evaluator.checkAll(protocol.entries());
        assertEquals(1, steps.stream().filter(s -> s.formula() == Formulas.BLOCK_MIDDLE).count());
    }

    static void assertPriced(PricedLine p, Register register, int block, String kwh, String price, long kopecks) {
        assertEquals(register, p.line().register());
        assertEquals(block, p.block());
        assertEquals(kwh(kwh), p.line().quantity());
        assertEquals(rub(price), p.line().price());
        assertEquals(kopecks, p.amountMinor());
        assertEquals(YearMonth.from(p.line().span().getStart()), p.line().period());
    }
}
