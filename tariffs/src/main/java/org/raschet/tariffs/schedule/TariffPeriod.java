package org.raschet.tariffs.schedule;

import java.time.LocalDate;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * One effective-dated period of a tariff schedule: the days it covers and its prices. A period's end may be
 * unbounded ({@link LocalDateRange#ofUnboundedEnd(LocalDate)}): it holds until further notice.
 *
 * @param span  the days covered, half-open
 * @param rates the prices
 */
public record TariffPeriod(LocalDateRange span, Rates rates) {
    /** Validates the parts. */
    public TariffPeriod {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(rates, "rates");
    }

    /** Prices in force from {@code from} until further notice. */
    public static TariffPeriod from(LocalDate from, Rates rates) {
        return new TariffPeriod(LocalDateRange.ofUnboundedEnd(from), rates);
    }

    /** Prices in force on the days {@code [from, until)}. */
    public static TariffPeriod of(LocalDate from, LocalDate until, Rates rates) {
        return new TariffPeriod(LocalDateRange.of(from, until), rates);
    }
}
