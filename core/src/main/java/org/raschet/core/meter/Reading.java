package org.raschet.core.meter;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.ReadingException;
import org.raschet.core.quantity.Quantity;

/**
 * A reading (показание) of one register of a meter: the register's value at the end of {@code date} (LEGAL §2
 * default: the interval between readings on D1 and D2 covers days D1+1 … D2).
 *
 * @param meter    the meter
 * @param register the register read
 * @param date     the day whose end the value describes
 * @param value    the register's value as displayed (before the transformation ratio)
 * @param source   where it came from
 * @param knownOn  the date it became known to the supplier (not before {@code date})
 * @param document the primary document (an inspector's act number, an SMS id), if any
 */
public record Reading(MeterId meter, Register register, LocalDate date, Quantity value, ReadingSource source,
                      LocalDate knownOn, Optional<String> document) {
    /**
     * Validates the parts.
     *
     * @throws ReadingException with {@link ErrorCode#VALUE_OUT_OF_RANGE} if the value is negative, with
     *                          {@link ErrorCode#READING_KNOWN_BEFORE_TAKEN} if it is known before it was taken
     */
    public Reading {
        Objects.requireNonNull(meter, "meter");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(knownOn, "knownOn");
        Objects.requireNonNull(document, "document");
        if (value.isNegative()) {
            throw new ReadingException(ErrorCode.VALUE_OUT_OF_RANGE, "meter " + meter, date,
                    "reading " + value + " of register " + register.code() + " is negative", "readings.non-negative");
        }
        if (knownOn.isBefore(date)) {
            throw new ReadingException(ErrorCode.READING_KNOWN_BEFORE_TAKEN, "meter " + meter, date,
                    "reading " + value + " is known on " + knownOn + ", before it was taken",
                    "readings.known-after-taken");
        }
    }

    /**
     * A reading known on the day it was taken, with no document.
     *
     * @param meter    the meter
     * @param register the register read
     * @param date     the day whose end the value describes
     * @param value    the register's value as displayed
     * @param source   where it came from
     * @return the reading
     * @throws ReadingException if the value is negative
     */
    public static Reading of(MeterId meter, Register register, LocalDate date, Quantity value, ReadingSource source) {
        return new Reading(meter, register, date, value, source, date, Optional.empty());
    }

    /**
     * This reading, known on {@code knownOn}.
     *
     * @param knownOn the date it became known, not before {@link #date()}
     * @return a new reading
     * @throws ReadingException if {@code knownOn} precedes the reading's date
     */
    public Reading withKnownOn(LocalDate knownOn) {
        return new Reading(meter, register, date, value, source, knownOn, document);
    }

    /**
     * This reading, with its primary document.
     *
     * @param document the document's reference, e.g. an act number
     * @return a new reading
     */
    public Reading withDocument(String document) {
        return new Reading(meter, register, date, value, source, knownOn, Optional.of(document));
    }
}
