package org.raschet.allocation.payment;

import java.time.LocalDate;
import org.raschet.core.protocol.Note;
import org.raschet.core.time.WorkingCalendar;

/**
 * When the limitation period (срок исковой давности) of one monthly obligation ends: three years counted from
 * the day after its due date (ГК РФ ст. 196, 200; Пленум ВС РФ № 43, п. 24), the last day moved to the next
 * working day when it is a non-working one (ГК РФ ст. 193). Courts differ by one day on the end date, so the
 * rule is a policy and the protocol names it.
 */
public interface LimitationPolicy {
    /**
     * Federal default (LEGAL §8): due 10.03.2023 → the period runs out at the end of 11.03.2026, moved to the next
     * working day if that is a non-working one.
     */
    LimitationPolicy FEDERAL = new LimitationPolicy() {
        @Override
        public LocalDate lastDay(LocalDate dueDate, WorkingCalendar calendar) {
            return calendar.onOrNextWorkingDay(dueDate.plusDays(1).plusYears(3));
        }

        @Override
        public Note note() {
            return new Note("policy:limitation.day-after-due-plus-3-years",
                    "политика: срок исковой давности истекает в конце дня, следующего за сроком оплаты, через 3 года "
                            + "(срок оплаты 10.03.2023 → последний день 11.03.2026), с переносом на рабочий день",
                    "policy: the limitation runs out at the end of the day after the due date three years later "
                            + "(due 10.03.2023 → last day 11.03.2026), moved to a working day");
        }

        @Override
        public String toString() {
            return "LimitationPolicy.FEDERAL";
        }
    };

    /** The stricter reading of some courts: due 10.03.2023 → the period runs out at the end of 10.03.2026. */
    LimitationPolicy DAY_EARLIER = new LimitationPolicy() {
        @Override
        public LocalDate lastDay(LocalDate dueDate, WorkingCalendar calendar) {
            return calendar.onOrNextWorkingDay(dueDate.plusYears(3));
        }

        @Override
        public Note note() {
            return new Note("policy:limitation.due-plus-3-years",
                    "политика: срок исковой давности истекает в конце дня срока оплаты через 3 года "
                            + "(срок оплаты 10.03.2023 → последний день 10.03.2026), с переносом на рабочий день",
                    "policy: the limitation runs out at the end of the due date's anniversary three years later "
                            + "(due 10.03.2023 → last day 10.03.2026), moved to a working day");
        }

        @Override
        public String toString() {
            return "LimitationPolicy.DAY_EARLIER";
        }
    };

    /** The last day of the limitation period of an obligation due on {@code dueDate}; it expires the day after. */
    LocalDate lastDay(LocalDate dueDate, WorkingCalendar calendar);

    /** The note the protocol shows for this policy (id {@code policy:...}). */
    Note note();
}
