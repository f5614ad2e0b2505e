package org.raschet.core.consumption;

import java.util.List;
import java.util.Objects;
import org.raschet.core.meter.MeterId;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.Input;
import org.threeten.extra.LocalDateRange;

/**
 * An anomaly flag on a meter and register over some days, with the numbers compared (also in the protocol).
 *
 * @param kind     what was found
 * @param meter    the meter
 * @param register the register ({@link Register#TOTAL} for flags about the whole meter)
 * @param days     the days concerned (an interval, or the day of an act)
 * @param figures  the compared numbers with their symbols and units, e.g. {@code V}, {@code E}, {@code q},
 *                 {@code threshold}
 */
public record AnomalyFlag(AnomalyKind kind, MeterId meter, Register register, LocalDateRange days,
                          List<Input> figures) {
    /** Validates the parts. */
    public AnomalyFlag {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(meter, "meter");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(days, "days");
        figures = List.copyOf(figures);
    }
}
