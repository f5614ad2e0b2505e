package org.raschet.core.consumption;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.meter.Register;
import org.raschet.core.quantity.Quantity;
import org.threeten.extra.LocalDateRange;

/**
 * The per-day volumes of one register over a range of days and the basis of each day, as runs (объём по дням).
 *
 * @param register the register (a normative volume is always on {@link Register#TOTAL})
 * @param volumes  the volume of each day of the range, in 10⁻⁶ units (priced by tariffs day by day)
 * @param runs     runs of days with one basis, in order, covering the range exactly
 */
public record RegisterDays(Register register, DailySeries volumes, List<BasisRun> runs) {
    /**
     * Validates that the runs cover the series' range in order.
     *
     * @throws InvalidValueException if they do not
     */
    public RegisterDays {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(volumes, "volumes");
        runs = List.copyOf(runs);
        LocalDate next = volumes.range().getStart();
        for (BasisRun r : runs) {
            if (!r.days().getStart().equals(next)) {
                throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "register " + register.code(),
                        r.days().getStart(), "basis run " + r.days() + " does not start on " + next,
                        "register-days.runs-contiguous");
            }
            next = r.days().getEnd();
        }
        if (!next.equals(volumes.range().getEnd())) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "register " + register.code(), next,
                    "basis runs end on " + next + ", not on " + volumes.range().getEnd(),
                    "register-days.runs-cover-range");
        }
    }

    /** The days covered. */
    public LocalDateRange range() {
        return volumes.range();
    }

    /**
     * The basis of {@code day}.
     *
     * @throws InvalidValueException if the day is outside the range
     */
    public DayBasis basisOn(LocalDate day) {
        int lo = 0;
        int hi = runs.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            LocalDateRange d = runs.get(mid).days();
            if (day.isBefore(d.getStart())) {
                hi = mid - 1;
            } else if (!day.isBefore(d.getEnd())) {
                lo = mid + 1;
            } else {
                return runs.get(mid).basis();
            }
        }
        throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "register " + register.code(), day,
                "day is outside the range " + range(), "register-days.day-within-range");
    }

    /** The volume of {@code day}. */
    public Quantity volumeOn(LocalDate day) {
        return volumes.sum(LocalDateRange.ofClosed(day, day));
    }

    /** The total over {@code span} (within the range). */
    public Quantity sum(LocalDateRange span) {
        return volumes.sum(span);
    }
}
