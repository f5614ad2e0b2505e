package org.raschet.core.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The canonical message "<entity> on <date>: <detail>; rule <rule> [<code>]" (STYLE §4) and stable codes. */
class RaschetExceptionTest {

    @Test
    void message_names_entity_date_detail_rule_and_code() {
        ReadingException e = new ReadingException(ErrorCode.READING_DECREASE, "meter 77-0042", LocalDate.of(2025, 3, 1),
                "reading 1203.500000 kWh is below the previous 1210.000000 kWh", "readings.non-decreasing");
        assertEquals("meter 77-0042 on 2025-03-01: reading 1203.500000 kWh is below the previous 1210.000000 kWh;"
                + " rule readings.non-decreasing [RASCHET-READING-DECREASE]", e.getMessage());
        assertEquals("meter 77-0042", e.entity());
        assertEquals(Optional.of(LocalDate.of(2025, 3, 1)), e.date());
        assertEquals("readings.non-decreasing", e.rule());
        assertEquals("reading 1203.500000 kWh is below the previous 1210.000000 kWh", e.detail());
        assertEquals(ErrorCode.READING_DECREASE, e.code());
    }

    @Test
    void without_a_date_the_message_has_none() {
        InvalidValueException e = new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "area", null,
                "area -1.0000 m2 is negative", "area.non-negative");
        assertEquals("area: area -1.0000 m2 is negative; rule area.non-negative [RASCHET-VALUE-RANGE]",
                e.getMessage());
        assertEquals(Optional.empty(), e.date());
    }

    @Test
    void overflow_is_an_invalid_value() {
        assertInstanceOf(InvalidValueException.class, new OverflowException(ErrorCode.VALUE_OVERFLOW, "x", null,
                "d", "r"));
    }

    @Test
    void codes_are_unique_and_prefixed() {
        Set<String> seen = new HashSet<>();
        for (ErrorCode c : ErrorCode.values()) {
            assertEquals(true, c.code().startsWith("RASCHET-"), c.code());
            assertEquals(true, seen.add(c.code()), "duplicate " + c.code());
        }
        // released codes never change (integrators match on them)
        assertEquals("RASCHET-VALUE-OVERFLOW", ErrorCode.VALUE_OVERFLOW.code());
        assertEquals("RASCHET-READING-CONFLICT", ErrorCode.READING_CONFLICT.code());
        assertEquals("RASCHET-SCHEDULE-GAP", ErrorCode.SCHEDULE_GAP.code());
        assertEquals("RASCHET-METER-INVALID", ErrorCode.METER_INVALID.code());
    }

    @Test
    void survives_serialization_with_its_date() throws Exception {
        MissingPolicyInputException e = new MissingPolicyInputException(ErrorCode.SCHEDULE_GAP, "normative",
                LocalDate.of(2025, 1, 1), "no value", "schedule.covers-day");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            MissingPolicyInputException back = (MissingPolicyInputException) in.readObject();
            assertEquals(e.getMessage(), back.getMessage());
            assertEquals(Optional.of(LocalDate.of(2025, 1, 1)), back.date());
            assertEquals(ErrorCode.SCHEDULE_GAP, back.code());
            assertEquals("no value", back.detail());
        }
    }
}
