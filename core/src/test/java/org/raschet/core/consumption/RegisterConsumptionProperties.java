package org.raschet.core.consumption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.OverflowException;
import org.raschet.core.error.ReadingException;
import org.raschet.core.meter.Meter;
import org.raschet.core.meter.MeterId;
import org.raschet.core.meter.Reading;
import org.raschet.core.meter.ReadingSource;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.Input;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.quantity.Unit;

/**
 * For any register size, readings and ratio: V = (R2 − R1) × k, or (R2 + C − R1) × k across a rollover the policy
 * accepts, never negative; otherwise a READING_DECREASE fault (354 App. 2 formula 1; LEGAL §2). The protocol step
 * re-evaluates to its result.
 */
class RegisterConsumptionProperties {
    private static final LocalDate D1 = LocalDate.of(2025, 2, 28);
    private static final LocalDate D2 = LocalDate.of(2025, 3, 31);

    @Property(tries = 400)
    void volume_is_the_difference_times_the_ratio_or_a_rollover_never_negative(
            @ForAll @IntRange(min = 1, max = 12) int digits,
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long a,
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long b,
            @ForAll("ratios") long ratio,
            @ForAll("policies") RolloverPolicy policy) {
        Meter meter = Meter.single("M", "A", Resource.ELECTRICITY, digits, D1).withRatio(ratio);
        long c = meter.capacity().micros();
        long r1 = a % c;
        long r2 = b % c;
        BigInteger k = BigInteger.valueOf(ratio);
        BigInteger difference;
        if (r2 >= r1) {
            difference = BigInteger.valueOf(r2 - r1);
        } else if (policy == RolloverPolicy.BELOW_HALF_CAPACITY && c - r1 + r2 < c / 2) {
            difference = BigInteger.valueOf(r2 + c - r1);
        } else {
            difference = null;
        }
        ProtocolRecorder sink = new ProtocolRecorder();
        Reading earlier = reading(D1, r1);
        Reading later = reading(D2, r2);
        if (difference == null) {
            ReadingException e = org.junit.jupiter.api.Assertions.assertThrows(ReadingException.class,
                    () -> RegisterConsumption.between(meter, earlier, later, policy, sink));
            assertEquals(ErrorCode.READING_DECREASE, e.code());
            assertTrue(sink.entries().isEmpty());
            return;
        }
        BigInteger expected = difference.multiply(k);
        if (expected.bitLength() > 63) {
            org.junit.jupiter.api.Assertions.assertThrows(OverflowException.class,
                    () -> RegisterConsumption.between(meter, earlier, later, policy, sink));
            return;
        }
        Quantity v = RegisterConsumption.between(meter, earlier, later, policy, sink);
        assertEquals(expected.longValueExact(), v.micros());
        assertTrue(!v.isNegative());
        assertEquals(Unit.KWH, v.unit());
        ProtocolStep step = (ProtocolStep) sink.entries().get(0);
        Map<String, BigDecimal> in = step.inputs().stream().collect(Collectors.toMap(Input::symbol, Input::value));
        BigDecimal recomputed = in.get("R2").add(in.getOrDefault("C", BigDecimal.ZERO)).subtract(in.get("R1"))
                .multiply(in.get("k"));
        assertEquals(0, recomputed.compareTo(step.result().value()));
        assertEquals(0, v.toBigDecimal().compareTo(step.result().value()));
    }

    private static Reading reading(LocalDate date, long micros) {
        return Reading.of(MeterId.of("M"), Register.TOTAL, date, Quantity.ofMicros(micros, Unit.KWH),
                ReadingSource.REMOTE);
    }

    @Provide
    Arbitrary<Long> ratios() {
        return Arbitraries.oneOf(Arbitraries.of(1L), Arbitraries.longs().between(1, 6000),
                Arbitraries.longs().between(1, Long.MAX_VALUE));
    }

    @Provide
    Arbitrary<RolloverPolicy> policies() {
        return Arbitraries.of(RolloverPolicy.NEVER, RolloverPolicy.BELOW_HALF_CAPACITY);
    }
}
