package org.raschet.core.consumption;

import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * A run of consecutive days of one register with one {@link DayBasis}: the compact per-day basis (no object per
 * day).
 *
 * @param days  the days, half-open, not empty
 * @param basis their basis
 */
public record BasisRun(LocalDateRange days, DayBasis basis) {
    /** Validates the parts. */
    public BasisRun {
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(basis, "basis");
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a basis run has no days: " + days);
        }
    }
}
