package org.raschet.allocation.payment;

import java.util.Objects;
import javax.money.MonetaryAmount;
import org.raschet.core.ledger.ObligationKey;

/**
 * Penalties billed (начисленные пени) on one obligation and now payable: a payment covers them after the
 * obligation's principal (LEGAL §7). Computed by the penalty calculator or kept by the host.
 *
 * @param key    the obligation the penalties accrued on
 * @param amount the amount billed, in the account's currency, not negative
 */
public record BilledPenalty(ObligationKey key, MonetaryAmount amount) {
    /** Validates the parts. */
    public BilledPenalty {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(amount, "amount");
    }
}
