package org.raschet.core.meter;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raschet.core.error.Faults.assertFault;
import static org.raschet.core.error.Faults.assertFaultOn;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raschet.core.account.AccountId;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidMeterException;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.error.ReadingException;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.quantity.Unit;

/** Meters and readings: service dates, digit capacity, registers (442 zones), conflicting duplicates. */
class MeterTest {
    private static final LocalDate INSTALLED = LocalDate.of(2025, 1, 10);
    private static final LocalDate REMOVED = LocalDate.of(2025, 6, 30);
    private static final MeterId ID = MeterId.of("77-0042");
    private static final Meter METER = Meter.single("77-0042", "42", Resource.ELECTRICITY, 5, INSTALLED);

    private static Reading reading(Register register, LocalDate date, String value, ReadingSource source) {
        return Reading.of(ID, register, date, Quantity.of(value, Unit.KWH), source);
    }

    private static Reading reading(LocalDate date, String value) {
        return reading(Register.TOTAL, date, value, ReadingSource.CONSUMER_WEB);
    }

    @Test
    void single_meter_defaults() {
        assertEquals(ID, METER.id());
        assertEquals(AccountId.of("42"), METER.account());
        assertEquals(RegisterSet.SINGLE, METER.registers());
        assertEquals(1, METER.ratio());
        assertEquals(Optional.empty(), METER.removed());
        assertEquals(Optional.empty(), METER.verificationDue());
        // household electricity meters are replaced by the supplier (Federal Law No. 522-ФЗ; 354 p.59(г))
        assertTrue(METER.replacedBySupplier());
        assertFalse(Meter.single("W-1", "42", Resource.COLD_WATER, 5, INSTALLED).replacedBySupplier());
        assertEquals(List.of(), METER.events());
    }

    @Test
    void capacity_is_ten_to_the_digits() {
        assertEquals(Quantity.of("100000", Unit.KWH), METER.capacity());
        assertEquals(Quantity.of("10", Unit.KWH), Meter.single("m", "a", Resource.ELECTRICITY, 1, INSTALLED).capacity());
        assertEquals(Quantity.of("1000000000000", Unit.M3),
                Meter.single("m", "a", Resource.GAS, 12, INSTALLED).capacity());
    }

    @Test
    void in_service_includes_the_installation_and_removal_days() {
        Meter m = METER.withRemoved(REMOVED);
        assertFalse(m.inService(INSTALLED.minusDays(1)));
        assertTrue(m.inService(INSTALLED));
        assertTrue(m.inService(REMOVED));
        assertFalse(m.inService(REMOVED.plusDays(1)));
        assertTrue(METER.inService(LocalDate.of(2099, 1, 1)));
        // installed and removed the same day is valid (a meter replaced at once)
        assertTrue(METER.withRemoved(INSTALLED).inService(INSTALLED));
    }

    @Test
    void withers_keep_the_other_parts() {
        MeterEvent seal = MeterEvent.of(INSTALLED, MeterEvent.Kind.SEAL_PLACED);
        Meter m = METER.withRatio(30).withRegisters(RegisterSet.TWO_ZONE).withRemoved(REMOVED)
                .withVerificationDue(LocalDate.of(2031, 1, 10)).withEvent(seal)
                .withEvent(new MeterEvent(REMOVED, MeterEvent.Kind.FAILED, Optional.of("act 17")));
        assertEquals(30, m.ratio());
        assertEquals(RegisterSet.TWO_ZONE, m.registers());
        assertEquals(Optional.of(REMOVED), m.removed());
        assertEquals(Optional.of(LocalDate.of(2031, 1, 10)), m.verificationDue());
        assertEquals(2, m.events().size());
        assertEquals(seal, m.events().get(0));
        assertEquals(Optional.of("act 17"), m.events().get(1).document());
        assertEquals(5, m.digits());
        assertEquals(INSTALLED, m.installed());
        assertEquals(ID, m.id());
        assertEquals(Resource.ELECTRICITY, m.resource());
        assertEquals(1, METER.ratio());
        assertEquals(List.of(), METER.events());
    }

    @Test
    void check_accepts_a_reading_within_service_and_capacity() {
        Meter m = METER.withRemoved(REMOVED);
        assertDoesNotThrow(() -> m.check(reading(INSTALLED, "0")));
        assertDoesNotThrow(() -> m.check(reading(REMOVED, "99999.999999")));
        Meter zoned = METER.withRegisters(RegisterSet.THREE_ZONE);
        assertDoesNotThrow(() -> zoned.check(reading(Register.PEAK, INSTALLED, "1", ReadingSource.REMOTE)));
        assertDoesNotThrow(() -> zoned.check(reading(Register.SEMI_PEAK, INSTALLED, "1", ReadingSource.REMOTE)));
        assertDoesNotThrow(() -> zoned.check(reading(Register.NIGHT, INSTALLED, "1", ReadingSource.REMOTE)));
    }

    @Test
    void check_refuses_readings_that_cannot_belong() {
        LocalDate day = LocalDate.of(2025, 2, 1);
        Reading other = Reading.of(MeterId.of("77-0043"), Register.TOTAL, day, Quantity.of("5", Unit.KWH),
                ReadingSource.REMOTE);
        assertFaultOn(ReadingException.class, ErrorCode.READING_UNKNOWN_REGISTER, day, () -> METER.check(other),
                "meter 77-0042", "5.000000 kWh", "is of meter 77-0043", "readings.same-meter");
        Reading m3 = Reading.of(ID, Register.TOTAL, day, Quantity.of("5", Unit.M3), ReadingSource.REMOTE);
        assertFaultOn(ReadingException.class, ErrorCode.VALUE_UNIT_MISMATCH, day, () -> METER.check(m3),
                "meter 77-0042", "5.000000 m3", "is not in kWh", "readings.meter-unit");
        Meter twoZone = METER.withRegisters(RegisterSet.TWO_ZONE);
        assertFaultOn(ReadingException.class, ErrorCode.READING_UNKNOWN_REGISTER, day,
                () -> twoZone.check(reading(day, "5")), "register T", "TWO_ZONE", "readings.known-register");
        // the capacity edge: 99999.999999 fits 5 digits, 100000 does not
        assertFaultOn(ReadingException.class, ErrorCode.READING_BEYOND_CAPACITY, day,
                () -> METER.check(reading(day, "100000.000000")), "100000.000000 kWh", "5-digit",
                "must be below 100000");
    }

    @Test
    void check_all_accepts_identical_duplicates_and_differing_sources() {
        LocalDate day = LocalDate.of(2025, 2, 28);
        assertDoesNotThrow(() -> METER.checkAll(List.of(
                reading(day, "1203.5"),
                reading(day, "1203.5").withKnownOn(day.plusDays(2)), // sent twice: harmless
                reading(Register.TOTAL, day, "1230.5", ReadingSource.CONTROL), // another source may differ
                reading(day.plusDays(1), "1230.5"))));
        assertDoesNotThrow(() -> METER.checkAll(List.of()));
    }

    @Test
    void check_all_names_the_first_fault() {
        LocalDate day = LocalDate.of(2025, 2, 28);
        assertFaultOn(ReadingException.class, ErrorCode.READING_CONFLICT, day,
                () -> METER.checkAll(List.of(reading(day, "1203.5"), reading(day.plusDays(1), "1300"),
                        reading(day, "1203.6"))),
                "readings 1203.500000 kWh and 1203.600000 kWh of register T from source CONSUMER_WEB disagree");
        assertFaultOn(ReadingException.class, ErrorCode.READING_OUTSIDE_SERVICE, INSTALLED.minusDays(1),
                () -> METER.checkAll(List.of(reading(day, "1203.5"), reading(INSTALLED.minusDays(1), "1"))),
                "before the installation on 2025-01-10");
    }

    @Test
    void invalid_meters() {
        assertFaultOn(InvalidMeterException.class, ErrorCode.VALUE_OUT_OF_RANGE, INSTALLED,
                () -> Meter.single("77-0042", "42", Resource.ELECTRICITY, 13, INSTALLED),
                "meter 77-0042", "digit capacity 13 is outside 1..12", "meter.digits");
        assertFaultOn(InvalidMeterException.class, ErrorCode.VALUE_OUT_OF_RANGE, INSTALLED, () -> METER.withRatio(-30),
                "transformation ratio -30 is not positive");
        assertDoesNotThrow(() -> Meter.single("m", "a", Resource.ELECTRICITY, 1, INSTALLED).withRatio(1));
        assertFault(InvalidValueException.class, ErrorCode.VALUE_OUT_OF_RANGE, () -> MeterId.of("  "),
                "meter id", "id.non-blank");
        assertEquals("77-0042", ID.toString());
    }

    @Test
    void readings_carry_source_knowledge_date_and_document() {
        LocalDate day = LocalDate.of(2025, 2, 28);
        Reading r = reading(day, "1203.5").withKnownOn(LocalDate.of(2025, 3, 3)).withDocument("SMS 8812");
        assertEquals(LocalDate.of(2025, 3, 3), r.knownOn());
        assertEquals(Optional.of("SMS 8812"), r.document());
        assertEquals(day, reading(day, "1").knownOn());
        assertEquals(Optional.empty(), reading(day, "1").document());
        assertEquals(Quantity.of("1203.5", Unit.KWH), r.value());
        assertFaultOn(ReadingException.class, ErrorCode.VALUE_OUT_OF_RANGE, day, () -> reading(day, "-0.000001"),
                "meter 77-0042", "-0.000001 kWh", "register T is negative", "readings.non-negative");
        assertTrue(ReadingSource.CONSUMER_SMS.isConsumer());
        assertTrue(ReadingSource.RECEIPT.isConsumer());
        assertTrue(ReadingSource.CONSUMER_WEB.isConsumer());
        assertFalse(ReadingSource.CONTROL.isConsumer());
        assertFalse(ReadingSource.REMOTE.isConsumer());
        assertFalse(ReadingSource.ESTIMATED.isConsumer());
        assertEquals("контрольное снятие", ReadingSource.CONTROL.nameRu());
        assertEquals("consumer via SMS", ReadingSource.CONSUMER_SMS.nameEn());
    }

    @Test
    void register_sets_follow_the_zones_of_442() {
        assertEquals(List.of(Register.TOTAL), RegisterSet.SINGLE.registers());
        assertEquals(List.of(Register.DAY, Register.NIGHT), RegisterSet.TWO_ZONE.registers());
        assertEquals(List.of(Register.PEAK, Register.SEMI_PEAK, Register.NIGHT), RegisterSet.THREE_ZONE.registers());
        assertTrue(RegisterSet.TWO_ZONE.has(Register.NIGHT));
        assertFalse(RegisterSet.TWO_ZONE.has(Register.PEAK));
        assertEquals("T2", Register.NIGHT.code());
        assertEquals("полупик", Register.SEMI_PEAK.nameRu());
        assertEquals("day", Register.DAY.nameEn());
    }
}
