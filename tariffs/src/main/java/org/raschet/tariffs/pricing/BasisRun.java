package org.raschet.tariffs.pricing;

import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * A contiguous run of days with one {@link DayBasis}, as the per-day engine reports it.
 *
 * @param span  the days, half-open
 * @param basis their basis
 */
public record BasisRun(LocalDateRange span, DayBasis basis) {
    /** Validates the parts. */
    public BasisRun {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(basis, "basis");
    }
}
