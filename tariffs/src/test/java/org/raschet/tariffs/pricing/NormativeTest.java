package org.raschet.tariffs.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raschet.tariffs.support.Fixtures.d;
import static org.raschet.tariffs.support.Fixtures.days;
import static org.raschet.tariffs.support.Fixtures.kwh;
import static org.raschet.tariffs.support.Fixtures.rub;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.raschet.core.account.AccountId;
import org.raschet.core.account.HouseId;
import org.raschet.core.account.Premise;
import org.raschet.core.ledger.ChargeKind;
import org.raschet.core.protocol.Formulas;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.core.quantity.Area;
import org.raschet.core.quantity.Resource;
import org.raschet.core.time.Timeline;
import org.raschet.tariffs.schedule.Coefficient;
import org.raschet.tariffs.schedule.ConsumerGroup;
import org.raschet.tariffs.schedule.NormBasis;
import org.raschet.tariffs.schedule.NormKind;
import org.raschet.tariffs.schedule.NormRule;
import org.raschet.tariffs.schedule.NormSchedule;
import org.raschet.tariffs.schedule.TariffSchedule;
import org.raschet.tariffs.support.Evaluator;
import org.raschet.tariffs.support.Fixtures;

/** Normative consumption (354 p.42, App. 2, formula 4: P = n × N × K × T; LEGAL §5). */
class NormativeTest {
    static final NormSchedule NORMATIVE_100 = NormSchedule.from("n-1room", NormKind.NORMATIVE, Resource.ELECTRICITY,
            ConsumerGroup.URBAN, d("2026-01-01"), NormRule.flat(NormBasis.PER_RESIDENT, kwh("100")));
    static final TariffSchedule TARIFF = Fixtures.single("5.67");

    @Test
    void normative_premise_with_the_increasing_coefficient_multiplies_the_money_not_the_kwh() {
        // 354 App. 2, formula 4: 3 residents × 100 kWh × K 1.5 × 5.67 ₽/kWh = round(2551.5, 2) = 2551.50 ₽;
        // the volume stays 3 × 100 = 300 kWh (LEGAL §5)
        Premise p = Premise.residential("A-1", "H-1", "54.3", 3, d("2020-01-01"), "urban");
        ProtocolRecorder protocol = new ProtocolRecorder();
        PricingResult r = Pricing.normative(NormativeRequest.of(p, TARIFF, NORMATIVE_100,
                days("2026-07-01", "2026-08-01"), NormativeReason.NO_METER), protocol);
        assertEquals(1, r.lines().size());
        PricedLine line = r.lines().get(0);
        assertEquals(kwh("300"), line.line().quantity());
        assertEquals(255150, line.amountMinor());
        assertEquals(Coefficient.of("1.5"), line.coefficient());
        assertEquals(ChargeKind.NORMATIVE, line.line().kind());
        assertEquals(PricingBasis.NORMATIVE_INCREASED, line.basis().orElseThrow());
        List<ProtocolStep> steps = Evaluator.checkAll(protocol.entries());
        ProtocolStep charge = steps.stream().filter(s -> s.formula() == Formulas.CHARGE_BY_NORMATIVE_INCREASED)
                .findFirst().orElseThrow();
        assertEquals("2551.50", charge.result().value().toPlainString());
        // the reason and the coefficient policy are named
        assertTrue(charge.notes().stream().anyMatch(n -> n.id().equals("normative.reason.no-meter")));
        assertTrue(charge.notes().stream().anyMatch(n -> n.id().startsWith("policy:coefficient")));
        assertTrue(steps.stream().anyMatch(s -> s.formula() == Formulas.NORMATIVE_VOLUME
                && s.result().value().compareTo(new java.math.BigDecimal("300")) == 0));
    }

    @Test
    void two_refused_accesses_price_the_normative_at_the_p60_3_coefficient_not_formula_4s_354_p60_3() {
        // 354 p.60(3), LEGAL §3: 3 × 100 kWh × 1.5 × 5.67 = 2551.50 ₽ — the 1.5 is p.60(3)'s own, so the line's
        // basis is NORMATIVE_REFUSAL and its formula cites p.60(3), not the formula-4 increasing coefficient
        Premise p = Premise.residential("A-1", "H-1", "54.3", 3, d("2020-01-01"), "urban");
        ProtocolRecorder protocol = new ProtocolRecorder();
        PricingResult r = Pricing.normative(NormativeRequest.of(p, TARIFF, NORMATIVE_100,
                days("2026-07-01", "2026-08-01"), NormativeReason.TWO_REFUSALS), protocol);
        PricedLine line = r.lines().get(0);
        assertEquals(255150, line.amountMinor());
        assertEquals(PricingBasis.NORMATIVE_REFUSAL, line.basis().orElseThrow());
        List<ProtocolStep> steps = Evaluator.checkAll(protocol.entries());
        ProtocolStep charge = steps.stream().filter(s -> s.formula() == Formulas.CHARGE_BY_NORMATIVE_REFUSAL)
                .findFirst().orElseThrow();
        assertEquals("2551.50", charge.result().value().toPlainString());
        assertTrue(charge.notes().stream().noneMatch(n -> n.id().startsWith("policy:coefficient")));
    }

    @Test
    void no_coefficient_where_a_meter_cannot_be_installed() {
        Premise p = Premise.residential("A-1", "H-1", "54.3", 3, d("2020-01-01"), "urban");
        PricingResult r = Pricing.normative(NormativeRequest.of(p, TARIFF, NORMATIVE_100,
                days("2026-07-01", "2026-08-01"), NormativeReason.METER_IMPOSSIBLE), ProtocolSink.NONE);
        // 300 × 5.67 = 1701.00
        assertEquals(170100, r.totalMinor());
        assertTrue(r.lines().get(0).coefficient().isOne());
    }

    @Test
    void a_partial_month_after_a_move_in_gets_its_days_share_of_the_normative() {
        // 2 residents move in on 15 July: days 15…31 of 31; LEGAL §5 and DESIGN (a partial month gets its days' share):
        // V = 2 × (round(100 × 31/31, 6) − round(100 × 14/31, 6)) = 2 × (100 − 45.161290) = 109.677420 kWh
        // P = round(109.677420 × 1.5 × 5.67, 2) = round(932.8064571, 2) = 932.81 ₽
        Premise p = Premise.residential("A-1", "H-1", "54.3", 2, d("2026-07-15"), "urban");
        ProtocolRecorder protocol = new ProtocolRecorder();
        PricingResult r = Pricing.normative(NormativeRequest.of(p, TARIFF, NORMATIVE_100,
                days("2026-07-15", "2026-08-01"), NormativeReason.NO_METER), protocol);
        assertEquals(1, r.lines().size());
        assertEquals(kwh("109.677420"), r.lines().get(0).line().quantity());
        assertEquals(93281, r.totalMinor());
        Evaluator.checkAll(protocol.entries());
    }

    @Test
    void a_move_in_inside_the_month_splits_the_line_at_the_change_of_residents() {
        // 1 resident from 1 July, 3 from 11 July: V1 = 1 × round(100 × 10/31, 6) = 32.258065;
        // V2 = 3 × (100 − 32.258065) = 203.225805; the full month with constant n would give exactly n × 100
        Premise p = new Premise(AccountId.of("A-1"), HouseId.of("H-1"), Area.of("40"), true,
                Timeline.of(Map.of(d("2020-01-01"), 1, LocalDate.parse("2026-07-11"), 3)), "urban");
        PricingResult r = Pricing.normative(NormativeRequest.of(p, TARIFF, NORMATIVE_100,
                days("2026-07-01", "2026-08-01"), NormativeReason.METER_IMPOSSIBLE), ProtocolSink.NONE);
        assertEquals(2, r.lines().size());
        assertEquals(kwh("32.258065"), r.lines().get(0).line().quantity());
        assertEquals(kwh("203.225805"), r.lines().get(1).line().quantity());
        assertEquals(days("2026-07-11", "2026-08-01"), r.lines().get(1).line().span());
        // 32.258065 × 5.67 = 182.90 (182.8982...); 203.225805 × 5.67 = 1152.29 (1152.2903...)
        assertEquals(18290, r.lines().get(0).amountMinor());
        assertEquals(115229, r.lines().get(1).amountMinor());
    }

    @Test
    void normative_days_reported_by_the_per_day_engine_are_priced_with_the_coefficient() {
        // the per-day engine reports June metered and July by the normative with K (354 p.60, case a)
        DailyConsumption c = DailyConsumption.single(Fixtures.evenly(days("2026-06-01", "2026-08-01"), "610"))
                .withBasis(List.of(new PricingBasisRun(days("2026-06-01", "2026-07-01"), PricingBasis.METERED),
                        new PricingBasisRun(days("2026-07-01", "2026-08-01"), PricingBasis.NORMATIVE_INCREASED)));
        PricingResult r = Pricing.consumption(ConsumptionRequest.of(Fixtures.ACCOUNT, TARIFF, c), ProtocolSink.NONE);
        // 610 kWh over 61 days = 10/day: June 300 × 5.67 = 1701.00; July 310 × 1.5 × 5.67 = 2636.55
        assertEquals(2, r.lines().size());
        assertEquals(ChargeKind.CONSUMPTION, r.lines().get(0).line().kind());
        assertEquals(170100, r.lines().get(0).amountMinor());
        assertEquals(ChargeKind.NORMATIVE, r.lines().get(1).line().kind());
        assertEquals(263655, r.lines().get(1).amountMinor());
        assertEquals(rub("5.67"), r.lines().get(1).line().price());
    }
}
