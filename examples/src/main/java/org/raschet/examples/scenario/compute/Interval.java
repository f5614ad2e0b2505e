package org.raschet.examples.scenario.compute;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.raschet.core.meter.Meter;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.core.quantity.Quantity;
import org.raschet.examples.scenario.input.ReadingEntry;

/**
 * The consumption of one register between two consecutive readings: the readings on D1 and D2 cover the days
 * D1+1 … D2 (LEGAL §2 default), and V = (R2 − R1) × k, or (R2 + 10^n − R1) × k across an accepted rollover
 * (354 p.42, App. 2, formula 1).
 *
 * @param meter    the meter
 * @param register the register
 * @param earlier  the earlier reading, with its path
 * @param later    the later reading, with its path
 * @param volume   the volume consumed, after the transformation ratio
 * @param rollover whether the register rolled over past its capacity between the readings
 * @param step     the protocol step that computed {@code volume}
 */
public record Interval(Meter meter, Register register, ReadingEntry earlier, ReadingEntry later, Quantity volume,
                       boolean rollover, ProtocolStep step) {
    /** Validates the parts. */
    public Interval {
        Objects.requireNonNull(meter, "meter");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(later, "later");
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(step, "step");
    }

    /** The first day covered, D1 + 1. */
    public LocalDate firstDay() {
        return earlier.reading().date().plusDays(1);
    }

    /** The last day covered, D2. */
    public LocalDate lastDay() {
        return later.reading().date();
    }

    /** The number of days covered, D2 − D1. */
    public long days() {
        return ChronoUnit.DAYS.between(earlier.reading().date(), later.reading().date());
    }

    /** The title of the interval in protocols, in Russian. */
    public String titleRu() {
        return "Прибор учёта " + meter.id() + ", регистр " + register.code() + " (" + register.nameRu() + "), "
                + "показания " + earlier.reading().date() + " → " + later.reading().date();
    }

    /** The title of the interval in protocols, in English. */
    public String titleEn() {
        return "Meter " + meter.id() + ", register " + register.code() + " (" + register.nameEn() + "), "
                + "readings " + earlier.reading().date() + " → " + later.reading().date();
    }
}
