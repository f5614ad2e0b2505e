package org.raschet.tariffs.pricing;

import java.util.List;
import java.util.Objects;
import org.raschet.core.account.AccountId;
import org.raschet.core.account.Premise;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.time.Timeline;
import org.raschet.tariffs.schedule.NormKind;
import org.raschet.tariffs.schedule.NormSchedule;
import org.raschet.tariffs.schedule.TariffSchedule;
import org.threeten.extra.LocalDateRange;

/**
 * What {@link Pricing#normative} prices: a premise without a working meter billed by the normative over some days
 * (354 p.42, App. 2, formula 4: P = n × N × K × T), each day with its own residents, normative and price.
 *
 * @param account   the account billed
 * @param tariff    the tariff schedule
 * @param limits    block limits of a block tariff (social norm, bands); empty for a flat tariff
 * @param normative the consumption normative N per resident (or per premise) per month
 * @param residents residents per day (permanent and temporary; nobody registered — the owners, 354 p.56(2))
 * @param days      the days billed, half-open
 * @param reason    why the normative applies; decides the increasing coefficient
 * @param policies  the policies applied (the coefficient's value among them)
 */
public record NormativeRequest(AccountId account, TariffSchedule tariff, List<NormSchedule> limits,
                               NormSchedule normative, Timeline<Integer> residents, LocalDateRange days,
                               NormativeReason reason, PricingPolicies policies) {
    /**
     * Validates the parts.
     *
     * @throws InvalidValueException if the normative is not a normative of the tariff's service, or a limit is not
     *                               a block norm of that service
     */
    public NormativeRequest {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(tariff, "tariff");
        limits = List.copyOf(limits);
        Objects.requireNonNull(normative, "normative");
        Objects.requireNonNull(residents, "residents");
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(policies, "policies");
        if (normative.kind() != NormKind.NORMATIVE || normative.service() != tariff.service()) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "account " + account, days.getStart(),
                    normative.label() + " of " + normative.service().nameEn() + " is not a consumption normative of "
                            + tariff.service().nameEn(), "pricing.normative-kind");
        }
        Requests.checkLimits(account, tariff, limits);
    }

    /** The premise's account and residents, a flat tariff, default policies. */
    public static NormativeRequest of(Premise premise, TariffSchedule tariff, NormSchedule normative,
                                      LocalDateRange days, NormativeReason reason) {
        return new NormativeRequest(premise.id(), tariff, List.of(), normative, premise.residents(), days, reason,
                PricingPolicies.DEFAULT);
    }

    /** This request with block limits. */
    public NormativeRequest withLimits(List<NormSchedule> other) {
        return new NormativeRequest(account, tariff, other, normative, residents, days, reason, policies);
    }

    /** This request with other policies. */
    public NormativeRequest withPolicies(PricingPolicies other) {
        return new NormativeRequest(account, tariff, limits, normative, residents, days, reason, other);
    }

    /** This request over other days. */
    public NormativeRequest withDays(LocalDateRange other) {
        return new NormativeRequest(account, tariff, limits, normative, residents, other, reason, policies);
    }
}
