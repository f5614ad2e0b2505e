package org.raschet.tariffs.schedule;

import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * A value in force over a contiguous span of days: one run of a schedule within a billed range.
 *
 * @param span  the days, half-open, never empty
 * @param value the value in force on each of them
 * @param <T>   the value type
 */
public record Effective<T>(LocalDateRange span, T value) {
    /** Validates the parts. */
    public Effective {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(value, "value");
    }
}
