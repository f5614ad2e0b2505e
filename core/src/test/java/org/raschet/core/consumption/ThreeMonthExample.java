package org.raschet.core.consumption;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.raschet.core.account.AccountId;
import org.raschet.core.meter.Meter;
import org.raschet.core.meter.Reading;
import org.raschet.core.meter.ReadingSource;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.quantity.Unit;
import org.threeten.extra.LocalDateRange;

/**
 * The README's three-month account: a reading for January, no reading for February (billed by the average), a late
 * reading for March that corrects February.
 *
 * <p>Meter installed 30.09.2025 at 1000 kWh; consumer readings 31.10: 1145, 30.11: 1305, 31.12: 1475, 31.01.2026:
 * 1635. As known on 05.03.2026 February is billed by the average of October–January: (145 + 160 + 170 + 160) / 4 =
 * 158.75 kWh (354 p.59(b)). The reading of 31.03.2026 (1945 kWh, an act No. 77 of the inspector's round) becomes
 * known on 02.04.2026: 310 kWh over the 59 days 01.02–31.03, February = round(310 × 28 / 59, 6) = 147.118644,
 * March = 162.881356; the correction of February = 147.118644 − 158.75 = −11.631356 kWh (354 p.61, mode A).
 */
final class ThreeMonthExample {
    static final AccountId ACCOUNT = AccountId.of("100-001");
    static final Meter METER = Meter.single("E-2025-117", "100-001", Resource.ELECTRICITY, 6,
            LocalDate.of(2025, 9, 30));

    private ThreeMonthExample() {
    }

    static Reading reading(String date, String value) {
        return Reading.of(METER.id(), Register.TOTAL, LocalDate.parse(date), Quantity.of(value, Unit.KWH),
                ReadingSource.CONSUMER_WEB);
    }

    static ServiceInputs inputs() {
        return ServiceInputs.of(ACCOUNT, Resource.ELECTRICITY, List.of(METER), List.of(
                reading("2025-09-30", "1000"), reading("2025-10-31", "1145"), reading("2025-11-30", "1305"),
                reading("2025-12-31", "1475"), reading("2026-01-31", "1635"),
                reading("2026-03-31", "1945").withKnownOn(LocalDate.parse("2026-04-02")).withDocument("акт № 77")));
    }

    /** The figures and the protocol of the three steps. */
    record Run(ServiceConsumption february, ServiceConsumption april, List<VolumeCorrection> corrections,
               ProtocolRecorder protocol) {
    }

    static Run run() {
        ProtocolRecorder rec = new ProtocolRecorder();
        ServiceInputs in = inputs();
        ServiceConsumption feb = PerDayConsumption.compute(in, LocalDateRange.of(LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-03-01")), LocalDate.parse("2026-03-05"), ConsumptionPolicies.FEDERAL, rec);
        List<BilledVolume> billed = List.of(
                BilledVolume.original(ACCOUNT, Resource.ELECTRICITY, YearMonth.of(2026, 1), Register.TOTAL, false,
                        feb.period(YearMonth.of(2026, 1), Register.TOTAL).orElseThrow().total()),
                BilledVolume.original(ACCOUNT, Resource.ELECTRICITY, YearMonth.of(2026, 2), Register.TOTAL, false,
                        feb.period(YearMonth.of(2026, 2), Register.TOTAL).orElseThrow().total()));
        ServiceConsumption apr = PerDayConsumption.compute(in, LocalDateRange.of(LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-04-01")), LocalDate.parse("2026-04-03"), ConsumptionPolicies.FEDERAL, rec);
        List<VolumeCorrection> cs = Recalculation.corrections(apr, billed, RecalculationMode.PER_PERIOD,
                YearMonth.of(2026, 4), Optional.empty(), rec);
        return new Run(feb, apr, cs, rec);
    }
}
