package org.raschet.tariffs.pricing;

import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * A contiguous run of days with one {@link PricingBasis}, as the per-day engine reports it.
 *
 * @param span  the days, half-open
 * @param basis their basis
 */
public record PricingBasisRun(LocalDateRange span, PricingBasis basis) {
    /** Validates the parts. */
    public PricingBasisRun {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(basis, "basis");
    }
}
