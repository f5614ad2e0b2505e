package org.raschet.core.consumption;

import java.util.List;
import java.util.Objects;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.ReadingException;
import org.raschet.core.meter.Meter;
import org.raschet.core.meter.Reading;
import org.raschet.core.protocol.Formula;
import org.raschet.core.protocol.Formulas;
import org.raschet.core.protocol.Input;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.split.Exact;

/**
 * Consumption of one register between two of its readings (354 p.42, App. 2, formula 1; LEGAL §2):
 * {@code V = (R2 − R1) × k}, or {@code V = (R2 + 10^n − R1) × k} across a rollover of an {@code n}-digit register
 * that the {@link RolloverPolicy} accepts; {@code k} is the transformation ratio of the current transformers (1 for a
 * directly connected meter). The volume is exact (10⁻⁶ units, never rounded) and never negative. The interval
 * covers the days after the earlier reading's date up to the later reading's date (a reading describes the end of
 * its day); spreading it over those days is the per-day engine's work.
 */
public final class RegisterConsumption {
    private RegisterConsumption() {
    }

    /**
     * The volume consumed between {@code earlier} and {@code later} readings of one register of {@code meter}.
     *
     * @param meter    the meter (its ratio and capacity apply)
     * @param earlier  the earlier reading
     * @param later    the later reading, of the same register, dated after {@code earlier}
     * @param rollover whether a decrease may be a rollover
     * @param sink     where the protocol step goes ({@link ProtocolSink#NONE} for none)
     * @return the volume, in the resource's unit, never negative
     * @throws ReadingException with the codes of {@link Meter#check(Reading)} if a reading cannot belong to the
     *                          meter (other meter or register, outside its service, beyond its capacity), with
     *                          {@link ErrorCode#READING_UNKNOWN_REGISTER} if the two readings are of different
     *                          registers, {@link ErrorCode#VALUE_OUT_OF_RANGE} if {@code later} is not dated after
     *                          {@code earlier}, {@link ErrorCode#READING_DECREASE} if the value decreases and the
     *                          policy does not accept a rollover
     * @throws org.raschet.core.error.OverflowException if the difference × ratio does not fit
     */
    public static Quantity between(Meter meter, Reading earlier, Reading later, RolloverPolicy rollover,
                                   ProtocolSink sink) {
        Objects.requireNonNull(rollover, "rollover");
        Objects.requireNonNull(sink, "sink");
        meter.check(earlier);
        meter.check(later);
        String entity = "meter " + meter.id();
        if (earlier.register() != later.register()) {
            throw new ReadingException(ErrorCode.READING_UNKNOWN_REGISTER, entity, later.date(),
                    "readings of registers " + earlier.register().code() + " and " + later.register().code()
                            + " cannot be subtracted", "readings.same-register");
        }
        if (!later.date().isAfter(earlier.date())) {
            throw new ReadingException(ErrorCode.VALUE_OUT_OF_RANGE, entity, later.date(),
                    "reading " + later.value() + " is not dated after the earlier reading " + earlier.value()
                            + " of " + earlier.date(), "readings.ordered");
        }
        long r1 = earlier.value().micros();
        long r2 = later.value().micros();
        long capacity = meter.capacity().micros();
        boolean rolled = false;
        long difference;
        // both readings lie in [0, capacity) with capacity ≤ 10^18 (Meter.check), so neither line overflows
        if (r2 >= r1) {
            difference = r2 - r1;
        } else if (rollover.accepts(r1, r2, capacity)) {
            rolled = true;
            difference = capacity - r1 + r2;
        } else {
            throw new ReadingException(ErrorCode.READING_DECREASE, entity, later.date(),
                    "reading " + later.value() + " of register " + later.register().code()
                            + " is below the previous " + earlier.value() + " of " + earlier.date(),
                    "readings.non-decreasing");
        }
        long volume = Exact.multiply(difference, meter.ratio(), entity + " volume");
        if (sink.enabled()) {
            String unit = meter.resource().unit().code();
            Formula f = rolled ? Formulas.CONSUMPTION_ROLLOVER : Formulas.CONSUMPTION_INTERVAL;
            List<Input> inputs = rolled
                    ? List.of(reading("R2", later, unit), Input.of("C", capacity, Quantity.SCALE, unit),
                            reading("R1", earlier, unit), Input.of("k", meter.ratio(), 0, "1"))
                    : List.of(reading("R2", later, unit), reading("R1", earlier, unit),
                            Input.of("k", meter.ratio(), 0, "1"));
            ProtocolStep step = ProtocolStep.of(f, inputs, Input.of("V", volume, Quantity.SCALE, unit));
            sink.add(rolled ? step.withNote(rollover.note()) : step);
        }
        return Quantity.ofMicros(volume, meter.resource().unit());
    }

    private static Input reading(String symbol, Reading r, String unit) {
        return Input.of(symbol, r.value().micros(), Quantity.SCALE, unit).withDocument(r.document());
    }
}
