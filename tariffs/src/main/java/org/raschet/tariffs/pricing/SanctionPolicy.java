package org.raschet.tariffs.pricing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.protocol.Note;
import org.raschet.tariffs.schedule.Coefficient;

/**
 * How a sanction charge (доначисление) is computed: how far back from the finding it reaches, the coefficient of
 * its money, and the hours per day of an unauthorised connection. Policy values with the defaults of LEGAL §5; the
 * protocol names the policy by its {@link #id()}.
 *
 * @param id             a stable identifier
 * @param lookbackMonths how many months before the finding the charge may reach
 * @param lookback       what the months are counted back from
 * @param coefficient    the coefficient multiplying the money
 * @param hoursPerDay    hours of operation per day (unauthorised connection)
 */
public record SanctionPolicy(String id, int lookbackMonths, Lookback lookback, Coefficient coefficient,
                             int hoursPerDay) {
    /** What the lookback months are counted back from. */
    public enum Lookback {
        /** From the date of the check that found it (354 p.81(11): "3 months before the date of the check"). */
        FINDING_DATE,
        /** From the first day of the month of the finding (354 p.62: "3 months before the month it was found"). */
        FINDING_MONTH
    }

    /**
     * Interference with a meter (354 p.81(11)): the normative × 10 for up to 3 months before the check's date, from
     * the interference's date where known, until its elimination (LEGAL §5).
     */
    public static final SanctionPolicy INTERFERENCE = new SanctionPolicy("sanction.interference.normative-x10-3-months",
            3, Lookback.FINDING_DATE, Coefficient.of("10"), 24);

    /**
     * Unauthorised connection (354 p.62): nominal power × 24 h per day, for up to 3 months before the month of the
     * finding, from the connection's date where known, until its elimination (LEGAL §5).
     */
    public static final SanctionPolicy UNAUTHORISED_CONNECTION = new SanctionPolicy(
            "sanction.unauthorised.power-24h-3-months", 3, Lookback.FINDING_MONTH, Coefficient.ONE, 24);

    /**
     * Validates the parts.
     *
     * @throws InvalidValueException if the months or hours are out of range
     */
    public SanctionPolicy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(lookback, "lookback");
        Objects.requireNonNull(coefficient, "coefficient");
        if (lookbackMonths < 0 || hoursPerDay < 1 || hoursPerDay > 24) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "sanction policy " + id, null,
                    "lookback " + lookbackMonths + " months or " + hoursPerDay + " hours per day out of range",
                    "sanction-policy.range");
        }
    }

    /** The earliest day the charge may reach for a finding on {@code foundOn}. */
    public LocalDate earliest(LocalDate foundOn) {
        return lookback == Lookback.FINDING_DATE ? foundOn.minusMonths(lookbackMonths)
                : YearMonth.from(foundOn).minusMonths(lookbackMonths).atDay(1);
    }

    /** The note naming the policy in the protocol. */
    public Note note() {
        String fromRu = lookback == Lookback.FINDING_DATE ? "даты проверки" : "месяца выявления";
        String fromEn = lookback == Lookback.FINDING_DATE ? "the date of the check" : "the month of the finding";
        return new Note("policy:" + id, "политика: не более " + lookbackMonths + " мес. до " + fromRu
                + ", коэффициент " + coefficient + ", " + hoursPerDay + " ч в сутки",
                "policy: at most " + lookbackMonths + " months before " + fromEn + ", coefficient " + coefficient
                        + ", " + hoursPerDay + " h per day");
    }
}
