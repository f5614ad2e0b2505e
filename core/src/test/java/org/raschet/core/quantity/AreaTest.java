package org.raschet.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raschet.core.error.Faults.assertFault;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.error.OverflowException;

/** Areas S_i and S_total of the common-house split (354 App. 2; LEGAL §6): exact 10⁻⁴ m², non-negative. */
class AreaTest {

    @Test
    void of_and_canonical_text() {
        Area a = Area.of("54.3");
        assertEquals(543_000L, a.e4());
        assertEquals("54.3000 m2", a.toString());
        assertEquals(new BigDecimal("54.3000"), a.toBigDecimal());
        assertEquals(a, Area.ofE4(543_000L));
        assertEquals(a, Area.of(new BigDecimal("54.30000")));
        assertEquals("0.0001 m2", Area.ofE4(1).toString());
    }

    @Test
    void parse_reads_back_the_canonical_text() {
        assertEquals(Area.of("54.3"), Area.parse("54.3000 m2"));
        assertEquals(Area.of("54.3"), Area.parse(" 54.3 m² "));
        Area max = Area.ofE4(Long.MAX_VALUE);
        assertEquals(max, Area.parse(max.toString()));
        assertFault(InvalidValueException.class, ErrorCode.VALUE_UNPARSEABLE, () -> Area.parse("54.3"),
                "area", "'54.3'", "area.text-form");
        assertFault(InvalidValueException.class, ErrorCode.VALUE_UNPARSEABLE, () -> Area.parse("fifty m2"),
                "'fifty'", "area.decimal");
    }

    @Test
    void the_house_total_is_the_exact_sum() {
        // S_total = 54.3 + 32.1 + 70.0 = 156.4 m² (354 App. 2: the denominator of the ОДН share)
        Area total = Area.of("54.3").plus(Area.of("32.1")).plus(Area.of("70"));
        assertEquals(Area.of("156.4"), total);
        assertTrue(Area.of("0").isZero());
        assertFalse(total.isZero());
        assertTrue(Area.of("32.1").compareTo(Area.of("54.3")) < 0);
        assertFault(OverflowException.class, ErrorCode.VALUE_OVERFLOW,
                () -> Area.ofE4(Long.MAX_VALUE).plus(Area.ofE4(1)), "area 922337203685477.5807 m2");
    }

    @Test
    void bad_areas() {
        assertFault(InvalidValueException.class, ErrorCode.VALUE_OUT_OF_RANGE, () -> Area.ofE4(-1),
                "area", "-0.0001 m2", "area.non-negative");
        assertFault(InvalidValueException.class, ErrorCode.VALUE_TOO_PRECISE, () -> Area.of("54.30001"),
                "area", "54.30001 m2", "area.scale-4");
        assertFault(OverflowException.class, ErrorCode.VALUE_OVERFLOW, () -> Area.of("922337203685477.5808"),
                "area", "922337203685477.5808 m2");
    }
}
