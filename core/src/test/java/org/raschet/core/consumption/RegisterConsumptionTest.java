package org.raschet.core.consumption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raschet.core.error.Faults.assertFault;
import static org.raschet.core.error.Faults.assertFaultOn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.OverflowException;
import org.raschet.core.error.ReadingException;
import org.raschet.core.meter.Meter;
import org.raschet.core.meter.MeterId;
import org.raschet.core.meter.Reading;
import org.raschet.core.meter.ReadingSource;
import org.raschet.core.meter.Register;
import org.raschet.core.meter.RegisterSet;
import org.raschet.core.protocol.Formulas;
import org.raschet.core.protocol.Input;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.quantity.Unit;

/**
 * The first calculation: V = (R2 − R1) × k between two readings of one register (354 p.42, App. 2, formula 1;
 * LEGAL §2), with a rollover only where the policy accepts it, and its protocol step.
 */
class RegisterConsumptionTest {
    private static final LocalDate INSTALLED = LocalDate.of(2025, 1, 1);
    private static final LocalDate FEB_28 = LocalDate.of(2025, 2, 28);
    private static final LocalDate MAR_31 = LocalDate.of(2025, 3, 31);
    private static final Meter METER = Meter.single("77-0042", "42", Resource.ELECTRICITY, 5, INSTALLED);

    private static Reading reading(LocalDate date, String value) {
        return Reading.of(MeterId.of("77-0042"), Register.TOTAL, date, Quantity.of(value, Unit.KWH),
                ReadingSource.CONSUMER_WEB);
    }

    private static Quantity kwh(String v) {
        return Quantity.of(v, Unit.KWH);
    }

    private static ProtocolStep onlyStep(ProtocolRecorder sink) {
        assertEquals(1, sink.entries().size());
        return (ProtocolStep) sink.entries().get(0);
    }

    private static Map<String, BigDecimal> values(ProtocolStep step) {
        return step.inputs().stream().collect(Collectors.toMap(Input::symbol, Input::value));
    }

    @Test
    void simple_interval() {
        // 354 App. 2 f.1: V = (12 500.1 − 12 345.6) × 1 = 154.5 kWh
        ProtocolRecorder sink = new ProtocolRecorder();
        Quantity v = RegisterConsumption.between(METER, reading(FEB_28, "12345.6"), reading(MAR_31, "12500.1"),
                RolloverPolicy.BELOW_HALF_CAPACITY, sink);
        assertEquals(kwh("154.5"), v);
        ProtocolStep step = onlyStep(sink);
        assertEquals(Formulas.CONSUMPTION_INTERVAL, step.formula());
        assertEquals("(R2 - R1) * k", step.formula().expression());
        assertEquals(List.of("R2", "R1", "k"), step.inputs().stream().map(Input::symbol).toList());
        Map<String, BigDecimal> in = values(step);
        assertEquals(new BigDecimal("12500.100000"), in.get("R2"));
        assertEquals(new BigDecimal("12345.600000"), in.get("R1"));
        assertEquals(BigDecimal.ONE, in.get("k"));
        assertEquals("kWh", step.inputs().get(0).unit());
        assertEquals("V", step.result().symbol());
        assertEquals(new BigDecimal("154.500000"), step.result().value());
        // the step re-evaluated from its own inputs gives its result
        assertEquals(0, in.get("R2").subtract(in.get("R1")).multiply(in.get("k")).compareTo(step.result().value()));
        assertTrue(step.notes().isEmpty());
    }

    @Test
    void through_current_transformers_with_ratio_30() {
        // LEGAL §2: V = (1240.00 − 1234.56) × 30 = 5.44 × 30 = 163.2 kWh
        ProtocolRecorder sink = new ProtocolRecorder();
        Quantity v = RegisterConsumption.between(METER.withRatio(30), reading(FEB_28, "1234.56"),
                reading(MAR_31, "1240"), RolloverPolicy.NEVER, sink);
        assertEquals(kwh("163.2"), v);
        Map<String, BigDecimal> in = values(onlyStep(sink));
        assertEquals(BigDecimal.valueOf(30), in.get("k"));
        assertEquals(new BigDecimal("163.200000"), onlyStep(sink).result().value());
    }

    @Test
    void equal_readings_give_zero() {
        assertEquals(kwh("0"), RegisterConsumption.between(METER, reading(FEB_28, "500"), reading(MAR_31, "500"),
                RolloverPolicy.NEVER, ProtocolSink.NONE));
    }

    @Test
    void rollover_of_a_five_digit_register_accepted_by_below_half_capacity() {
        // LEGAL §2: V = later + 10^k − earlier = 30 + 100 000 − 99 950 = 80 kWh; 80 < 50 000 (half the capacity)
        ProtocolRecorder sink = new ProtocolRecorder();
        Quantity v = RegisterConsumption.between(METER, reading(FEB_28, "99950"), reading(MAR_31, "00030"),
                RolloverPolicy.BELOW_HALF_CAPACITY, sink);
        assertEquals(kwh("80"), v);
        ProtocolStep step = onlyStep(sink);
        assertEquals(Formulas.CONSUMPTION_ROLLOVER, step.formula());
        assertEquals("(R2 + C - R1) * k", step.formula().expression());
        assertEquals(List.of("R2", "C", "R1", "k"), step.inputs().stream().map(Input::symbol).toList());
        Map<String, BigDecimal> in = values(step);
        assertEquals(new BigDecimal("100000.000000"), in.get("C"));
        assertEquals(0, in.get("R2").add(in.get("C")).subtract(in.get("R1")).multiply(in.get("k"))
                .compareTo(step.result().value()));
        // the protocol names the policy that accepted the rollover
        assertEquals(List.of("policy:rollover.below-half-capacity"),
                step.notes().stream().map(n -> n.id()).toList());
        // × ratio 30: 80 × 30 = 2400 kWh
        assertEquals(kwh("2400"), RegisterConsumption.between(METER.withRatio(30), reading(FEB_28, "99950"),
                reading(MAR_31, "30"), RolloverPolicy.BELOW_HALF_CAPACITY, ProtocolSink.NONE));
    }

    @Test
    void the_same_rollover_is_rejected_by_never() {
        assertFaultOn(ReadingException.class, ErrorCode.READING_DECREASE, MAR_31,
                () -> RegisterConsumption.between(METER, reading(FEB_28, "99950"), reading(MAR_31, "30"),
                        RolloverPolicy.NEVER, ProtocolSink.NONE),
                "meter 77-0042", "reading 30.000000 kWh of register T",
                "is below the previous 99950.000000 kWh of 2025-02-28", "readings.non-decreasing");
        assertEquals("policy:rollover.never", RolloverPolicy.NEVER.note().id());
        assertFalse(RolloverPolicy.NEVER.accepts(99_950_000_000L, 30_000_000L, 100_000_000_000L));
    }

    @Test
    void a_decrease_too_large_for_a_rollover_is_an_error() {
        // 12 500 → 12 400: read as a rollover it would be 99 900 kWh ≥ 50 000 — a typing error, not a rollover
        ProtocolRecorder sink = new ProtocolRecorder();
        assertFaultOn(ReadingException.class, ErrorCode.READING_DECREASE, MAR_31,
                () -> RegisterConsumption.between(METER, reading(FEB_28, "12500"), reading(MAR_31, "12400"),
                        RolloverPolicy.BELOW_HALF_CAPACITY, sink),
                "12400.000000 kWh", "12500.000000 kWh");
        assertTrue(sink.entries().isEmpty(), "no half result in the protocol");
    }

    @Test
    void below_half_capacity_at_its_boundary() {
        long c = 100_000_000_000L; // 5 digits, micros
        // implied C − R1 + R2 = 49 999.999999 kWh: accepted; exactly 50 000: rejected
        assertTrue(RolloverPolicy.BELOW_HALF_CAPACITY.accepts(50_000_000_001L, 0, c));
        assertFalse(RolloverPolicy.BELOW_HALF_CAPACITY.accepts(50_000_000_000L, 0, c));
        assertFalse(RolloverPolicy.BELOW_HALF_CAPACITY.accepts(10, 10, c));
        assertFalse(RolloverPolicy.BELOW_HALF_CAPACITY.accepts(10, 11, c));
        assertTrue(RolloverPolicy.BELOW_HALF_CAPACITY.accepts(c - 1, 0, c));
        assertTrue(RolloverPolicy.BELOW_HALF_CAPACITY.note().ru().contains("половины"));
    }

    @Test
    void readings_must_be_of_one_register_in_date_order() {
        assertFaultOn(ReadingException.class, ErrorCode.VALUE_OUT_OF_RANGE, FEB_28,
                () -> RegisterConsumption.between(METER, reading(FEB_28, "1"), reading(FEB_28, "2"),
                        RolloverPolicy.NEVER, ProtocolSink.NONE),
                "reading 2.000000 kWh is not dated after the earlier reading 1.000000 kWh of 2025-02-28",
                "readings.ordered");
        assertFaultOn(ReadingException.class, ErrorCode.VALUE_OUT_OF_RANGE, FEB_28,
                () -> RegisterConsumption.between(METER, reading(MAR_31, "1"), reading(FEB_28, "2"),
                        RolloverPolicy.NEVER, ProtocolSink.NONE), "readings.ordered");
        Meter twoZone = METER.withRegisters(RegisterSet.TWO_ZONE);
        Reading day = Reading.of(MeterId.of("77-0042"), Register.DAY, FEB_28, kwh("1"), ReadingSource.REMOTE);
        Reading night = Reading.of(MeterId.of("77-0042"), Register.NIGHT, MAR_31, kwh("2"), ReadingSource.REMOTE);
        assertFaultOn(ReadingException.class, ErrorCode.READING_UNKNOWN_REGISTER, MAR_31,
                () -> RegisterConsumption.between(twoZone, day, night, RolloverPolicy.NEVER, ProtocolSink.NONE),
                "registers T1 and T2 cannot be subtracted", "readings.same-register");
        // each reading is checked against the meter first
        assertFaultOn(ReadingException.class, ErrorCode.READING_OUTSIDE_SERVICE, LocalDate.of(2024, 12, 31),
                () -> RegisterConsumption.between(METER, reading(LocalDate.of(2024, 12, 31), "1"),
                        reading(MAR_31, "2"), RolloverPolicy.NEVER, ProtocolSink.NONE), "before the installation");
        assertFaultOn(ReadingException.class, ErrorCode.READING_BEYOND_CAPACITY, MAR_31,
                () -> RegisterConsumption.between(METER, reading(FEB_28, "1"), reading(MAR_31, "100000"),
                        RolloverPolicy.NEVER, ProtocolSink.NONE), "5-digit");
    }

    @Test
    void volume_times_a_huge_ratio_overflows_typed() {
        Meter big = Meter.single("HV-1", "42", Resource.ELECTRICITY, 12, INSTALLED).withRatio(1_000_000_000L);
        Reading r1 = Reading.of(MeterId.of("HV-1"), Register.TOTAL, FEB_28, kwh("0"), ReadingSource.REMOTE);
        Reading r2 = Reading.of(MeterId.of("HV-1"), Register.TOTAL, MAR_31, kwh("999999999999"),
                ReadingSource.REMOTE);
        assertFault(OverflowException.class, ErrorCode.VALUE_OVERFLOW,
                () -> RegisterConsumption.between(big, r1, r2, RolloverPolicy.NEVER, ProtocolSink.NONE),
                "meter HV-1 volume");
    }

    @Test
    void the_protocol_shows_the_reading_documents() {
        ProtocolRecorder sink = new ProtocolRecorder();
        RegisterConsumption.between(METER, reading(FEB_28, "100").withDocument("act 12"),
                reading(MAR_31, "150").withDocument("SMS 8812"), RolloverPolicy.NEVER, sink);
        ProtocolStep step = onlyStep(sink);
        assertEquals(Optional.of("SMS 8812"), step.inputs().get(0).document());
        assertEquals(Optional.of("act 12"), step.inputs().get(1).document());
        assertEquals(Optional.empty(), step.inputs().get(2).document());
    }
}
