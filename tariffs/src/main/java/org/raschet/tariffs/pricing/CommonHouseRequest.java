package org.raschet.tariffs.pricing;

import java.time.YearMonth;
import java.util.Objects;
import org.raschet.core.account.AccountId;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.quantity.Quantity;
import org.raschet.tariffs.schedule.TariffSchedule;

/**
 * What {@link Pricing#commonHouse} prices: one premise's common-house share for a billing period (объём КР на СОИ,
 * приходящийся на помещение, 354 p.44), under the premise's tariff schedule, spread over the month's days by a
 * {@link MonthSpreadPolicy}.
 *
 * @param account  the account billed (the premise)
 * @param tariff   the premise's tariff schedule (its consumer group); a flat tariff, single-rate or zoned
 * @param period   the billing period the share belongs to (354 p.37)
 * @param share    the premise's share of the month, exact to 10⁻⁶ unit, not negative
 * @param spread   how the share falls on the month's days
 * @param policies the pricing policies (the zone shares, where the tariff is zoned)
 */
public record CommonHouseRequest(AccountId account, TariffSchedule tariff, YearMonth period, Quantity share,
                                 MonthSpreadPolicy spread, PricingPolicies policies) {
    /**
     * Validates the parts.
     *
     * @throws InvalidValueException if the share is negative or not in the tariff's unit
     */
    public CommonHouseRequest {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(tariff, "tariff");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(spread, "spread");
        Objects.requireNonNull(policies, "policies");
        if (share.unit() != tariff.service().unit()) {
            throw new InvalidValueException(ErrorCode.VALUE_UNIT_MISMATCH, "account " + account, period.atDay(1),
                    "common-house share " + share + " cannot be priced by tariff " + tariff.id() + " of "
                            + tariff.service().nameEn(), "pricing.same-unit");
        }
        if (share.micros() < 0) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "account " + account, period.atDay(1),
                    "common-house share " + share + " is negative (a negative volume gives a zero share; billed "
                            + "lines are corrected, never priced negative)", "pricing.common-house-share-non-negative");
        }
    }

    /** A share spread over equal days ({@link MonthSpreadPolicy#EQUAL_DAYS}), default policies. */
    public static CommonHouseRequest of(AccountId account, TariffSchedule tariff, YearMonth period, Quantity share) {
        return new CommonHouseRequest(account, tariff, period, share, MonthSpreadPolicy.EQUAL_DAYS,
                PricingPolicies.DEFAULT);
    }

    /** This request with another spread over the days. */
    public CommonHouseRequest withSpread(MonthSpreadPolicy other) {
        return new CommonHouseRequest(account, tariff, period, share, other, policies);
    }

    /** This request with other pricing policies. */
    public CommonHouseRequest withPolicies(PricingPolicies other) {
        return new CommonHouseRequest(account, tariff, period, share, spread, other);
    }
}
