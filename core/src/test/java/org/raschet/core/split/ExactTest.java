package org.raschet.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.raschet.core.error.Faults.assertFault;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.error.OverflowException;

/** Exact arithmetic (DESIGN principle 2: it throws, never wraps) and rounding that matches BigDecimal. */
class ExactTest {
    private static final long MAX = Long.MAX_VALUE;
    private static final long MIN = Long.MIN_VALUE;

    @Test
    void add_subtract_multiply_negate_at_the_edges() {
        assertEquals(MAX, Exact.add(MAX - 1, 1, "t"));
        assertEquals(MIN, Exact.add(MIN + 1, -1, "t"));
        assertEquals(-1, Exact.add(MAX, MIN, "t"));
        assertEquals(MIN, Exact.subtract(-1, MAX, "t"));
        assertEquals(MAX, Exact.subtract(0, -MAX, "t"));
        assertEquals(MIN, Exact.multiply(1L << 62, -2, "t"));
        assertEquals(-MAX, Exact.multiply(MAX, -1, "t"));
        assertEquals(MAX, Exact.negate(-MAX, "t"));
        assertEquals(0, Exact.negate(0, "t"));
        assertEquals(6, Exact.sum(new long[] {1, 2, 3}, "t"));
        assertEquals(0, Exact.sum(new long[0], "t"));
        // a sum whose partial sums stay in range, though its terms are extreme
        assertEquals(-1, Exact.sum(new long[] {MAX, MIN}, "t"));
    }

    @Test
    void overflow_is_a_typed_fault_naming_the_expression() {
        assertFault(OverflowException.class, ErrorCode.VALUE_OVERFLOW, () -> Exact.add(MAX, 1, "volume"),
                "volume", "9223372036854775807 + 1", "arithmetic.exact");
        assertFault(OverflowException.class, ErrorCode.VALUE_OVERFLOW, () -> Exact.add(MIN, -1, "v"),
                "-9223372036854775808 + -1");
        assertFault(OverflowException.class, ErrorCode.VALUE_OVERFLOW, () -> Exact.subtract(MIN, 1, "v"),
                "-9223372036854775808 - 1");
        assertFault(OverflowException.class, ErrorCode.VALUE_OVERFLOW, () -> Exact.subtract(0, MIN, "v"),
                "0 - -9223372036854775808");
        assertFault(OverflowException.class, ErrorCode.VALUE_OVERFLOW, () -> Exact.multiply(1L << 62, 2, "v"),
                "4611686018427387904 × 2");
        assertFault(OverflowException.class, ErrorCode.VALUE_OVERFLOW, () -> Exact.multiply(MIN, -1, "v"));
        assertFault(OverflowException.class, ErrorCode.VALUE_OVERFLOW, () -> Exact.multiply(-(1L << 32), 1L << 32,
                "v"));
        assertFault(OverflowException.class, ErrorCode.VALUE_OVERFLOW, () -> Exact.negate(MIN, "v"),
                "-(-9223372036854775808)");
        assertFault(OverflowException.class, ErrorCode.VALUE_OVERFLOW,
                () -> Exact.sum(new long[] {MAX, 1, MIN}, "series"), "series");
    }

    @Test
    void rounded_divide_matches_big_decimal_for_every_mode_and_sign() {
        // ±7/2 = ±3.5, ±5/2 = ±2.5 (ties), ±7/3 = ±2.33, ±8/3 = ±2.67
        long[][] cases = {{7, 2}, {5, 2}, {7, 3}, {8, 3}, {-7, 2}, {-5, 2}, {-7, 3}, {-8, 3}, {6, 3}, {-6, 3},
                {MIN, 2}, {MIN, 3}, {MAX, 2}, {MAX, MAX}, {MIN, MAX}, {1, MAX}, {-1, MAX}, {MAX / 2 + 1, MAX}};
        for (RoundingMode mode : RoundingMode.values()) {
            if (mode == RoundingMode.UNNECESSARY) {
                continue;
            }
            for (long[] c : cases) {
                long expected = new BigDecimal(c[0]).divide(new BigDecimal(c[1]), 0, mode).longValueExact();
                assertEquals(expected, Exact.roundedDivide(c[0], c[1], mode), c[0] + "/" + c[1] + " " + mode);
            }
        }
    }

    @Test
    void half_up_is_half_away_from_zero_for_negative_values() {
        // LEGAL §11 rounding of corrections: −2.5 → −3, as BigDecimal HALF_UP; −2.4 → −2; 2.5 → 3
        assertEquals(-3, Exact.roundedDivide(-25, 10, RoundingMode.HALF_UP));
        assertEquals(-2, Exact.roundedDivide(-24, 10, RoundingMode.HALF_UP));
        assertEquals(3, Exact.roundedDivide(25, 10, RoundingMode.HALF_UP));
        assertEquals(-2, Exact.roundedDivide(-25, 10, RoundingMode.HALF_DOWN));
        assertEquals(-2, Exact.roundedDivide(-25, 10, RoundingMode.HALF_EVEN));
        assertEquals(-4, Exact.roundedDivide(-35, 10, RoundingMode.HALF_EVEN));
    }

    @Test
    void multiply_scaled_narrow_and_wide() {
        // 123 456 789 (10⁻⁶) × 56 700 (10⁻⁴) / 10^8 = 699.99999363 → 70 000 kopecks
        assertEquals(70_000L, Exact.multiplyScaled(123_456_789L, 56_700L, 8, RoundingMode.HALF_UP, "t"));
        // shift 0 is the plain product
        assertEquals(12L, Exact.multiplyScaled(3, 4, 0, RoundingMode.UNNECESSARY, "t"));
        // a product past 2^63: MAX × MAX / 10^19 ≈ 8.5070591730234615847e18
        long wide = new BigDecimal(MAX).multiply(new BigDecimal(MAX)).movePointLeft(19)
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
        assertEquals(wide, Exact.multiplyScaled(MAX, MAX, 19, RoundingMode.HALF_UP, "t"));
        // a narrow product with a shift above 18 goes through BigDecimal: 5 × 10^18 / 10^19 = 0.5 → 1 (half up)
        assertEquals(1L, Exact.multiplyScaled(5, 1_000_000_000_000_000_000L, 19, RoundingMode.HALF_UP, "t"));
        assertEquals(-1L, Exact.multiplyScaled(-5, 1_000_000_000_000_000_000L, 19, RoundingMode.HALF_UP, "t"));
        assertEquals(0L, Exact.multiplyScaled(5, 1_000_000_000_000_000_000L, 19, RoundingMode.HALF_DOWN, "t"));
        assertFault(OverflowException.class, ErrorCode.VALUE_OVERFLOW,
                () -> Exact.multiplyScaled(MAX, MAX, 18, RoundingMode.DOWN, "line"), "line", "/ 10^18");
        assertFault(InvalidValueException.class, ErrorCode.VALUE_TOO_PRECISE,
                () -> Exact.multiplyScaled(MAX, MAX, 19, RoundingMode.UNNECESSARY, "line"), "line",
                "is not an integer", "rounding.unnecessary");
        assertFault(InvalidValueException.class, ErrorCode.VALUE_OUT_OF_RANGE,
                () -> Exact.multiplyScaled(1, 1, -1, RoundingMode.DOWN, "line"), "decimal shift -1");
    }

    @Test
    void divide_by_power_of_ten() {
        assertEquals(12_346L, Exact.divideByPowerOfTen(123_456L, 1, RoundingMode.HALF_UP));
        assertEquals(-12_346L, Exact.divideByPowerOfTen(-123_456L, 1, RoundingMode.HALF_UP));
        assertEquals(42L, Exact.divideByPowerOfTen(42L, 0, RoundingMode.UNNECESSARY));
        assertEquals(1L, Exact.divideByPowerOfTen(MAX, 19, RoundingMode.HALF_UP)); // 0.92 → 1
        assertEquals(0L, Exact.divideByPowerOfTen(MAX, 19, RoundingMode.DOWN));
        assertEquals(-1L, Exact.divideByPowerOfTen(MIN, 40, RoundingMode.FLOOR));
        assertEquals(9L, Exact.divideByPowerOfTen(MAX, 18, RoundingMode.DOWN));
        assertFault(InvalidValueException.class, ErrorCode.VALUE_TOO_PRECISE,
                () -> Exact.divideByPowerOfTen(15, 1, RoundingMode.UNNECESSARY), "15 / 10", "rounding.unnecessary");
        assertFault(InvalidValueException.class, ErrorCode.VALUE_TOO_PRECISE,
                () -> Exact.divideByPowerOfTen(15, 20, RoundingMode.UNNECESSARY), "15 / 10^20");
        assertFault(InvalidValueException.class, ErrorCode.VALUE_OUT_OF_RANGE,
                () -> Exact.divideByPowerOfTen(15, -2, RoundingMode.DOWN), "decimal shift -2");
        assertFault(InvalidValueException.class, ErrorCode.VALUE_OUT_OF_RANGE,
                () -> Exact.roundedDivide(15, 0, RoundingMode.DOWN), "divisor 0 is not positive");
        assertThrows(InvalidValueException.class, () -> Exact.roundedDivide(15, -3, RoundingMode.DOWN));
    }

    @Test
    void powers_of_ten() {
        assertEquals(1L, Exact.pow10(0));
        assertEquals(100_000L, Exact.pow10(5));
        assertEquals(1_000_000_000_000_000_000L, Exact.pow10(18));
        assertFault(InvalidValueException.class, ErrorCode.VALUE_OUT_OF_RANGE, () -> Exact.pow10(19),
                "exponent 19 is outside 0..18");
        assertFault(InvalidValueException.class, ErrorCode.VALUE_OUT_OF_RANGE, () -> Exact.pow10(-1),
                "exponent -1");
    }

    @Test
    void to_scaled_long_never_rounds_and_never_lets_an_arithmetic_exception_escape() {
        assertEquals(1_500_000L, Exact.toScaledLong(new BigDecimal("1.5"), 6, "q", "1.5", "r"));
        assertEquals(0L, Exact.toScaledLong(new BigDecimal("0E+30"), 6, "q", "0", "r"));
        assertEquals(0L, Exact.toScaledLong(new BigDecimal("0E-30"), 6, "q", "0", "r"));
        assertEquals(MIN, Exact.toScaledLong(new BigDecimal("-9223372036854.775808"), 6, "q", "x", "r"));
        assertEquals(MAX, Exact.toScaledLong(new BigDecimal("9223372036854775807"), 0, "q", "x", "r"));
        assertFault(InvalidValueException.class, ErrorCode.VALUE_TOO_PRECISE,
                () -> Exact.toScaledLong(new BigDecimal("1.0000001"), 6, "quantity", "1.0000001 kWh", "q.scale"),
                "quantity", "value 1.0000001 kWh is finer than 10^-6", "q.scale");
        assertFault(OverflowException.class, ErrorCode.VALUE_OVERFLOW,
                () -> Exact.toScaledLong(new BigDecimal("9223372036854775808"), 0, "q", "2^63", "r"), "2^63");
        assertFault(OverflowException.class, ErrorCode.VALUE_OVERFLOW,
                () -> Exact.toScaledLong(new BigDecimal("1E+2147483647"), 6, "q", "huge", "r"), "huge");
        assertFault(OverflowException.class, ErrorCode.VALUE_OVERFLOW,
                () -> Exact.toScaledLong(new BigDecimal("-1E+19"), 0, "q", "-1E+19", "r"));
        assertFault(InvalidValueException.class, ErrorCode.VALUE_TOO_PRECISE,
                () -> Exact.toScaledLong(new BigDecimal("1E-2147483647"), 6, "q", "tiny", "r"), "tiny");
        assertFault(InvalidValueException.class, ErrorCode.VALUE_OUT_OF_RANGE,
                () -> Exact.toScaledLong(new BigDecimal("100"), -2, "q", "100", "r"), "decimal shift -2");
    }

    @Test
    void text_is_plain_unless_the_exponent_is_extreme() {
        assertEquals("1000000000000000000000000000000", Exact.text(new BigDecimal("1E+30")));
        assertEquals("0.000001", Exact.text(new BigDecimal("1E-6")));
        assertEquals("1E+65", Exact.text(new BigDecimal("1E+65")));
        assertEquals("1E-65", Exact.text(new BigDecimal("1E-65")));
        assertEquals("1" + "0".repeat(64), Exact.text(new BigDecimal("1E+64")));
    }
}
