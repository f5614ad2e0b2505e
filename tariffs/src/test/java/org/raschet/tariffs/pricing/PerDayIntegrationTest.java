package org.raschet.tariffs.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.raschet.tariffs.support.Fixtures.d;
import static org.raschet.tariffs.support.Fixtures.kwh;
import static org.raschet.tariffs.support.Fixtures.rub;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raschet.core.account.AccountId;
import org.raschet.core.account.Premise;
import org.raschet.core.consumption.BilledVolume;
import org.raschet.core.consumption.ConsumptionPolicies;
import org.raschet.core.consumption.PerDayConsumption;
import org.raschet.core.consumption.Recalculation;
import org.raschet.core.consumption.RecalculationMode;
import org.raschet.core.consumption.ServiceConsumption;
import org.raschet.core.consumption.ServiceInputs;
import org.raschet.core.consumption.VolumeCorrection;
import org.raschet.core.ledger.ChargeKind;
import org.raschet.core.meter.Meter;
import org.raschet.core.meter.Reading;
import org.raschet.core.meter.ReadingSource;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.time.Timeline;
import org.raschet.tariffs.schedule.TariffSchedule;
import org.raschet.tariffs.support.Evaluator;
import org.raschet.tariffs.support.Fixtures;
import org.threeten.extra.LocalDateRange;

/** The per-day engine's results priced directly (354 p.42, p.59, p.60, p.61; App. 2, formulas 1 and 4). */
class PerDayIntegrationTest {
    static final AccountId ACCOUNT = AccountId.of("100-001");
    static final Meter METER = Meter.single("E-2025-117", "100-001", Resource.ELECTRICITY, 6, d("2025-09-30"));
    // the tariff changes on 1 March 2026
    static final TariffSchedule TARIFF = Fixtures.singleChange("5.00", d("2026-03-01"), "6.00");

    static Reading reading(String date, String value) {
        return Reading.of(METER.id(), Register.TOTAL, LocalDate.parse(date), kwh(value), ReadingSource.CONSUMER_WEB);
    }

    static ServiceInputs inputs() {
        return ServiceInputs.of(ACCOUNT, Resource.ELECTRICITY, List.of(METER), List.of(
                reading("2025-09-30", "1000"), reading("2025-10-31", "1145"), reading("2025-11-30", "1305"),
                reading("2025-12-31", "1475"), reading("2026-01-31", "1635"),
                reading("2026-03-31", "1945").withKnownOn(d("2026-04-02"))));
    }

    @Test
    void a_month_by_the_average_is_a_forecast_line_and_its_correction_is_priced_at_its_own_price() {
        // As known on 05.03.2026: January 160 kWh by readings; February by the average (145+160+170+160)/4 =
        // 158.75 kWh (354 p.59(b)): 160 × 5.00 = 800.00; 158.75 × 5.00 = 793.75
        ServiceConsumption feb = PerDayConsumption.compute(inputs(), LocalDateRange.of(d("2026-01-01"),
                d("2026-03-01")), d("2026-03-05"), ConsumptionPolicies.FEDERAL, ProtocolSink.NONE);
        PricingResult billed = Pricing.consumption(feb, TARIFF, List.of(), Timeline.of(Map.of()),
                PricingPolicies.DEFAULT, ProtocolSink.NONE);
        assertEquals(2, billed.lines().size());
        assertEquals(PricingBasis.METERED, billed.lines().get(0).basis().orElseThrow());
        assertEquals(80000, billed.lines().get(0).amountMinor());
        assertEquals(PricingBasis.FORECAST, billed.lines().get(1).basis().orElseThrow());
        assertEquals(kwh("158.75"), billed.lines().get(1).line().quantity());
        assertEquals(79375, billed.lines().get(1).amountMinor());

        // The reading of 31.03 arrives on 02.04: February = round(310 × 28/59, 6) = 147.118644 kWh; the engine's
        // correction of February is −11.631356 kWh (354 p.61, mode A), priced at February's 5.00, not March's 6.00:
        // round(−11.631356 × 5.00, 2) = −58.16
        ServiceConsumption apr = PerDayConsumption.compute(inputs(), LocalDateRange.of(d("2026-01-01"),
                d("2026-04-01")), d("2026-04-03"), ConsumptionPolicies.FEDERAL, ProtocolSink.NONE);
        List<BilledVolume> billedVolumes = List.of(
                BilledVolume.original(ACCOUNT, Resource.ELECTRICITY, YearMonth.of(2026, 1), Register.TOTAL, false,
                        kwh("160")),
                BilledVolume.original(ACCOUNT, Resource.ELECTRICITY, YearMonth.of(2026, 2), Register.TOTAL, false,
                        kwh("158.75")));
        List<VolumeCorrection> cs = Recalculation.corrections(apr, billedVolumes, RecalculationMode.PER_PERIOD,
                YearMonth.of(2026, 4), Optional.empty(), ProtocolSink.NONE);
        assertEquals(1, cs.size());
        ProtocolRecorder protocol = new ProtocolRecorder();
        PricingResult c = Corrections.priceVolume(cs.get(0), apr, TARIFF, PricingPolicies.DEFAULT, protocol);
        assertEquals(1, c.lines().size());
        assertEquals(ChargeKind.CORRECTION, c.lines().get(0).line().kind());
        assertEquals(YearMonth.of(2026, 2), c.lines().get(0).line().period());
        assertEquals(YearMonth.of(2026, 4), c.lines().get(0).line().issuedIn());
        assertEquals(kwh("-11.631356"), c.lines().get(0).line().quantity());
        assertEquals(rub("5.00"), c.lines().get(0).line().price());
        assertEquals(-5816, c.lines().get(0).amountMinor());
        Evaluator.checkAll(protocol.entries());

        // re-billing February from the per-day volumes gives the same money here (one price in February)
        PricingResult fresh = Pricing.consumption(apr, TARIFF, List.of(), Timeline.of(Map.of()),
                PricingPolicies.DEFAULT, ProtocolSink.NONE);
        PricingResult rebilled = Corrections.recalculate(billed.chargeLines(), fresh, YearMonth.of(2026, 4),
                ProtocolSink.NONE);
        long february = rebilled.lines().stream().filter(l -> l.line().period().equals(YearMonth.of(2026, 2)))
                .mapToLong(PricedLine::amountMinor).sum();
        assertEquals(-5816, february);
    }

    @Test
    void a_premise_without_a_meter_is_priced_with_the_increasing_coefficient_the_engine_reports() {
        // no meter: the engine bills the normative on TOTAL with K (354 App. 2, formula 4);
        // 3 residents × 100 kWh × 1.5 × 5.00 = 2250.00
        Premise p = Premise.residential("100-003", "H-1", "54.3", 3, d("2020-01-01"), "urban");
        ServiceInputs in = ServiceInputs.of(AccountId.of("100-003"), Resource.ELECTRICITY, List.of(), List.of())
                .withNormative(p, Timeline.from(d("2020-01-01"), kwh("100")));
        ServiceConsumption january = PerDayConsumption.compute(in, LocalDateRange.of(d("2026-01-01"),
                d("2026-02-01")), d("2026-02-01"), ConsumptionPolicies.FEDERAL, ProtocolSink.NONE);
        PricingResult r = Pricing.consumption(january, TARIFF, List.of(), p.residents(), PricingPolicies.DEFAULT,
                ProtocolSink.NONE);
        assertEquals(1, r.lines().size());
        assertEquals(ChargeKind.NORMATIVE, r.lines().get(0).line().kind());
        assertEquals(PricingBasis.NORMATIVE_INCREASED, r.lines().get(0).basis().orElseThrow());
        assertEquals(Quantity.of("300", org.raschet.core.quantity.Unit.KWH), r.lines().get(0).line().quantity());
        assertEquals(225000, r.totalMinor());
    }
}
