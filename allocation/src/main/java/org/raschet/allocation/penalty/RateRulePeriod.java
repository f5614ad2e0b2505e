package org.raschet.allocation.penalty;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A rate rule in force from a day.
 *
 * @param from    the first day it is in force
 * @param through the last day, if it ends before the next entry starts (a gap is an error); empty: until the
 *                next entry or, for the last, open-ended
 * @param rule    the rule
 */
public record RateRulePeriod(LocalDate from, Optional<LocalDate> through, RateRule rule) {
    /** Validates the parts. */
    public RateRulePeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(through, "through");
        Objects.requireNonNull(rule, "rule");
    }

    /** {@code rule} from {@code from} until the next entry. */
    public static RateRulePeriod from(LocalDate from, RateRule rule) {
        return new RateRulePeriod(from, Optional.empty(), rule);
    }

    @Override
    public String toString() {
        return from + through.map(t -> ".." + t).orElse("") + " " + rule;
    }
}
