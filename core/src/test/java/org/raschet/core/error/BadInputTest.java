package org.raschet.core.error;

import static org.raschet.core.error.Faults.assertFault;
import static org.raschet.core.error.Faults.assertFaultOn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raschet.core.account.AccountId;
import org.raschet.core.account.Premise;
import org.raschet.core.consumption.RegisterConsumption;
import org.raschet.core.consumption.RolloverPolicy;
import org.raschet.core.meter.Meter;
import org.raschet.core.meter.MeterId;
import org.raschet.core.meter.Reading;
import org.raschet.core.meter.ReadingSource;
import org.raschet.core.meter.Register;
import org.raschet.core.meter.RegisterSet;
import org.raschet.core.money.Amounts;
import org.raschet.core.money.Price;
import org.raschet.core.money.RoundingRule;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.quantity.Area;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.quantity.Unit;

/**
 * Every bad input named by the Foundation issue ("Errors"): the exception type, its stable code, and a message that
 * names the entity, the date (where there is one), the offending value and the rule.
 */
class BadInputTest {
    private static final LocalDate INSTALLED = LocalDate.of(2025, 1, 10);
    private static final MeterId ID = MeterId.of("77-0042");
    private static final Meter METER = Meter.single("77-0042", "42", Resource.ELECTRICITY, 5, INSTALLED);

    private static Reading reading(LocalDate date, String value) {
        return Reading.of(ID, Register.TOTAL, date, Quantity.of(value, Unit.KWH), ReadingSource.CONSUMER_WEB);
    }

    // --- invalid values -------------------------------------------------------------------------------------

    @Test
    void negative_area() {
        assertFault(InvalidValueException.class, ErrorCode.VALUE_OUT_OF_RANGE, () -> Area.of("-54.3"),
                "area", "-54.3000 m2", "is negative", "area.non-negative");
    }

    @Test
    void zero_area_of_a_premise() {
        assertFault(InvalidAccountException.class, ErrorCode.VALUE_OUT_OF_RANGE,
                () -> Premise.residential("42", "H1", "0", 2, INSTALLED, "urban"),
                "account 42", "0.0000 m2", "premise.area-positive");
    }

    @Test
    void unknown_unit() {
        assertFault(InvalidValueException.class, ErrorCode.VALUE_UNKNOWN_UNIT, () -> Quantity.parse("150.5 kWt"),
                "unit", "'kWt'", "unit.known");
        assertFault(InvalidValueException.class, ErrorCode.VALUE_UNKNOWN_UNIT, () -> Area.parse("54.3 ft2"),
                "area", "'ft2'", "area.unit-m2");
        assertFault(InvalidValueException.class, ErrorCode.VALUE_UNKNOWN_UNIT, () -> Price.parse("5.67 XYZ/kWh"),
                "currency", "'XYZ'", "currency.known");
    }

    @Test
    void mismatched_units() {
        Quantity kwh = Quantity.of("1.5", Unit.KWH);
        Quantity m3 = Quantity.of("2", Unit.M3);
        assertFault(InvalidValueException.class, ErrorCode.VALUE_UNIT_MISMATCH, () -> kwh.plus(m3),
                "quantity 1.500000 kWh", "2.000000 m3", "quantity.same-unit");
        assertFault(InvalidValueException.class, ErrorCode.VALUE_UNIT_MISMATCH,
                () -> Price.rub("5.67", Unit.KWH).chargeMinor(m3, RoundingRule.KOPECKS_HALF_UP),
                "price 5.6700 RUB/kWh", "2.000000 m3", "price.same-unit");
    }

    @Test
    void overflow_of_quantity_arithmetic() {
        Quantity max = Quantity.ofMicros(Long.MAX_VALUE, Unit.KWH);
        assertFault(OverflowException.class, ErrorCode.VALUE_OVERFLOW, () -> max.plus(Quantity.ofMicros(1, Unit.KWH)),
                "quantity 9223372036854.775807 kWh", "9223372036854775807 + 1", "arithmetic.exact");
    }

    @Test
    void overflow_of_a_huge_area_is_typed_not_an_arithmetic_exception() {
        assertFault(OverflowException.class, ErrorCode.VALUE_OVERFLOW,
                () -> Area.of(new BigDecimal("1E+30")), "area", "1000000000000000000000000000000 m2");
    }

    @Test
    void overflow_of_a_charge_line() {
        Quantity huge = Quantity.ofMicros(Long.MAX_VALUE, Unit.KWH);
        assertFault(OverflowException.class, ErrorCode.VALUE_OVERFLOW,
                () -> Price.rub("100000", Unit.KWH).chargeMinor(huge, RoundingRule.KOPECKS_HALF_UP),
                "charge 9223372036854.775807 kWh × 100000.0000 RUB/kWh");
    }

    @Test
    void value_finer_than_the_scale_is_refused_not_rounded() {
        assertFault(InvalidValueException.class, ErrorCode.VALUE_TOO_PRECISE, () -> Quantity.of("0.0000001", Unit.KWH),
                "quantity", "0.0000001 kWh", "quantity.scale-6");
        assertFault(InvalidValueException.class, ErrorCode.VALUE_TOO_PRECISE, () -> Amounts.rub("699.985"),
                "amount", "699.985 RUB", "amount.minor-units");
    }

    @Test
    void unparseable_text() {
        assertFault(InvalidValueException.class, ErrorCode.VALUE_UNPARSEABLE, () -> Quantity.of("12,5", Unit.KWH),
                "quantity", "'12,5'", "quantity.decimal");
        assertFault(InvalidValueException.class, ErrorCode.VALUE_UNPARSEABLE, () -> Price.rub("five", Unit.KWH),
                "price", "'five'", "price.decimal");
    }

    // --- invalid readings -------------------------------------------------------------------------------------

    @Test
    void reading_before_installation() {
        LocalDate day = LocalDate.of(2025, 1, 9);
        assertFaultOn(ReadingException.class, ErrorCode.READING_OUTSIDE_SERVICE, day,
                () -> METER.check(reading(day, "12")),
                "meter 77-0042", "12.000000 kWh", "before the installation on 2025-01-10", "readings.within-service");
    }

    @Test
    void reading_after_removal() {
        Meter removed = METER.withRemoved(LocalDate.of(2025, 6, 30));
        LocalDate day = LocalDate.of(2025, 7, 1);
        assertFaultOn(ReadingException.class, ErrorCode.READING_OUTSIDE_SERVICE, day,
                () -> removed.check(reading(day, "345.6")),
                "meter 77-0042", "345.600000 kWh", "after the removal on 2025-06-30", "readings.within-service");
    }

    @Test
    void reading_beyond_the_digit_capacity() {
        LocalDate day = LocalDate.of(2025, 2, 1);
        assertFaultOn(ReadingException.class, ErrorCode.READING_BEYOND_CAPACITY, day,
                () -> METER.check(reading(day, "100000")),
                "meter 77-0042", "100000.000000 kWh", "5-digit capacity", "100000", "readings.within-capacity");
    }

    @Test
    void conflicting_duplicates_from_one_source() {
        LocalDate day = LocalDate.of(2025, 2, 28);
        assertFaultOn(ReadingException.class, ErrorCode.READING_CONFLICT, day,
                () -> METER.checkAll(List.of(reading(day, "1203.5"), reading(day, "1230.5"))),
                "meter 77-0042", "1203.500000 kWh", "1230.500000 kWh", "CONSUMER_WEB",
                "readings.no-conflicting-duplicates");
    }

    @Test
    void decreasing_reading_without_an_accepted_rollover() {
        LocalDate day = LocalDate.of(2025, 3, 1);
        assertFaultOn(ReadingException.class, ErrorCode.READING_DECREASE, day,
                () -> RegisterConsumption.between(METER, reading(LocalDate.of(2025, 2, 1), "1210"),
                        reading(day, "1203.5"), RolloverPolicy.NEVER, ProtocolSink.NONE),
                "meter 77-0042", "1203.500000 kWh", "below the previous 1210.000000 kWh of 2025-02-01",
                "readings.non-decreasing");
    }

    @Test
    void reading_known_before_it_was_taken() {
        LocalDate day = LocalDate.of(2025, 3, 1);
        assertFaultOn(ReadingException.class, ErrorCode.READING_KNOWN_BEFORE_TAKEN, day,
                () -> reading(day, "1203.5").withKnownOn(LocalDate.of(2025, 2, 27)),
                "meter 77-0042", "1203.500000 kWh", "known on 2025-02-27", "readings.known-after-taken");
    }

    @Test
    void reading_of_a_register_the_meter_does_not_have() {
        LocalDate day = LocalDate.of(2025, 3, 1);
        Reading night = Reading.of(ID, Register.NIGHT, day, Quantity.of("10", Unit.KWH), ReadingSource.REMOTE);
        assertFaultOn(ReadingException.class, ErrorCode.READING_UNKNOWN_REGISTER, day, () -> METER.check(night),
                "meter 77-0042", "10.000000 kWh", "register T2", "readings.known-register");
    }

    // --- invalid meters ---------------------------------------------------------------------------------------

    @Test
    void meter_removed_before_installation() {
        LocalDate removal = LocalDate.of(2025, 1, 9);
        assertFaultOn(InvalidMeterException.class, ErrorCode.METER_INVALID, removal, () -> METER.withRemoved(removal),
                "meter 77-0042", "removal on 2025-01-09 precedes installation on 2025-01-10",
                "meter.removed-after-installed");
    }

    @Test
    void meter_with_ratio_zero() {
        assertFaultOn(InvalidMeterException.class, ErrorCode.VALUE_OUT_OF_RANGE, INSTALLED, () -> METER.withRatio(0),
                "meter 77-0042", "transformation ratio 0", "meter.ratio-positive");
    }

    @Test
    void meter_with_zero_digits() {
        assertFaultOn(InvalidMeterException.class, ErrorCode.VALUE_OUT_OF_RANGE, INSTALLED,
                () -> new Meter(ID, AccountId.of("42"), Resource.ELECTRICITY, RegisterSet.SINGLE, 0, 1, INSTALLED,
                        Optional.empty(), Optional.empty(), true, List.of()),
                "meter 77-0042", "digit capacity 0", "meter.digits");
    }

    // --- missing policy input ---------------------------------------------------------------------------------

    @Test
    void timeline_gap_before_the_first_entry() {
        Premise p = Premise.residential("42", "H1", "54.3", 2, LocalDate.of(2025, 3, 15), "urban");
        LocalDate day = LocalDate.of(2025, 3, 14);
        assertFaultOn(MissingPolicyInputException.class, ErrorCode.SCHEDULE_GAP, day, () -> p.residentsOn(day),
                "residents of account 42", "no value is given for 2025-03-14", "the first entry holds from 2025-03-15",
                "schedule.covers-day");
    }

    @Test
    void negative_resident_count() {
        Premise p = Premise.residential("42", "H1", "54.3", 2, LocalDate.of(2025, 3, 1), "urban");
        LocalDate day = LocalDate.of(2025, 3, 15);
        assertFaultOn(InvalidAccountException.class, ErrorCode.VALUE_OUT_OF_RANGE, day, () -> p.withResidents(day, -1),
                "account 42", "resident count -1", "residents.non-negative");
    }
}
