package org.raschet.allocation.payment;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.raschet.core.ledger.ObligationKey;
import org.raschet.core.money.Amounts;

/**
 * One part of a payment applied to one obligation (зачёт платежа): the money counts as paid on the payment's date.
 *
 * @param paymentId    the payment
 * @param date         the payment's date
 * @param key          the obligation
 * @param part         principal or penalty
 * @param amount       the amount applied, positive
 * @param basis        why it went there
 * @param proportional whether it was a share among obligations due on one day
 */
public record Application(String paymentId, LocalDate date, ObligationKey key, AppliedPart part,
                          MonetaryAmount amount, ApplicationBasis basis, boolean proportional) {
    /** Validates the parts. */
    public Application {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(basis, "basis");
    }

    /** The amount in minor units (kopecks). */
    public long amountMinor() {
        return Amounts.toMinor(amount);
    }
}
