package org.raschet.core.ledger;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.raschet.core.account.AccountId;

/**
 * An account's balance (сальдо) as of a date: what was charged and paid, what is still owed, the part of it that
 * is overdue, and the advance (аванс) not yet used. Always {@code paid = charged − outstanding + advance} for the
 * principal.
 *
 * @param account     the account
 * @param asOf        the date of the balance (payments up to and including it)
 * @param charged     the sum of the obligations
 * @param paid        the sum of the payments
 * @param outstanding what is still owed on the obligations (principal)
 * @param overdue     the part of {@code outstanding} whose due date has passed
 * @param advance       payments not applied to any obligation
 * @param penaltiesPaid payments applied to penalties billed
 */
public record Balance(AccountId account, LocalDate asOf, MonetaryAmount charged, MonetaryAmount paid,
                      MonetaryAmount outstanding, MonetaryAmount overdue, MonetaryAmount advance,
                      MonetaryAmount penaltiesPaid) {
    /** Validates the parts. */
    public Balance {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(charged, "charged");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(outstanding, "outstanding");
        Objects.requireNonNull(overdue, "overdue");
        Objects.requireNonNull(advance, "advance");
        Objects.requireNonNull(penaltiesPaid, "penaltiesPaid");
    }
}
