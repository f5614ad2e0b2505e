package org.raschet.tariffs.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raschet.tariffs.support.Fixtures.d;
import static org.raschet.tariffs.support.Fixtures.kwh;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raschet.core.account.AccountId;
import org.raschet.core.account.Premise;
import org.raschet.core.consumption.BilledVolume;
import org.raschet.core.consumption.CoefficientClass;
import org.raschet.core.consumption.ConsumptionPolicies;
import org.raschet.core.consumption.DayBasis;
import org.raschet.core.consumption.PerDayConsumption;
import org.raschet.core.consumption.Recalculation;
import org.raschet.core.consumption.RecalculationMode;
import org.raschet.core.consumption.ServiceConsumption;
import org.raschet.core.consumption.ServiceInputs;
import org.raschet.core.consumption.VolumeCorrection;
import org.raschet.core.ledger.ChargeKind;
import org.raschet.core.meter.Meter;
import org.raschet.core.meter.MeterEvent;
import org.raschet.core.meter.Reading;
import org.raschet.core.meter.ReadingSource;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.Formulas;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.protocol.TextRenderer;
import org.raschet.core.quantity.Resource;
import org.raschet.core.time.Timeline;
import org.raschet.tariffs.schedule.Coefficient;
import org.raschet.tariffs.schedule.IncreasingCoefficient;
import org.raschet.tariffs.schedule.TariffSchedule;
import org.raschet.tariffs.support.Evaluator;
import org.raschet.tariffs.support.Fixtures;
import org.threeten.extra.LocalDateRange;

/**
 * How the per-day engine's day bases are priced: the days of 354 p.60(3) with their own coefficient 1.5, and the
 * days of several metering points with different bases (readings and the average) as a forecast, never as the
 * normative.
 */
class PerDayBasisMappingTest {
    static final AccountId ACCOUNT = AccountId.of("600-077");
    static final TariffSchedule TARIFF = Fixtures.single("5.00");
    static final LocalDateRange APRIL = LocalDateRange.of(d("2026-04-01"), d("2026-05-01"));

    static Reading reading(Meter m, String date, String value) {
        return Reading.of(m.id(), Register.TOTAL, LocalDate.parse(date), kwh(value), ReadingSource.CONSUMER_WEB);
    }

    /** Monthly readings at the ends of July 2025 – February 2026, {@code step} kWh a month from 0 on 30.06.2025. */
    static List<Reading> history(Meter m, int step, int months) {
        List<Reading> rs = new ArrayList<>(List.of(reading(m, "2025-06-30", "0")));
        YearMonth ym = YearMonth.of(2025, 7);
        for (int i = 1; i <= months; i++, ym = ym.plusMonths(1)) {
            rs.add(reading(m, ym.atEndOfMonth().toString(), Integer.toString(step * i)));
        }
        return rs;
    }

    /** Flat of 2 residents, normative 80 kWh a resident; refused access for a check on 12.03 and 17.04.2026. */
    static ServiceInputs refusedTwice() {
        Meter m = Meter.single("E-7001", "600-077", Resource.ELECTRICITY, 6, d("2025-06-30"))
                .withEvent(new MeterEvent(d("2026-03-12"), MeterEvent.Kind.ACCESS_REFUSED, Optional.of("АН-12")))
                .withEvent(new MeterEvent(d("2026-04-17"), MeterEvent.Kind.ACCESS_REFUSED, Optional.of("АН-19")));
        Premise p = Premise.residential("600-077", "H-6", "52.4", 2, d("2020-02-01"), "urban");
        return ServiceInputs.of(ACCOUNT, Resource.ELECTRICITY, List.of(m), history(m, 150, 8))
                .withNormative(p, Timeline.from(d("2025-07-01"), kwh("80")));
    }

    @Test
    void days_of_repeated_refusal_are_priced_with_the_coefficient_1_5_of_354_p60_3() {
        // 354 p.60(3), LEGAL §3: from 01.04.2026 (the period of the second refusal act, 17.04) the normative
        // 2 × 80 = 160 kWh; the 1.5 multiplies the money, not the volume (LEGAL §5): 160 × 1.5 × 5.00 = 1200.00
        ServiceConsumption april = PerDayConsumption.compute(refusedTwice(), APRIL, d("2026-05-05"),
                ConsumptionPolicies.FEDERAL, ProtocolSink.NONE);
        assertEquals(CoefficientClass.REPEATED_REFUSAL,
                april.register(Register.TOTAL).orElseThrow().basisOn(d("2026-04-10")).coefficientClass());
        ProtocolRecorder protocol = new ProtocolRecorder();
        PricingResult r = Pricing.consumption(april, TARIFF, List.of(), Timeline.of(Map.of()),
                PricingPolicies.DEFAULT, protocol);
        assertEquals(1, r.lines().size());
        PricedLine line = r.lines().get(0);
        assertEquals(PricingBasis.NORMATIVE_REFUSAL, line.basis().orElseThrow());
        assertEquals(ChargeKind.NORMATIVE, line.line().kind());
        assertEquals(kwh("160"), line.line().quantity());
        assertEquals(Coefficient.of("1.5"), line.coefficient());
        assertEquals(120000, r.totalMinor());
        Evaluator.checkAll(protocol.entries());
        String text = TextRenderer.render(protocol.protocol(), Language.EN);
        assertTrue(text.contains(Formulas.CHARGE_BY_NORMATIVE_REFUSAL.titleEn()), text);
        assertTrue(text.contains("Rules No. 354, p. 60(3)"), text);
    }

    @Test
    void the_coefficient_of_354_p60_3_is_not_the_policy_increasing_coefficient() {
        // a policy increasing coefficient of 2 (formula 4) does not change the 1.5 that p.60(3) fixes itself:
        // still 160 × 1.5 × 5.00 = 1200.00
        ServiceConsumption april = PerDayConsumption.compute(refusedTwice(), APRIL, d("2026-05-05"),
                ConsumptionPolicies.FEDERAL, ProtocolSink.NONE);
        PricingPolicies k2 = PricingPolicies.DEFAULT.withCoefficient(new IncreasingCoefficient("k2",
                Timeline.from(d("2017-01-01"), Coefficient.of("2"))));
        assertEquals(120000, Pricing.consumption(april, TARIFF, List.of(), Timeline.of(Map.of()), k2,
                ProtocolSink.NONE).totalMinor());
    }

    @Test
    void a_correction_of_a_repeated_refusal_volume_is_priced_with_1_5_354_p60_3_p61() {
        // April billed as 150 kWh in the class of p.60(3); known now 160 kWh: the engine's correction +10 kWh in the
        // same class (354 p.61, mode A), priced 10 × 1.5 × 5.00 = 75.00 (not 10 × 5.00 = 50.00)
        ServiceConsumption april = PerDayConsumption.compute(refusedTwice(), APRIL, d("2026-05-05"),
                ConsumptionPolicies.FEDERAL, ProtocolSink.NONE);
        List<VolumeCorrection> cs = Recalculation.corrections(april, List.of(BilledVolume.original(ACCOUNT,
                        Resource.ELECTRICITY, YearMonth.of(2026, 4), Register.TOTAL, CoefficientClass.REPEATED_REFUSAL,
                        kwh("150"))), RecalculationMode.PER_PERIOD, YearMonth.of(2026, 5), Optional.empty(),
                ProtocolSink.NONE);
        assertEquals(1, cs.size());
        assertEquals(CoefficientClass.REPEATED_REFUSAL, cs.get(0).coefficientClass());
        assertEquals(kwh("10"), cs.get(0).quantity());
        ProtocolRecorder protocol = new ProtocolRecorder();
        PricingResult c = Corrections.priceVolume(cs.get(0), april, TARIFF, PricingPolicies.DEFAULT, protocol);
        assertEquals(1, c.lines().size());
        assertEquals(kwh("10"), c.lines().get(0).line().quantity());
        assertEquals(Coefficient.of("1.5"), c.lines().get(0).coefficient());
        assertEquals(7500, c.totalMinor());
        Evaluator.checkAll(protocol.entries());
        assertTrue(TextRenderer.render(protocol.protocol(), Language.EN)
                .contains(Formulas.CHARGE_BY_NORMATIVE_REFUSAL.titleEn()));
    }

    @Test
    void a_day_of_metering_points_with_readings_and_the_average_is_a_forecast_not_the_normative() {
        // two parallel meters (policy parallel-meters: the service is the sum of its points; 354 p.42, p.59):
        // A 100 kWh a month, B 50 kWh a month, July 2025 – March 2026; in April only B's reading (450 → 500: 50 kWh,
        // formula 1); A by its own average, 100 kWh (every month of its history is 100; 354 p.59(b)).
        // April = 100 + 50 = 150 kWh on mixed days; priced 150 × 5.00 = 750.00, kind consumption, basis forecast,
        // no coefficient (before the fix: labelled normative, kind normative)
        Meter a = Meter.single("E-A", "600-077", Resource.ELECTRICITY, 6, d("2025-06-30"));
        Meter b = Meter.single("E-B", "600-077", Resource.ELECTRICITY, 6, d("2025-06-30"));
        List<Reading> rs = new ArrayList<>(history(a, 100, 9));
        rs.addAll(history(b, 50, 10));
        Premise p = Premise.residential("600-077", "H-6", "52.4", 2, d("2020-02-01"), "urban");
        ServiceInputs in = ServiceInputs.of(ACCOUNT, Resource.ELECTRICITY, List.of(a, b), rs)
                .withNormative(p, Timeline.from(d("2025-07-01"), kwh("80")))
                .withMeteringPoints(Map.of(a.id(), "a", b.id(), "b"));
        ServiceConsumption april = PerDayConsumption.compute(in, APRIL, d("2026-05-05"), ConsumptionPolicies.FEDERAL,
                ProtocolSink.NONE);
        assertEquals(DayBasis.Kind.MIXED, april.register(Register.TOTAL).orElseThrow().basisOn(d("2026-04-10")).kind());
        PricingResult r = Pricing.consumption(april, TARIFF, List.of(), Timeline.of(Map.of()),
                PricingPolicies.DEFAULT, ProtocolSink.NONE);
        assertEquals(1, r.lines().size());
        PricedLine line = r.lines().get(0);
        assertEquals(PricingBasis.FORECAST, line.basis().orElseThrow());
        assertEquals(ChargeKind.CONSUMPTION, line.line().kind());
        assertEquals(Coefficient.ONE, line.coefficient());
        assertEquals(kwh("150"), line.line().quantity());
        assertEquals(75000, r.totalMinor());
    }
}
