package org.raschet.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raschet.core.error.Faults.assertFault;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.error.OverflowException;

/** Exact quantities (DESIGN "Numeric model": 10⁻⁶ of a unit, never rounded; LEGAL §11: no rule rounds kWh). */
class QuantityTest {

    private static Quantity kwh(String v) {
        return Quantity.of(v, Unit.KWH);
    }

    @Test
    void of_keeps_every_micro_and_the_canonical_text_has_six_decimals() {
        Quantity q = kwh("123.456789");
        assertEquals(123_456_789L, q.micros());
        assertEquals(Unit.KWH, q.unit());
        assertEquals("123.456789 kWh", q.toString());
        assertEquals("150.500000 kWh", kwh("150.5").toString());
        assertEquals("-0.000001 m3", Quantity.ofMicros(-1, Unit.M3).toString());
        assertEquals("0.000000 Gcal", Quantity.zero(Unit.GCAL).toString());
        assertEquals(new BigDecimal("123.456789"), q.toBigDecimal());
    }

    @Test
    void of_accepts_trailing_zeros_beyond_six_decimals_and_exponents() {
        // 1.50000000 has more digits than 10⁻⁶ but the same value: not "finer", so accepted exactly
        assertEquals(1_500_000L, kwh("1.50000000").micros());
        assertEquals(1_500_000_000L, Quantity.of(new BigDecimal("1.5E+3"), Unit.KWH).micros());
        assertEquals(1L, Quantity.of(new BigDecimal("1E-6"), Unit.KWH).micros());
    }

    @Test
    void the_largest_and_smallest_quantities_convert_exactly() {
        assertEquals(Long.MAX_VALUE, kwh("9223372036854.775807").micros());
        assertEquals(Long.MIN_VALUE, kwh("-9223372036854.775808").micros());
        assertFault(OverflowException.class, ErrorCode.VALUE_OVERFLOW, () -> kwh("9223372036854.775808"),
                "9223372036854.775808 kWh");
        // an absurd exponent is refused at once and named in scientific form, not with a billion digits
        assertFault(OverflowException.class, ErrorCode.VALUE_OVERFLOW,
                () -> Quantity.of(new BigDecimal("1E+999999999"), Unit.KWH), "1E+999999999 kWh");
        assertFault(InvalidValueException.class, ErrorCode.VALUE_TOO_PRECISE,
                () -> Quantity.parse("1E-999999999 kWh"), "1E-999999999 kWh");
    }

    @Test
    void parse_reads_back_the_canonical_text_and_tolerates_blanks_and_case() {
        assertEquals(kwh("150.5"), Quantity.parse("150.500000 kWh"));
        assertEquals(kwh("150.5"), Quantity.parse("  150.5   KWH "));
        assertEquals(Quantity.of("-2.25", Unit.M3), Quantity.parse("-2.25 m3"));
        assertEquals(Quantity.of("0.1", Unit.GCAL), Quantity.parse("0.1 gcal"));
        Quantity q = kwh("-9223372036854.775808");
        assertEquals(q, Quantity.parse(q.toString()));
    }

    @Test
    void parse_rejects_text_without_a_unit() {
        assertFault(InvalidValueException.class, ErrorCode.VALUE_UNPARSEABLE, () -> Quantity.parse("150.5"),
                "quantity", "'150.5'", "quantity.text-form");
        assertFault(InvalidValueException.class, ErrorCode.VALUE_UNPARSEABLE, () -> Quantity.parse("kWh 150.5"),
                "'kWh'", "quantity.decimal");
    }

    @Test
    void arithmetic_is_exact() {
        // 0.1 + 0.2 is exactly 0.3: no binary fractions
        assertEquals(kwh("0.3"), kwh("0.1").plus(kwh("0.2")));
        assertEquals(kwh("-100.000001"), kwh("0.5").minus(kwh("100.500001")));
        // a register difference × transformation ratio 30 (LEGAL §2)
        assertEquals(kwh("163.2"), kwh("5.44").times(30));
        assertEquals(kwh("-5.44"), kwh("5.44").negated());
        assertEquals(kwh("0"), kwh("5.44").times(0));
    }

    @Test
    void overflow_throws_and_never_wraps() {
        Quantity max = Quantity.ofMicros(Long.MAX_VALUE, Unit.KWH);
        Quantity min = Quantity.ofMicros(Long.MIN_VALUE, Unit.KWH);
        Quantity one = Quantity.ofMicros(1, Unit.KWH);
        assertThrows(OverflowException.class, () -> max.plus(one));
        assertThrows(OverflowException.class, () -> min.minus(one));
        assertThrows(OverflowException.class, () -> min.plus(one.negated()));
        assertThrows(OverflowException.class, () -> max.minus(one.negated()));
        assertThrows(OverflowException.class, () -> max.times(2));
        assertThrows(OverflowException.class, () -> min.times(-1));
        assertFault(OverflowException.class, ErrorCode.VALUE_OVERFLOW, min::negated,
                "quantity -9223372036854.775808 kWh", "-(-9223372036854775808)");
        // the exact edges still work
        assertEquals(max, max.minus(one).plus(one));
        assertEquals(Quantity.ofMicros(-Long.MAX_VALUE, Unit.KWH), max.negated());
        assertEquals(min, max.negated().minus(one));
    }

    @Test
    void predicates_and_order() {
        assertTrue(kwh("0").isZero());
        assertFalse(kwh("0.000001").isZero());
        assertTrue(kwh("-0.000001").isNegative());
        assertFalse(kwh("0").isNegative());
        assertTrue(kwh("1.5").compareTo(kwh("1.499999")) > 0);
        assertTrue(kwh("-1").compareTo(kwh("1")) < 0);
        assertEquals(0, kwh("2").compareTo(kwh("2.000000")));
        assertFault(InvalidValueException.class, ErrorCode.VALUE_UNIT_MISMATCH,
                () -> kwh("1").compareTo(Quantity.of("1", Unit.M3)), "1.000000 kWh", "1.000000 m3");
        assertFault(InvalidValueException.class, ErrorCode.VALUE_UNIT_MISMATCH,
                () -> kwh("1").minus(Quantity.of("1", Unit.GCAL)), "units kWh and Gcal");
    }

    @Test
    void units_resources_and_their_names() {
        assertEquals(Unit.KWH, Unit.parse("kWh"));
        assertEquals(Unit.M3, Unit.parse(" M3 "));
        assertEquals(Unit.GCAL, Unit.parse("GCAL"));
        assertEquals("кВт·ч", Unit.KWH.symbolRu());
        assertEquals("m³", Unit.M3.symbolEn());
        assertEquals("Gcal", Unit.GCAL.toString());
        assertEquals(Unit.KWH, Resource.ELECTRICITY.unit());
        assertEquals(Unit.M3, Resource.HOT_WATER.unit());
        assertEquals(Unit.GCAL, Resource.HEAT.unit());
        assertEquals("электроснабжение", Resource.ELECTRICITY.nameRu());
        assertEquals("cold water", Resource.COLD_WATER.nameEn());
        assertFault(InvalidValueException.class, ErrorCode.VALUE_UNKNOWN_UNIT, () -> Unit.parse("кВт·ч"),
                "'кВт·ч'", "known: kWh, m3, Gcal");
    }
}
