package org.raschet.allocation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.RateScheduleException;

/** Checks and look-ups for schedules of entries that hold from a day through an optional last day. */
public final class Schedules {
    private Schedules() {
    }

    /**
     * The entries in date order, checked to follow each other with no gap and no overlap: an entry with a last
     * day must be followed by one starting the next day (or be the last entry); an entry without one holds until
     * the next starts.
     *
     * @throws RateScheduleException on an empty schedule, an entry ending before it starts, a gap or an overlap
     */
    public static <E> List<E> checked(String schedule, List<E> entries, Function<E, LocalDate> from,
                                      Function<E, Optional<LocalDate>> through) {
        if (entries.isEmpty()) {
            throw new RateScheduleException(ErrorCode.RATE_SCHEDULE_GAP, schedule, null, "[]",
                    "the schedule has no entries", "rate-schedule.not-empty");
        }
        List<E> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(from));
        for (int i = 0; i < sorted.size(); i++) {
            E e = sorted.get(i);
            Optional<LocalDate> last = through.apply(e);
            if (last.isPresent() && last.get().isBefore(from.apply(e))) {
                throw new RateScheduleException(ErrorCode.RATE_SCHEDULE_GAP, schedule, from.apply(e), e.toString(),
                        "entry " + e + " ends before it starts", "rate-schedule.entry-ordered");
            }
            if (i + 1 < sorted.size()) {
                E next = sorted.get(i + 1);
                LocalDate nextFrom = from.apply(next);
                if (!nextFrom.isAfter(from.apply(e))) {
                    throw new RateScheduleException(ErrorCode.RATE_SCHEDULE_GAP, schedule, nextFrom, next.toString(),
                            "entries " + e + " and " + next + " start on the same day", "rate-schedule.no-overlap");
                }
                if (last.isPresent()) {
                    LocalDate expected = last.get().plusDays(1);
                    if (nextFrom.isAfter(expected)) {
                        throw new RateScheduleException(ErrorCode.RATE_SCHEDULE_GAP, schedule, expected,
                                next.toString(), "no entry covers " + expected + " to " + nextFrom.minusDays(1)
                                        + ": entry " + e + " ends on " + last.get() + " and the next starts on "
                                        + nextFrom, "rate-schedule.no-gap");
                    }
                    if (nextFrom.isBefore(expected)) {
                        throw new RateScheduleException(ErrorCode.RATE_SCHEDULE_GAP, schedule, nextFrom,
                                next.toString(), "entry " + next + " overlaps " + e + ", which ends on "
                                        + last.get(), "rate-schedule.no-overlap");
                    }
                }
            }
        }
        return List.copyOf(sorted);
    }

    /** The entry that holds on {@code day}, if any. */
    public static <E> Optional<E> find(List<E> sorted, LocalDate day, Function<E, LocalDate> from,
                                       Function<E, Optional<LocalDate>> through) {
        E found = null;
        for (E e : sorted) {
            if (from.apply(e).isAfter(day)) {
                break;
            }
            found = e;
        }
        if (found == null) {
            return Optional.empty();
        }
        Optional<LocalDate> last = through.apply(found);
        return last.isPresent() && last.get().isBefore(day) ? Optional.empty() : Optional.of(found);
    }

    /** The entry that holds on {@code day}. @throws RateScheduleException if none does */
    public static <E> E get(String schedule, List<E> sorted, LocalDate day, Function<E, LocalDate> from,
                            Function<E, Optional<LocalDate>> through) {
        return find(sorted, day, from, through).orElseThrow(() -> new RateScheduleException(
                ErrorCode.RATE_SCHEDULE_GAP, schedule, day, day.toString(),
                "no entry covers this day (schedule from " + from.apply(sorted.get(0)) + ", last entry "
                        + sorted.get(sorted.size() - 1) + ")", "rate-schedule.covers-day"));
    }
}
