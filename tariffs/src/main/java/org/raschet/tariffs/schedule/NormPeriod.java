package org.raschet.tariffs.schedule;

import java.time.LocalDate;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * One effective-dated period of a norm schedule.
 *
 * @param span the days covered, half-open (the end may be unbounded)
 * @param rule the norm in force
 */
public record NormPeriod(LocalDateRange span, NormRule rule) {
    /** Validates the parts. */
    public NormPeriod {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(rule, "rule");
    }

    /** A norm in force from {@code from} until further notice. */
    public static NormPeriod from(LocalDate from, NormRule rule) {
        return new NormPeriod(LocalDateRange.ofUnboundedEnd(from), rule);
    }

    /** A norm in force on the days {@code [from, until)}. */
    public static NormPeriod of(LocalDate from, LocalDate until, NormRule rule) {
        return new NormPeriod(LocalDateRange.of(from, until), rule);
    }
}
