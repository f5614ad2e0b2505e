package org.raschet.tariffs.pricing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.raschet.core.account.AccountId;
import org.raschet.core.account.Premise;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.time.Timeline;
import org.raschet.tariffs.schedule.NormKind;
import org.raschet.tariffs.schedule.NormSchedule;
import org.raschet.tariffs.schedule.TariffSchedule;

/**
 * A found interference with a meter (несанкционированное вмешательство в работу прибора учёта, 354 p.81(11)): a
 * broken seal or mark, or a device distorting the readings.
 *
 * @param account      the account
 * @param residents    residents per day (the normative counts them)
 * @param tariff       the tariff schedule
 * @param limits       block limits of a block tariff (empty for a flat one)
 * @param normative    the consumption normative
 * @param since        the date of the interference, if the act states it
 * @param foundOn      the date of the check that found it
 * @param eliminatedOn the date it was eliminated (the charge runs until the day before); not before {@code foundOn}
 * @param policy       the sanction policy
 */
public record InterferenceCase(AccountId account, Timeline<Integer> residents, TariffSchedule tariff,
                               List<NormSchedule> limits, NormSchedule normative, Optional<LocalDate> since,
                               LocalDate foundOn, LocalDate eliminatedOn, SanctionPolicy policy) {
    /**
     * Validates the parts.
     *
     * @throws InvalidValueException if the dates are out of order or the normative is not one of the tariff's service
     */
    public InterferenceCase {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(residents, "residents");
        Objects.requireNonNull(tariff, "tariff");
        limits = List.copyOf(limits);
        Objects.requireNonNull(normative, "normative");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(foundOn, "foundOn");
        Objects.requireNonNull(eliminatedOn, "eliminatedOn");
        Objects.requireNonNull(policy, "policy");
        Sanctions.checkDates(account, since, foundOn, eliminatedOn);
        if (normative.kind() != NormKind.NORMATIVE || normative.service() != tariff.service()) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "account " + account, foundOn,
                    normative.label() + " is not a consumption normative of " + tariff.service().nameEn(),
                    "pricing.normative-kind");
        }
        Requests.checkLimits(account, tariff, limits);
    }

    /** A case found and eliminated on {@code foundOn}, date of interference unknown, flat tariff, default policy. */
    public static InterferenceCase of(Premise premise, TariffSchedule tariff, NormSchedule normative,
                                      LocalDate foundOn) {
        return new InterferenceCase(premise.id(), premise.residents(), tariff, List.of(), normative, Optional.empty(),
                foundOn, foundOn, SanctionPolicy.INTERFERENCE);
    }
}
