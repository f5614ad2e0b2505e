package org.raschet.allocation.penalty;

import java.util.List;
import java.util.Objects;

/**
 * The inputs penalties are computed with: the key-rate schedule, the rate rules and the moratoriums.
 *
 * @param keyRates    the key rate per day
 * @param rateRules   how the penalty rate follows from the key rate, per day
 * @param moratoriums days without penalties
 */
public record PenaltyRules(KeyRateSchedule keyRates, RateRuleSchedule rateRules, List<Moratorium> moratoriums) {
    /**
     * The federal history: {@link KeyRateSchedule#FEDERAL_HISTORY}, {@link RateRuleSchedule#FEDERAL},
     * {@link Moratorium#FEDERAL}.
     */
    public static final PenaltyRules FEDERAL = new PenaltyRules(KeyRateSchedule.FEDERAL_HISTORY,
            RateRuleSchedule.FEDERAL, Moratorium.FEDERAL);

    /** Validates the parts. */
    public PenaltyRules {
        Objects.requireNonNull(keyRates, "keyRates");
        Objects.requireNonNull(rateRules, "rateRules");
        moratoriums = List.copyOf(moratoriums);
    }

    /** These rules with another key-rate schedule. */
    public PenaltyRules withKeyRates(KeyRateSchedule k) {
        return new PenaltyRules(k, rateRules, moratoriums);
    }

    /** These rules with other rate rules. */
    public PenaltyRules withRateRules(RateRuleSchedule r) {
        return new PenaltyRules(keyRates, r, moratoriums);
    }

    /** These rules with other moratoriums. */
    public PenaltyRules withMoratoriums(List<Moratorium> m) {
        return new PenaltyRules(keyRates, rateRules, m);
    }
}
