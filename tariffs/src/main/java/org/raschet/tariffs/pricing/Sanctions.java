package org.raschet.tariffs.pricing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.raschet.core.account.AccountId;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.error.NormMissingException;
import org.raschet.core.error.TariffCoverageException;
import org.raschet.core.ledger.ChargeKind;
import org.raschet.core.protocol.Formulas;
import org.raschet.core.protocol.Note;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.tariffs.internal.Engine;
import org.raschet.tariffs.internal.NormativeSource;
import org.raschet.tariffs.internal.PowerSource;
import org.raschet.tariffs.internal.Steps;
import org.raschet.tariffs.schedule.TariffSchedule;
import org.threeten.extra.LocalDateRange;

/**
 * Sanction charges (доначисления, 354 p.62 and p.81(11)), priced day by day at the tariff of each day. The lines
 * are of kind {@link ChargeKind#SANCTION}, each in the period of its days and issued in the month of the finding.
 *
 * <p>A sanction replaces what was billed for its days (354 p.81(11) speaks of a recalculation): the host reverses
 * the lines it billed for those days; this class only prices the sanction. Zone shares (for a zoned tariff) follow
 * {@link PricingPolicies#DEFAULT}. The lookback anchors (the check's date for p.81(11), the month of the finding for
 * p.62) follow the wording of the points and are marked "check" in LEGAL §5: change them in {@link SanctionPolicy}.
 */
public final class Sanctions {
    private Sanctions() {
    }

    /**
     * The days a sanction covers: from the fact's date where known, but not before the policy's earliest day, until
     * the day before the elimination.
     */
    public static LocalDateRange days(Optional<LocalDate> since, LocalDate foundOn, LocalDate eliminatedOn,
                                      SanctionPolicy policy) {
        LocalDate earliest = policy.earliest(foundOn);
        LocalDate start = since.filter(d -> d.isAfter(earliest)).orElse(earliest);
        return LocalDateRange.of(start, eliminatedOn);
    }

    /**
     * Interference with a meter (354 p.81(11)): the normative volume n × N of each day, its money × the policy's
     * coefficient (10), for up to 3 months before the check.
     *
     * @param c    the case
     * @param sink where the protocol goes
     * @return the sanction lines
     * @throws TariffCoverageException if a day has no tariff period, or two
     * @throws NormMissingException    if the normative is missing for a month
     */
    public static PricingResult interference(InterferenceCase c, ProtocolSink sink) {
        LocalDateRange days = days(c.since(), c.foundOn(), c.eliminatedOn(), c.policy());
        NormativeSource source = new NormativeSource(c.account(), c.residents(), c.normative(), days,
                ChargeKind.SANCTION, Optional.empty(), day -> c.policy().coefficient(), List.of(),
                Formulas.CHARGE_SANCTION_INTERFERENCE, Formulas.CHARGE_SANCTION_INTERFERENCE,
                List.of(c.policy().note(), finding(c.since(), c.foundOn(), c.eliminatedOn())));
        TariffSchedule t = c.tariff();
        return Engine.run(new Engine.Job(c.account(), t, c.limits(), c.residents(), PricingPolicies.DEFAULT, days,
                source, YearMonth.from(c.foundOn()),
                "Доначисление за вмешательство в работу прибора учёта: лицевой счёт " + c.account() + ", тариф "
                        + t.id() + " (группа " + t.group() + ")",
                "Sanction for interference with a meter: account " + c.account() + ", tariff " + t.id()
                        + " (group " + t.group() + ")"), sink);
    }

    /**
     * Unauthorised connection (354 p.62): the nominal power × 24 h per day, for up to 3 months before the month of
     * the finding.
     *
     * @param c    the case
     * @param sink where the protocol goes
     * @return the sanction lines
     * @throws TariffCoverageException if a day has no tariff period, or two
     */
    public static PricingResult unauthorisedConnection(UnauthorisedConnectionCase c, ProtocolSink sink) {
        LocalDateRange days = days(c.since(), c.foundOn(), c.eliminatedOn(), c.policy());
        TariffSchedule t = c.tariff();
        PowerSource source = new PowerSource(c.power().watts(), c.policy().hoursPerDay(), t.service().unit(),
                c.policy().coefficient(), List.of(c.policy().note(), finding(c.since(), c.foundOn(),
                c.eliminatedOn())));
        return Engine.run(new Engine.Job(c.account(), t, c.limits(), c.residents(), PricingPolicies.DEFAULT, days,
                source, YearMonth.from(c.foundOn()),
                "Доначисление за несанкционированное подключение " + org.raschet.core.protocol.TextRenderer.value(
                        java.math.BigDecimal.valueOf(c.power().watts(), 3), "kW", org.raschet.core.protocol.Language.RU)
                        + ": лицевой счёт " + c.account()
                        + ", тариф " + t.id() + " (группа " + t.group() + ")",
                "Sanction for an unauthorised connection of " + c.power() + ": account " + c.account()
                        + ", tariff " + t.id() + " (group " + t.group() + ")"), sink);
    }

    private static Note finding(Optional<LocalDate> since, LocalDate foundOn, LocalDate eliminatedOn) {
        return new Note("sanction.finding",
                "выявлено " + Steps.dateRu(foundOn) + since.map(d -> ", с " + Steps.dateRu(d)).orElse("")
                        + ", устранено " + Steps.dateRu(eliminatedOn),
                "found on " + foundOn + since.map(d -> ", since " + d).orElse("") + ", eliminated on " + eliminatedOn);
    }

    static void checkDates(AccountId account, Optional<LocalDate> since, LocalDate foundOn, LocalDate eliminatedOn) {
        if (eliminatedOn.isBefore(foundOn)) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "account " + account, eliminatedOn,
                    "elimination on " + eliminatedOn + " precedes the finding on " + foundOn,
                    "sanction.eliminated-after-found");
        }
        if (since.isPresent() && since.get().isAfter(foundOn)) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "account " + account, since.get(),
                    "the fact's date " + since.get() + " is after its finding on " + foundOn,
                    "sanction.since-before-found");
        }
    }
}
