package org.raschet.tariffs.pricing;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.raschet.core.account.AccountId;
import org.raschet.core.account.Premise;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.time.Timeline;
import org.raschet.tariffs.schedule.NormKind;
import org.raschet.tariffs.schedule.NormSchedule;
import org.raschet.tariffs.schedule.TariffSchedule;

/**
 * What {@link Pricing#consumption} prices: one account's per-day quantities under one tariff schedule, with the
 * block limits of a block tariff (social norm, volume bands) and the residents those limits count.
 *
 * @param account     the account billed
 * @param tariff      the tariff schedule (its group is the account's group, its zones the priced registers)
 * @param limits      the cumulative block limits, first the social norm, then further bands (empty for a flat
 *                    tariff); a period with k blocks needs k − 1 of them
 * @param residents   residents per day (for norms per resident or by household size; may be empty otherwise)
 * @param consumption the per-day quantities and their basis
 * @param policies    the policies applied
 */
public record ConsumptionRequest(AccountId account, TariffSchedule tariff, List<NormSchedule> limits,
                                 Timeline<Integer> residents, DailyConsumption consumption, PricingPolicies policies) {
    /**
     * Validates the parts.
     *
     * @throws InvalidValueException if the quantities are not in the tariff's unit, or a limit is not a social norm
     *                               or volume band of the same service
     */
    public ConsumptionRequest {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(tariff, "tariff");
        limits = List.copyOf(limits);
        Objects.requireNonNull(residents, "residents");
        Objects.requireNonNull(consumption, "consumption");
        Objects.requireNonNull(policies, "policies");
        if (consumption.unit() != tariff.service().unit()) {
            throw new InvalidValueException(ErrorCode.VALUE_UNIT_MISMATCH, "account " + account,
                    consumption.range().getStart(), "quantities in " + consumption.unit().code()
                            + " cannot be priced by tariff " + tariff.id() + " of " + tariff.service().nameEn(),
                    "pricing.same-unit");
        }
        Requests.checkLimits(account, tariff, limits);
    }

    /** A flat tariff with the default policies: no limits, no residents needed. */
    public static ConsumptionRequest of(AccountId account, TariffSchedule tariff, DailyConsumption consumption) {
        return new ConsumptionRequest(account, tariff, List.of(), Timeline.of(Map.of()), consumption,
                PricingPolicies.DEFAULT);
    }

    /** The premise's account and residents, with block limits (may be empty), default policies. */
    public static ConsumptionRequest of(Premise premise, TariffSchedule tariff, List<NormSchedule> limits,
                                        DailyConsumption consumption) {
        return new ConsumptionRequest(premise.id(), tariff, limits, premise.residents(), consumption,
                PricingPolicies.DEFAULT);
    }

    /** This request with other policies. */
    public ConsumptionRequest withPolicies(PricingPolicies other) {
        return new ConsumptionRequest(account, tariff, limits, residents, consumption, other);
    }

    /** This request with other quantities (e.g. a slice of days, or corrected ones). */
    public ConsumptionRequest withConsumption(DailyConsumption other) {
        return new ConsumptionRequest(account, tariff, limits, residents, other, policies);
    }

    /** This request under another tariff schedule. */
    public ConsumptionRequest withTariff(TariffSchedule other) {
        return new ConsumptionRequest(account, other, limits, residents, consumption, policies);
    }

    /** Kinds a block limit may have. */
    static boolean isLimit(NormKind kind) {
        return kind == NormKind.SOCIAL_NORM || kind == NormKind.VOLUME_BAND;
    }
}
