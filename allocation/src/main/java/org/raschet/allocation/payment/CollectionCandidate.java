package org.raschet.allocation.payment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.raschet.core.account.AccountId;

/**
 * An account's debts that can still be claimed in court (взыскание): overdue obligations within their limitation,
 * soonest-expiring first, and whether their sum reaches the host's threshold.
 *
 * @param account       the account
 * @param asOf          the day of the list
 * @param claimable     the sum still owed on those obligations
 * @param worthClaiming whether {@code claimable} is at least the threshold
 * @param obligations   the obligations, by the last day of their limitation
 */
public record CollectionCandidate(AccountId account, LocalDate asOf, MonetaryAmount claimable, boolean worthClaiming,
                                  List<LimitationState> obligations) {
    /** Validates the parts. */
    public CollectionCandidate {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(claimable, "claimable");
        obligations = List.copyOf(obligations);
    }
}
