package org.raschet.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.raschet.core.error.Faults.assertFaultOn;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.MissingPolicyInputException;

/** Effective-dated values: a household tariff changes on 1 July (LEGAL §10); any day must work. */
class TimelineTest {
    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
    private static final LocalDate JUL_1 = LocalDate.of(2025, 7, 1);
    private static final Timeline<String> TARIFF = Timeline.of(Map.of(JUL_1, "5.67", JAN_1, "5.00"));

    @Test
    void each_entry_holds_from_its_date_until_the_next() {
        assertEquals("5.00", TARIFF.get(JAN_1, "tariff"));
        assertEquals("5.00", TARIFF.get(LocalDate.of(2025, 6, 30), "tariff"));
        assertEquals("5.67", TARIFF.get(JUL_1, "tariff"));
        assertEquals("5.67", TARIFF.get(LocalDate.of(2030, 12, 31), "tariff"));
        assertEquals(Optional.of("5.00"), TARIFF.find(LocalDate.of(2025, 2, 28)));
        assertEquals(Optional.empty(), TARIFF.find(LocalDate.of(2024, 12, 31)));
        assertEquals(List.of(JAN_1, JUL_1), List.copyOf(TARIFF.entries().keySet()));
    }

    @Test
    void a_day_before_the_first_entry_is_a_gap() {
        LocalDate dec31 = LocalDate.of(2024, 12, 31);
        assertFaultOn(MissingPolicyInputException.class, ErrorCode.SCHEDULE_GAP, dec31,
                () -> TARIFF.get(dec31, "tariff of group urban"), "tariff of group urban",
                "no value is given for 2024-12-31", "the first entry holds from 2025-01-01", "schedule.covers-day");
        Timeline<String> empty = Timeline.of(Map.of());
        assertFaultOn(MissingPolicyInputException.class, ErrorCode.SCHEDULE_GAP, JAN_1,
                () -> empty.get(JAN_1, "normative"), "normative", "no entries at all");
    }

    @Test
    void with_adds_or_replaces_without_changing_the_original() {
        Timeline<String> more = TARIFF.with(LocalDate.of(2025, 3, 15), "5.30");
        assertEquals("5.00", more.get(LocalDate.of(2025, 3, 14), "t"));
        assertEquals("5.30", more.get(LocalDate.of(2025, 3, 15), "t"));
        assertEquals("5.67", more.get(JUL_1, "t"));
        assertEquals("5.00", TARIFF.get(LocalDate.of(2025, 3, 15), "t"));
        assertEquals("6.00", TARIFF.with(JUL_1, "6.00").get(JUL_1, "t"));
        assertEquals(Timeline.from(JAN_1, "5.00").with(JUL_1, "5.67"), TARIFF);
        assertEquals(TARIFF.hashCode(), Timeline.from(JAN_1, "5.00").with(JUL_1, "5.67").hashCode());
        assertNotEquals(TARIFF, more);
        assertEquals("{2025-01-01=5.00, 2025-07-01=5.67}", TARIFF.toString());
    }

    @Test
    void is_an_immutable_copy() {
        Map<LocalDate, String> source = new HashMap<>(Map.of(JAN_1, "a"));
        Timeline<String> t = Timeline.of(source);
        source.put(JUL_1, "b");
        assertEquals("a", t.get(JUL_1, "t"));
        assertThrows(UnsupportedOperationException.class, () -> t.entries().put(JUL_1, "b"));
        Map<LocalDate, String> withNull = new HashMap<>();
        withNull.put(JAN_1, null);
        assertThrows(NullPointerException.class, () -> Timeline.of(withNull));
    }
}
