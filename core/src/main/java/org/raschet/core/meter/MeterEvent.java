package org.raschet.core.meter;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An event in a meter's life recorded in an act: seals and marks (354 p.81(11), p.81(12)), a failure, a refused or
 * granted access for a check (354 p.59(в), p.85). The per-day engine derives the meter's state on each day from
 * these events and its verification date.
 *
 * @param date     the date of the act
 * @param kind     what happened
 * @param document the act's reference, if any (shown in protocols)
 */
public record MeterEvent(LocalDate date, Kind kind, Optional<String> document) {
    /** What happened. */
    public enum Kind {
        /** Seal or verification mark placed (meter put into service or resealed). */
        SEAL_PLACED,
        /** Seal or mark found broken, or interference with the meter found (354 p.81(11)). */
        SEAL_BROKEN,
        /** Seal restored after a break. */
        SEAL_RESTORED,
        /** Meter found out of order (354 p.81(12)): shows nothing, damaged, error beyond the permitted. */
        FAILED,
        /** Meter repaired or verified and back in order. */
        REPAIRED,
        /** The consumer refused access for a check (354 p.85, p.59(в)). */
        ACCESS_REFUSED,
        /** Access for a check given after a refusal. */
        ACCESS_GRANTED
    }

    /** Validates the parts. */
    public MeterEvent {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(document, "document");
    }

    /** An event with no document reference. */
    public static MeterEvent of(LocalDate date, Kind kind) {
        return new MeterEvent(date, kind, Optional.empty());
    }
}
