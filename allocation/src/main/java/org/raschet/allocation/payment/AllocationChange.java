package org.raschet.allocation.payment;

import java.util.Objects;
import javax.money.MonetaryAmount;
import org.raschet.core.ledger.ObligationKey;

/**
 * How a reallocation moved the money of one obligation (перераспределение): what was covered before and after.
 *
 * @param key               the obligation
 * @param paidBefore        principal covered before (zero if the obligation did not exist)
 * @param paidAfter         principal covered after (zero if it no longer exists)
 * @param penaltyPaidBefore penalties covered before
 * @param penaltyPaidAfter  penalties covered after
 */
public record AllocationChange(ObligationKey key, MonetaryAmount paidBefore, MonetaryAmount paidAfter,
                               MonetaryAmount penaltyPaidBefore, MonetaryAmount penaltyPaidAfter) {
    /** Validates the parts. */
    public AllocationChange {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(paidBefore, "paidBefore");
        Objects.requireNonNull(paidAfter, "paidAfter");
        Objects.requireNonNull(penaltyPaidBefore, "penaltyPaidBefore");
        Objects.requireNonNull(penaltyPaidAfter, "penaltyPaidAfter");
    }

    /** Principal covered after minus before. */
    public MonetaryAmount paidDelta() {
        return paidAfter.subtract(paidBefore);
    }

    /** Penalties covered after minus before. */
    public MonetaryAmount penaltyPaidDelta() {
        return penaltyPaidAfter.subtract(penaltyPaidBefore);
    }
}
