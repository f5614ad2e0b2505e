package org.raschet.core.consumption;

import java.util.Objects;
import org.raschet.core.meter.MeterId;
import org.raschet.core.meter.Reading;
import org.raschet.core.meter.Register;
import org.raschet.core.quantity.Quantity;
import org.threeten.extra.LocalDateRange;

/**
 * The volume of one register between two consecutive accepted readings (354 p.42, App. 2, formula 1), spread over
 * the days {@code earlier.date + 1 … later.date} (LEGAL §2).
 *
 * @param meter      the meter
 * @param register   the register
 * @param earlier    the earlier accepted reading
 * @param later      the later accepted reading
 * @param volume     the volume, × the transformation ratio, across a rollover where accepted
 * @param rolledOver whether the register rolled over past its capacity
 */
public record IntervalVolume(MeterId meter, Register register, Reading earlier, Reading later, Quantity volume,
                             boolean rolledOver) {
    /** Validates the parts. */
    public IntervalVolume {
        Objects.requireNonNull(meter, "meter");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(later, "later");
        Objects.requireNonNull(volume, "volume");
    }

    /** The days the interval covers: from the day after the earlier reading through the later reading's day. */
    public LocalDateRange days() {
        return LocalDateRange.of(earlier.date().plusDays(1), later.date().plusDays(1));
    }
}
