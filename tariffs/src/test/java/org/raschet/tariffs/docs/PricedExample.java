package org.raschet.tariffs.docs;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.raschet.core.account.AccountId;
import org.raschet.core.consumption.ConsumptionPolicies;
import org.raschet.core.consumption.PerDayConsumption;
import org.raschet.core.consumption.ServiceConsumption;
import org.raschet.core.consumption.ServiceInputs;
import org.raschet.core.meter.Meter;
import org.raschet.core.meter.Reading;
import org.raschet.core.meter.ReadingSource;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.quantity.Unit;
import org.raschet.core.time.Timeline;
import org.raschet.tariffs.pricing.Pricing;
import org.raschet.tariffs.pricing.PricingPolicies;
import org.raschet.tariffs.pricing.PricingResult;
import org.raschet.tariffs.schedule.TariffSchedule;
import org.raschet.tariffs.support.Fixtures;
import org.threeten.extra.LocalDateRange;

/**
 * The README's priced example: readings of 20 June (10000 kWh) and 25 July 2026 (10351.5 kWh), the tariff changes
 * on 1 July from 5.67 to 6.12 ₽/kWh (LEGAL §2, §10). The interval covers 21.06–25.07 = 35 days; June gets
 * round(351.5 × 10 / 35, 6) = 100.428571 kWh × 5.67 = 569.43 ₽, July 251.071429 kWh × 6.12 = 1536.56 ₽ (354 p.42,
 * App. 2, formula 1; each line rounded once, LEGAL §11).
 */
final class PricedExample {
    static final AccountId ACCOUNT = AccountId.of("100-002");
    static final Meter METER = Meter.single("E-2024-031", "100-002", Resource.ELECTRICITY, 6,
            LocalDate.of(2024, 3, 1));
    static final TariffSchedule TARIFF = Fixtures.singleChange("5.67", LocalDate.of(2026, 7, 1), "6.12");

    private PricedExample() {
    }

    record Run(ServiceConsumption consumption, PricingResult priced, ProtocolRecorder protocol) {
    }

    static Run run() {
        // snippet:priced
        ServiceInputs in = ServiceInputs.of(ACCOUNT, Resource.ELECTRICITY, List.of(METER), List.of(
                Reading.of(METER.id(), Register.TOTAL, LocalDate.of(2026, 6, 20), Quantity.of("10000", Unit.KWH),
                        ReadingSource.CONSUMER_WEB),
                Reading.of(METER.id(), Register.TOTAL, LocalDate.of(2026, 7, 25), Quantity.of("10351.5", Unit.KWH),
                        ReadingSource.CONSUMER_WEB)));
        ProtocolRecorder rec = new ProtocolRecorder();
        ServiceConsumption sc = PerDayConsumption.compute(in, LocalDateRange.of(LocalDate.of(2026, 6, 21),
                LocalDate.of(2026, 7, 26)), LocalDate.of(2026, 7, 26), ConsumptionPolicies.FEDERAL, rec);
        PricingResult priced = Pricing.consumption(sc, TARIFF, List.of(), Timeline.of(Map.of()),
                PricingPolicies.DEFAULT, rec);
        // end-snippet
        return new Run(sc, priced, rec);
    }
}
