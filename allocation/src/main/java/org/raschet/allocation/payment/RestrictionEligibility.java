package org.raschet.allocation.payment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.raschet.core.account.AccountId;
import org.raschet.core.quantity.Resource;

/**
 * Whether supply of one service to an account may be restricted (ограничение предоставления коммунальной
 * услуги, Правила № 354, п. 117–119): the overdue debt for the service exceeds two months of its charge by the
 * normative, and no agreed repayment schedule is being kept. Raschet reports; the host sends the notice (20 days
 * from its delivery) and acts.
 *
 * @param account               the account
 * @param service               the service
 * @param asOf                  the day of the check
 * @param debt                  overdue debt for the service that day
 * @param threshold             two months of the charge by the normative
 * @param eligible              whether the debt exceeds the threshold and no schedule is kept
 * @param since                 the first day of the current unbroken run of days with the debt above the threshold
 * @param repaymentScheduleKept whether an agreed repayment schedule is being kept
 */
public record RestrictionEligibility(AccountId account, Resource service, LocalDate asOf, MonetaryAmount debt,
                                     MonetaryAmount threshold, boolean eligible, Optional<LocalDate> since,
                                     boolean repaymentScheduleKept) {
    /** Validates the parts. */
    public RestrictionEligibility {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(debt, "debt");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(since, "since");
    }
}
