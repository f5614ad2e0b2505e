package org.raschet.allocation.payment;

import java.util.Objects;
import javax.money.MonetaryAmount;
import org.raschet.core.ledger.Obligation;
import org.raschet.core.ledger.ObligationKey;
import org.raschet.core.money.Amounts;

/**
 * Where an obligation stands after allocation: how much of its principal and of its billed penalties the
 * payments covered. Never paid beyond its amount.
 *
 * @param obligation    the obligation
 * @param paid          principal covered
 * @param penaltyBilled penalties billed on it
 * @param penaltyPaid   penalties covered
 */
public record ObligationPosition(Obligation obligation, MonetaryAmount paid, MonetaryAmount penaltyBilled,
                                 MonetaryAmount penaltyPaid) {
    /** Validates the parts. */
    public ObligationPosition {
        Objects.requireNonNull(obligation, "obligation");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(penaltyBilled, "penaltyBilled");
        Objects.requireNonNull(penaltyPaid, "penaltyPaid");
    }

    /** The obligation's key. */
    public ObligationKey key() {
        return obligation.key();
    }

    /** Principal still owed. */
    public MonetaryAmount outstanding() {
        return obligation.amount().subtract(paid);
    }

    /** Principal covered, in minor units. */
    public long paidMinor() {
        return Amounts.toMinor(paid);
    }

    /** Principal still owed, in minor units. */
    public long outstandingMinor() {
        return obligation.amountMinor() - paidMinor();
    }

    /** Billed penalties still owed, in minor units. */
    public long penaltyOutstandingMinor() {
        return Amounts.toMinor(penaltyBilled) - Amounts.toMinor(penaltyPaid);
    }
}
