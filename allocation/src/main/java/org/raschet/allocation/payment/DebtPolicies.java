package org.raschet.allocation.payment;

import java.util.Objects;
import org.raschet.core.ledger.DueDatePolicy;
import org.raschet.core.time.WorkingCalendar;

/**
 * The policies and calendar that debts are computed with: due dates, the working-day calendar, the limitation
 * end-date rule and the allocation of payments.
 *
 * @param dueDates   when a period's charges are due
 * @param calendar   non-working days (ГК РФ ст. 193)
 * @param limitation the limitation end-date rule
 * @param allocation the allocation choices
 */
public record DebtPolicies(DueDatePolicy dueDates, WorkingCalendar calendar, LimitationPolicy limitation,
                           AllocationPolicy allocation) {
    /**
     * Federal defaults with the weekends-only calendar: a host that needs the year's holidays passes its
     * calendar with {@link #withCalendar}.
     */
    public static final DebtPolicies FEDERAL = new DebtPolicies(DueDatePolicy.FEDERAL, WorkingCalendar.WEEKENDS_ONLY,
            LimitationPolicy.FEDERAL, AllocationPolicy.FEDERAL);

    /** Validates the parts. */
    public DebtPolicies {
        Objects.requireNonNull(dueDates, "dueDates");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(limitation, "limitation");
        Objects.requireNonNull(allocation, "allocation");
    }

    /** These policies with another calendar. */
    public DebtPolicies withCalendar(WorkingCalendar c) {
        return new DebtPolicies(dueDates, c, limitation, allocation);
    }

    /** These policies with another due-date rule. */
    public DebtPolicies withDueDates(DueDatePolicy d) {
        return new DebtPolicies(d, calendar, limitation, allocation);
    }

    /** These policies with another limitation end-date rule. */
    public DebtPolicies withLimitation(LimitationPolicy l) {
        return new DebtPolicies(dueDates, calendar, l, allocation);
    }

    /** These policies with other allocation choices. */
    public DebtPolicies withAllocation(AllocationPolicy a) {
        return new DebtPolicies(dueDates, calendar, limitation, a);
    }
}
