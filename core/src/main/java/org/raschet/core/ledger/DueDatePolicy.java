package org.raschet.core.ledger;

import java.time.LocalDate;
import java.time.YearMonth;
import org.raschet.core.protocol.Note;

/**
 * When the charge of a billing period is due (срок оплаты): the nominal date, before the move to a working day
 * that ГК РФ ст. 193 always makes ({@link Obligations#group} applies the calendar). A contract may set another
 * day; regions and contracts plug in their own policy.
 */
public interface DueDatePolicy {
    /**
     * Federal default (ЖК РФ ст. 155 ч. 1, as amended by Federal Law No. 177-ФЗ of 24.06.2025, in force
     * 01.03.2026): the 10th of the following month for periods up to February 2026, the 15th for periods from
     * March 2026. Whether the February 2026 bill falls under the old or the new rule is disputed; this default
     * keeps the 10th for it (LEGAL §1), {@link #FEB_2026_ON_15TH} is the alternative.
     */
    DueDatePolicy FEDERAL = new SwitchingDueDay(YearMonth.of(2026, 3), 10, 15, "due-date.federal",
            "10-е число следующего месяца за периоды по февраль 2026 г., 15-е — с марта 2026 г. (ЖК РФ ст. 155 ч. 1)",
            "the 10th of the next month for periods up to February 2026, the 15th from March 2026 "
                    + "(Housing Code Art. 155 p. 1)");

    /** The federal rule with the February 2026 bill already under the new 15th (the disputed reading). */
    DueDatePolicy FEB_2026_ON_15TH = new SwitchingDueDay(YearMonth.of(2026, 2), 10, 15, "due-date.federal-feb-2026-15th",
            "10-е число следующего месяца за периоды по январь 2026 г., 15-е — с февраля 2026 г. (ЖК РФ ст. 155 ч. 1)",
            "the 10th of the next month for periods up to January 2026, the 15th from February 2026 "
                    + "(Housing Code Art. 155 p. 1)");

    /**
     * A contract's rule: day {@code day} of the month after the period (clamped to the month's last day).
     *
     * @throws IllegalArgumentException if {@code day} is outside 1..31
     */
    static DueDatePolicy dayOfNextMonth(int day) {
        return new SwitchingDueDay(null, day, day, "due-date.contract-day-" + day,
                day + "-е число следующего месяца (договор)", "day " + day + " of the next month (contract)");
    }

    /** The nominal due date of {@code period}'s charges, before any move to a working day. */
    LocalDate nominalDueDate(YearMonth period);

    /** The note the protocol shows for this policy (id {@code policy:...}). */
    Note note();
}
