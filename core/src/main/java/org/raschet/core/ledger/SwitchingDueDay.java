package org.raschet.core.ledger;

import java.time.LocalDate;
import java.time.YearMonth;
import org.raschet.core.protocol.Note;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;

/** A due day of the next month that changes from {@code dayBefore} to {@code dayFrom} for periods from {@code from}. */
final class SwitchingDueDay implements DueDatePolicy {
    private final YearMonth from;
    private final int dayBefore;
    private final int dayFrom;
    private final Note note;

    SwitchingDueDay(YearMonth from, int dayBefore, int dayFrom, String id, String ru, String en) {
        if (dayBefore < 1 || dayBefore > 31 || dayFrom < 1 || dayFrom > 31) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "due-date policy", null, "due day outside 1..31: " + dayBefore + ", " + dayFrom, "policy.due-day-of-month");
        }
        this.from = from;
        this.dayBefore = dayBefore;
        this.dayFrom = dayFrom;
        this.note = new Note("policy:" + id, "политика: срок оплаты — " + ru, "policy: due date — " + en);
    }

    @Override
    public LocalDate nominalDueDate(YearMonth period) {
        int day = from == null || period.isBefore(from) ? dayBefore : dayFrom;
        YearMonth next = period.plusMonths(1);
        return next.atDay(Math.min(day, next.lengthOfMonth()));
    }

    @Override
    public Note note() {
        return note;
    }

    @Override
    public String toString() {
        return note.id();
    }
}
