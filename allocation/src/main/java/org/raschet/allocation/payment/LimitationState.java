package org.raschet.allocation.payment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.raschet.core.ledger.ObligationKey;

/**
 * An obligation's limitation (исковая давность) as of a date: within it, or expired since which day. An expired
 * debt is marked, never removed: a court applies limitation only on the debtor's motion (ГК РФ ст. 199), and its
 * penalties expire with it (ГК РФ ст. 207).
 *
 * @param key         the obligation
 * @param dueDate     its due date
 * @param lastDay     the last day of the limitation period (after the policy and the calendar)
 * @param asOf        the date asked about
 * @param outstanding principal still owed as of {@code asOf}
 */
public record LimitationState(ObligationKey key, LocalDate dueDate, LocalDate lastDay, LocalDate asOf,
                              MonetaryAmount outstanding) {
    /** Validates the parts. */
    public LimitationState {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(outstanding, "outstanding");
    }

    /** The first day of the limitation period: the day after the due date. */
    public LocalDate startsOn() {
        return dueDate.plusDays(1);
    }

    /** Whether the limitation has expired as of {@code asOf}. */
    public boolean expired() {
        return asOf.isAfter(lastDay);
    }

    /** The day from which the limitation is expired, if it is as of {@code asOf}. */
    public Optional<LocalDate> expiredSince() {
        return expired() ? Optional.of(lastDay.plusDays(1)) : Optional.empty();
    }

    /** Days from {@code asOf} to the last day (0 on the last day; negative once expired). */
    public long daysLeft() {
        return ChronoUnit.DAYS.between(asOf, lastDay);
    }
}
