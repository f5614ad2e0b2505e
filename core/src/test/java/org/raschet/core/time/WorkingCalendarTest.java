package org.raschet.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.raschet.core.error.InvalidValueException;

class WorkingCalendarTest {

    @Test
    void weekends_only_moves_a_saturday_to_monday_gk_193() {
        // 10.02.2024 is a Saturday: a period ending on it ends on Monday 12.02.2024 (ГК РФ ст. 193)
        assertFalse(WorkingCalendar.WEEKENDS_ONLY.isWorkingDay(LocalDate.of(2024, 2, 10)));
        assertEquals(LocalDate.of(2024, 2, 12), WorkingCalendar.WEEKENDS_ONLY.onOrNextWorkingDay(LocalDate.of(2024, 2, 10)));
        assertEquals(LocalDate.of(2024, 2, 9), WorkingCalendar.WEEKENDS_ONLY.onOrNextWorkingDay(LocalDate.of(2024, 2, 9)));
    }

    @Test
    void holidays_and_transferred_working_days_are_inputs() {
        // 2021: 10.05 (Monday) was a day off by transfer; 20.02.2021 (Saturday) a working day
        WorkingCalendar c = WorkingCalendar.of(List.of(LocalDate.of(2021, 5, 10)), List.of(LocalDate.of(2021, 2, 20)));
        assertEquals(LocalDate.of(2021, 5, 11), c.onOrNextWorkingDay(LocalDate.of(2021, 5, 8)));
        assertTrue(c.isWorkingDay(LocalDate.of(2021, 2, 20)));
        assertFalse(c.isWorkingDay(LocalDate.of(2021, 2, 21)));
    }

    @Test
    void a_weekday_declared_working_is_rejected() {
        assertThrows(InvalidValueException.class,
                () -> WorkingCalendar.of(List.of(), List.of(LocalDate.of(2021, 2, 19))));
        assertThrows(InvalidValueException.class,
                () -> WorkingCalendar.of(List.of(LocalDate.of(2021, 2, 20)), List.of(LocalDate.of(2021, 2, 20))));
    }
}
