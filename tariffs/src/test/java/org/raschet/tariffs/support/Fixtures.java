package org.raschet.tariffs.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.raschet.core.account.AccountId;
import org.raschet.core.consumption.DailySeries;
import org.raschet.core.meter.Register;
import org.raschet.core.meter.RegisterSet;
import org.raschet.core.money.Price;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.quantity.Unit;
import org.raschet.tariffs.schedule.ConsumerGroup;
import org.raschet.tariffs.schedule.Rates;
import org.raschet.tariffs.schedule.TariffPeriod;
import org.raschet.tariffs.schedule.TariffSchedule;
import org.threeten.extra.LocalDateRange;

/** Small builders for tests. */
public final class Fixtures {
    private Fixtures() {
    }

    public static final AccountId ACCOUNT = AccountId.of("A-1");

    public static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    public static LocalDateRange days(String from, String until) {
        return LocalDateRange.of(d(from), d(until));
    }

    public static Price rub(String value) {
        return Price.rub(value, Unit.KWH);
    }

    public static Quantity kwh(String value) {
        return Quantity.of(new BigDecimal(value), Unit.KWH);
    }

    /** A single-rate urban electricity tariff: {@code old} until {@code change}, {@code next} from it. */
    public static TariffSchedule singleChange(String old, LocalDate change, String next) {
        return new TariffSchedule("el-urban", Resource.ELECTRICITY, ConsumerGroup.URBAN, RegisterSet.SINGLE,
                List.of(TariffPeriod.of(d("2026-01-01"), change, Rates.single(rub(old))),
                        TariffPeriod.from(change, Rates.single(rub(next)))));
    }

    /** A single-rate urban electricity tariff with one price from 2026-01-01. */
    public static TariffSchedule single(String price) {
        return TariffSchedule.from("el-urban", Resource.ELECTRICITY, ConsumerGroup.URBAN, RegisterSet.SINGLE,
                d("2026-01-01"), Rates.single(rub(price)));
    }

    /** A series with the given daily values in 10⁻⁶ kWh. */
    public static DailySeries series(LocalDate start, long... micros) {
        return DailySeries.of(start, Unit.KWH, micros);
    }

    /** {@code total} kWh spread evenly over {@code range}. */
    public static DailySeries evenly(LocalDateRange range, String total) {
        return DailySeries.evenly(range, kwh(total));
    }

    /** Register → series. */
    public static Map<Register, DailySeries> zones(DailySeries day, DailySeries night) {
        return Map.of(Register.DAY, day, Register.NIGHT, night);
    }
}
