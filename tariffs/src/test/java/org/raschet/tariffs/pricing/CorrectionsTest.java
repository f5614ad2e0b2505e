package org.raschet.tariffs.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raschet.tariffs.support.Fixtures.ACCOUNT;
import static org.raschet.tariffs.support.Fixtures.d;
import static org.raschet.tariffs.support.Fixtures.days;
import static org.raschet.tariffs.support.Fixtures.evenly;
import static org.raschet.tariffs.support.Fixtures.kwh;
import static org.raschet.tariffs.support.Fixtures.rub;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.raschet.core.ledger.ChargeKind;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.protocol.Formulas;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.tariffs.schedule.TariffSchedule;
import org.raschet.tariffs.support.Evaluator;
import org.raschet.tariffs.support.Fixtures;

/** Corrections at the prices of the days they correct (LEGAL §4, way A; DESIGN principle 4). */
class CorrectionsTest {
    static final TariffSchedule TARIFF = Fixtures.singleChange("5.67", d("2026-07-01"), "6.12");

    @Test
    void a_forecast_month_is_corrected_at_its_old_price_after_a_price_change() {
        // June billed by the average (354 p.59): 300 kWh × 5.67 = 1701.00, issued in June.
        DailyConsumption forecast = DailyConsumption.single(evenly(days("2026-06-01", "2026-07-01"), "300"))
                .withBasis(List.of(new PricingBasisRun(days("2026-06-01", "2026-07-01"), PricingBasis.FORECAST)));
        PricingResult billed = Pricing.consumption(ConsumptionRequest.of(ACCOUNT, TARIFF, forecast),
                ProtocolSink.NONE);
        assertEquals(170100, billed.totalMinor());
        // In August real readings show June = 330 kWh; the price is 6.12 since 1 July, but June is re-billed at June's
        // 5.67: 330 × 5.67 = 1871.10; the correction is +30 kWh, 1871.10 − 1701.00 = +170.10 at 5.67.
        DailyConsumption actual = DailyConsumption.single(evenly(days("2026-06-01", "2026-07-01"), "330"));
        PricingResult fresh = Pricing.consumption(ConsumptionRequest.of(ACCOUNT, TARIFF, actual), ProtocolSink.NONE);
        ProtocolRecorder protocol = new ProtocolRecorder();
        PricingResult corrections = Corrections.recalculate(billed.chargeLines(), fresh, YearMonth.parse("2026-08"),
                protocol);
        assertEquals(1, corrections.lines().size());
        ChargeLine c = corrections.chargeLines().get(0);
        assertEquals(ChargeKind.CORRECTION, c.kind());
        assertEquals(YearMonth.parse("2026-06"), c.period());
        assertEquals(YearMonth.parse("2026-08"), c.issuedIn());
        assertEquals(kwh("30"), c.quantity());
        assertEquals(rub("5.67"), c.price());
        assertEquals(17010, c.amountMinor());
        List<ProtocolStep> steps = Evaluator.checkAll(protocol.entries());
        assertEquals(1, steps.stream().filter(s -> s.formula() == Formulas.RECALCULATION_AMOUNT).count());
        assertEquals(1, steps.stream().filter(s -> s.formula() == Formulas.RECALCULATION_VOLUME).count());

        // recalculating again with the same inputs yields nothing (DESIGN principle 4)
        List<ChargeLine> all = new ArrayList<>(billed.chargeLines());
        all.addAll(corrections.chargeLines());
        assertTrue(Corrections.recalculate(all, fresh, YearMonth.parse("2026-09"), ProtocolSink.NONE).lines()
                .isEmpty());
    }

    @Test
    void lines_with_other_days_are_reversed_and_replaced() {
        // billed: June by forecast 300 kWh in one line; fresh: 1–14 June forecast 140, 15–30 June metered 200
        DailyConsumption forecast = DailyConsumption.single(evenly(days("2026-06-01", "2026-07-01"), "300"))
                .withBasis(List.of(new PricingBasisRun(days("2026-06-01", "2026-07-01"), PricingBasis.FORECAST)));
        PricingResult billed = Pricing.consumption(ConsumptionRequest.of(ACCOUNT, TARIFF, forecast),
                ProtocolSink.NONE);
        long[] days = new long[30];
        for (int i = 0; i < 30; i++) {
            days[i] = i < 14 ? 10_000_000L : 12_500_000L;
        }
        DailyConsumption mixed = DailyConsumption.single(Fixtures.series(d("2026-06-01"), days))
                .withBasis(List.of(new PricingBasisRun(days("2026-06-01", "2026-06-15"), PricingBasis.FORECAST),
                        new PricingBasisRun(days("2026-06-15", "2026-07-01"), PricingBasis.METERED)));
        PricingResult fresh = Pricing.consumption(ConsumptionRequest.of(ACCOUNT, TARIFF, mixed), ProtocolSink.NONE);
        PricingResult corrections = Corrections.recalculate(billed.chargeLines(), fresh, YearMonth.parse("2026-08"),
                ProtocolSink.NONE);
        // −300 kWh −1701.00; +140 kWh +793.80; +200 kWh +1134.00 → net +40 kWh, +226.80
        assertEquals(3, corrections.lines().size());
        assertEquals(22680, corrections.totalMinor());
        assertEquals(40_000_000L, corrections.totalMicros());
        assertEquals(fresh.totalMinor(), billed.totalMinor() + corrections.totalMinor());
    }

    @Test
    void a_period_volume_correction_is_priced_at_the_prices_of_its_own_days() {
        // the per-day engine reports June +30 kWh (known now 330, billed 300), found in August after the 1 July
        // price change: priced at June's 5.67, 30 × 5.67 = 170.10 — the same as re-billing June
        ProtocolRecorder protocol = new ProtocolRecorder();
        PricingResult r = Corrections.priceVolume(new VolumeCorrectionRequest(ACCOUNT, TARIFF, YearMonth.parse("2026-06"),
                org.raschet.core.meter.Register.TOTAL, kwh("30"), false, evenly(days("2026-06-01", "2026-07-01"), "330"),
                YearMonth.parse("2026-08"), PricingPolicies.DEFAULT), protocol);
        assertEquals(1, r.lines().size());
        ChargeLine c = r.chargeLines().get(0);
        assertEquals(ChargeKind.CORRECTION, c.kind());
        assertEquals(YearMonth.parse("2026-06"), c.period());
        assertEquals(YearMonth.parse("2026-08"), c.issuedIn());
        assertEquals(rub("5.67"), c.price());
        assertEquals(17010, c.amountMinor());
        List<ProtocolStep> steps = Evaluator.checkAll(protocol.entries());
        assertEquals(1, steps.stream().filter(s -> s.formula() == Formulas.RECALCULATION_DAYS_SHARE).count());
    }

    @Test
    void a_period_volume_correction_spans_a_price_change_inside_the_period_by_the_days_weights() {
        // March −31 kWh with equal weights; the price changes on 15 March from 5.00 to 6.00:
        // 1–14 March: round(−31 × 14/31, 6) = −14 → −70.00; 15–31 March: −17 → −102.00
        TariffSchedule mid = Fixtures.singleChange("5.00", d("2026-03-15"), "6.00");
        PricingResult r = Corrections.priceVolume(new VolumeCorrectionRequest(ACCOUNT, mid, YearMonth.parse("2026-03"),
                org.raschet.core.meter.Register.TOTAL, kwh("-31"), false,
                Fixtures.series(d("2026-03-01"), new long[31]), YearMonth.parse("2026-05"), PricingPolicies.DEFAULT),
                ProtocolSink.NONE);
        assertEquals(2, r.lines().size());
        assertEquals(kwh("-14"), r.chargeLines().get(0).quantity());
        assertEquals(-7000, r.chargeLines().get(0).amountMinor());
        assertEquals(kwh("-17"), r.chargeLines().get(1).quantity());
        assertEquals(-10200, r.chargeLines().get(1).amountMinor());
    }

    @Test
    void a_normative_volume_correction_with_the_coefficient() {
        // +10 kWh of a normative volume priced with K = 1.5 (354 App. 2, formula 4): 10 × 1.5 × 5.67 = 85.05
        PricingResult r = Corrections.priceVolume(new VolumeCorrectionRequest(ACCOUNT, TARIFF, YearMonth.parse("2026-06"),
                org.raschet.core.meter.Register.TOTAL, kwh("10"), true, evenly(days("2026-06-01", "2026-07-01"), "0"),
                YearMonth.parse("2026-08"), PricingPolicies.DEFAULT), ProtocolSink.NONE);
        assertEquals(8505, r.totalMinor());
    }
}
