package org.raschet.allocation.payment;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.money.MonetaryAmount;
import org.raschet.core.quantity.Resource;

/**
 * What a restriction check needs besides the ledger (Правила № 354, п. 117–119): the date, each service's
 * monthly charge by the normative at the tariff in force that day, whether an agreed repayment schedule is being
 * kept, and whether debts past their limitation count.
 *
 * @param asOf                   the day of the check
 * @param normativeMonthlyCharge per service: one month's charge by the normative (only these services are checked)
 * @param repaymentScheduleKept  an agreed repayment schedule is being kept: no restriction (п. 117)
 * @param countExpired           whether debts past their limitation count (default {@code true}: limitation is
 *                               applied by a court only, ГК РФ ст. 199, and the rules do not exclude them)
 */
public record RestrictionInput(LocalDate asOf, Map<Resource, MonetaryAmount> normativeMonthlyCharge,
                               boolean repaymentScheduleKept, boolean countExpired) {
    /** Validates and copies the parts. */
    public RestrictionInput {
        Objects.requireNonNull(asOf, "asOf");
        normativeMonthlyCharge = java.util.Collections.unmodifiableMap(new TreeMap<>(normativeMonthlyCharge));
    }

    /** A check on {@code asOf} with no repayment schedule, counting every overdue debt. */
    public static RestrictionInput of(LocalDate asOf, Map<Resource, MonetaryAmount> normativeMonthlyCharge) {
        return new RestrictionInput(asOf, normativeMonthlyCharge, false, true);
    }
}
