package org.raschet.core.meter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.raschet.core.account.AccountId;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidMeterException;
import org.raschet.core.error.ReadingException;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.split.Exact;

/**
 * A meter (прибор учёта, ПУ) of one account and resource.
 *
 * @param id                 the meter's identifier (serial number)
 * @param account            the account it meters
 * @param resource           the resource metered
 * @param registers          its registers: single, two-zone or three-zone
 * @param digits             the integer digits of a register (its capacity is 10^digits units), 1..12
 * @param ratio              the transformation ratio of its current transformers (1 for direct connection)
 * @param installed          the day it was put into service (its installation reading is dated that day)
 * @param removed            the day it was removed (its removal reading is dated that day), if removed
 * @param verificationDue    the day its verification interval expires (межповерочный интервал), if known
 * @param replacedBySupplier whether the supplier or grid company must replace it (household electricity
 *                           meters since 01.07.2020, Federal Law No. 522-ФЗ; 354 p.59(г))
 * @param events             acts in its life: seals, failures, access refusals
 */
public record Meter(MeterId id, AccountId account, Resource resource, RegisterSet registers, int digits, long ratio,
                    LocalDate installed, Optional<LocalDate> removed, Optional<LocalDate> verificationDue,
                    boolean replacedBySupplier, List<MeterEvent> events) {
    /**
     * Validates the parts.
     *
     * @throws InvalidMeterException with {@link ErrorCode#VALUE_OUT_OF_RANGE} if the digits are outside 1..12 or
     *                               the ratio is not positive, with {@link ErrorCode#METER_INVALID} if the removal
     *                               precedes the installation
     */
    public Meter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(registers, "registers");
        Objects.requireNonNull(installed, "installed");
        Objects.requireNonNull(removed, "removed");
        Objects.requireNonNull(verificationDue, "verificationDue");
        Objects.requireNonNull(events, "events");
        events = List.copyOf(events);
        if (digits < 1 || digits > 12) {
            throw new InvalidMeterException(ErrorCode.VALUE_OUT_OF_RANGE, "meter " + id, installed,
                    "digit capacity " + digits + " is outside 1..12", "meter.digits");
        }
        if (ratio < 1) {
            throw new InvalidMeterException(ErrorCode.VALUE_OUT_OF_RANGE, "meter " + id, installed,
                    "transformation ratio " + ratio + " is not positive", "meter.ratio-positive");
        }
        if (removed.isPresent() && removed.get().isBefore(installed)) {
            throw new InvalidMeterException(ErrorCode.METER_INVALID, "meter " + id, removed.get(),
                    "removal on " + removed.get() + " precedes installation on " + installed,
                    "meter.removed-after-installed");
        }
    }

    /**
     * A directly connected single-register meter in service from {@code installed}, with no events. An electricity
     * meter is replaced by the supplier (Federal Law No. 522-ФЗ), others by the owner.
     *
     * @param id        the meter's identifier
     * @param account   the account it meters
     * @param resource  the resource metered
     * @param digits    the integer digits of its register, 1..12
     * @param installed the day it was put into service
     * @return the meter
     * @throws InvalidMeterException if the digits are out of range
     */
    public static Meter single(String id, String account, Resource resource, int digits, LocalDate installed) {
        return new Meter(MeterId.of(id), AccountId.of(account), resource, RegisterSet.SINGLE, digits, 1, installed,
                Optional.empty(), Optional.empty(), resource == Resource.ELECTRICITY, List.of());
    }

    /**
     * This meter with another transformation ratio (connected through current transformers, LEGAL §2).
     *
     * @param ratio the ratio, ≥ 1
     * @return a new meter
     * @throws InvalidMeterException if the ratio is not positive
     */
    public Meter withRatio(long ratio) {
        return new Meter(id, account, resource, registers, digits, ratio, installed, removed, verificationDue,
                replacedBySupplier, events);
    }

    /**
     * This meter with other registers.
     *
     * @param registers the registers
     * @return a new meter
     */
    public Meter withRegisters(RegisterSet registers) {
        return new Meter(id, account, resource, registers, digits, ratio, installed, removed, verificationDue,
                replacedBySupplier, events);
    }

    /**
     * This meter, removed on {@code day}.
     *
     * @param day the removal day (its removal reading is dated that day)
     * @return a new meter
     * @throws InvalidMeterException if {@code day} precedes the installation
     */
    public Meter withRemoved(LocalDate day) {
        return new Meter(id, account, resource, registers, digits, ratio, installed, Optional.of(day),
                verificationDue, replacedBySupplier, events);
    }

    /**
     * This meter with its verification due on {@code day}.
     *
     * @param day the day its verification interval expires
     * @return a new meter
     */
    public Meter withVerificationDue(LocalDate day) {
        return new Meter(id, account, resource, registers, digits, ratio, installed, removed, Optional.of(day),
                replacedBySupplier, events);
    }

    /**
     * This meter with {@code event} added.
     *
     * @param event the event
     * @return a new meter
     */
    public Meter withEvent(MeterEvent event) {
        List<MeterEvent> more = new java.util.ArrayList<>(events);
        more.add(event);
        return new Meter(id, account, resource, registers, digits, ratio, installed, removed, verificationDue,
                replacedBySupplier, more);
    }

    /**
     * The capacity of a register, 10^digits units: the value at which it rolls over to zero. A 5-digit register
     * shows 0 … 99999.999… and has capacity 100000.
     *
     * @return the capacity, in the resource's unit
     */
    public Quantity capacity() {
        return Quantity.ofMicros(Exact.multiply(Exact.pow10(digits), 1_000_000L, "meter " + id),
                resource.unit());
    }

    /**
     * Whether the meter is in service on {@code day} (installation and removal days included: the installation
     * and removal readings are dated those days).
     *
     * @param day the day
     * @return whether {@code installed ≤ day ≤ removed}
     */
    public boolean inService(LocalDate day) {
        return !day.isBefore(installed) && removed.map(r -> !day.isAfter(r)).orElse(true);
    }

    /**
     * Checks that a single reading can belong to this meter.
     *
     * @param r the reading
     * @throws ReadingException with {@link ErrorCode#READING_UNKNOWN_REGISTER} if it is of another meter or of a
     *                          register this meter does not have, {@link ErrorCode#READING_OUTSIDE_SERVICE} if
     *                          dated before the installation or after the removal,
     *                          {@link ErrorCode#VALUE_UNIT_MISMATCH} if of another unit,
     *                          {@link ErrorCode#READING_BEYOND_CAPACITY} if not below the digit capacity
     */
    public void check(Reading r) {
        Objects.requireNonNull(r, "reading");
        String entity = "meter " + id;
        if (!r.meter().equals(id)) {
            throw new ReadingException(ErrorCode.READING_UNKNOWN_REGISTER, entity, r.date(),
                    "reading " + r.value() + " is of meter " + r.meter(), "readings.same-meter");
        }
        if (!registers.has(r.register())) {
            throw new ReadingException(ErrorCode.READING_UNKNOWN_REGISTER, entity, r.date(),
                    "reading " + r.value() + " is of register " + r.register().code() + " which a " + registers
                            + " meter does not have", "readings.known-register");
        }
        if (r.date().isBefore(installed)) {
            throw new ReadingException(ErrorCode.READING_OUTSIDE_SERVICE, entity, r.date(),
                    "reading " + r.value() + " is dated before the installation on " + installed,
                    "readings.within-service");
        }
        if (removed.isPresent() && r.date().isAfter(removed.get())) {
            throw new ReadingException(ErrorCode.READING_OUTSIDE_SERVICE, entity, r.date(),
                    "reading " + r.value() + " is dated after the removal on " + removed.get(),
                    "readings.within-service");
        }
        if (r.value().unit() != resource.unit()) {
            throw new ReadingException(ErrorCode.VALUE_UNIT_MISMATCH, entity, r.date(),
                    "reading " + r.value() + " is not in " + resource.unit(), "readings.meter-unit");
        }
        if (r.value().compareTo(capacity()) >= 0) {
            throw new ReadingException(ErrorCode.READING_BEYOND_CAPACITY, entity, r.date(),
                    "reading " + r.value() + " is beyond the " + digits + "-digit capacity (it must be below "
                            + BigDecimal.TEN.pow(digits).toPlainString() + ")", "readings.within-capacity");
        }
    }

    /**
     * Checks every reading with {@link #check(Reading)}, and that no two readings of one register, date and source
     * disagree. Identical duplicates (the same value, e.g. a reading sent twice) are harmless and accepted; readings
     * of one day from different sources may differ (which one counts is the reading-source policy's choice).
     *
     * @param readings the readings, in any order
     * @throws ReadingException naming the first faulty reading, as {@link #check(Reading)}, or with
     *                          {@link ErrorCode#READING_CONFLICT} naming both values of a conflicting pair
     */
    public void checkAll(Collection<Reading> readings) {
        Map<String, Reading> seen = new HashMap<>();
        for (Reading r : readings) {
            check(r);
            Reading other = seen.putIfAbsent(r.register() + "|" + r.date() + "|" + r.source(), r);
            if (other != null && !other.value().equals(r.value())) {
                throw new ReadingException(ErrorCode.READING_CONFLICT, "meter " + id, r.date(),
                        "readings " + other.value() + " and " + r.value() + " of register " + r.register().code()
                                + " from source " + r.source() + " disagree", "readings.no-conflicting-duplicates");
            }
        }
    }
}
