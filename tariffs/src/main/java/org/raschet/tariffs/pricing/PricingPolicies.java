package org.raschet.tariffs.pricing;

import java.util.Objects;
import org.raschet.tariffs.schedule.IncreasingCoefficient;

/**
 * The policies pricing applies where the law leaves a choice, passed explicitly; the protocol names each one where
 * it acts. Money is always rounded half-up to kopecks once per line (LEGAL §11).
 *
 * @param zoneShares    how a volume without zone readings is shared among zones
 * @param normZoneSplit how a block tariff's norm is shared among the zones of a zoned meter
 * @param coefficient   the increasing coefficient in force on each day
 */
public record PricingPolicies(ZoneSharePolicy zoneShares, NormZoneSplit normZoneSplit,
                              IncreasingCoefficient coefficient) {
    /** The documented defaults: zone hours, proportional norm split, K = 1.5 since 2017. */
    public static final PricingPolicies DEFAULT = new PricingPolicies(ZoneSharePolicy.ZONE_HOURS,
            NormZoneSplit.PROPORTIONAL, IncreasingCoefficient.FEDERAL);

    /** Validates the parts. */
    public PricingPolicies {
        Objects.requireNonNull(zoneShares, "zoneShares");
        Objects.requireNonNull(normZoneSplit, "normZoneSplit");
        Objects.requireNonNull(coefficient, "coefficient");
    }

    /** These policies with another zone share policy. */
    public PricingPolicies withZoneShares(ZoneSharePolicy policy) {
        return new PricingPolicies(policy, normZoneSplit, coefficient);
    }

    /** These policies with another norm zone split. */
    public PricingPolicies withNormZoneSplit(NormZoneSplit split) {
        return new PricingPolicies(zoneShares, split, coefficient);
    }

    /** These policies with another increasing coefficient. */
    public PricingPolicies withCoefficient(IncreasingCoefficient k) {
        return new PricingPolicies(zoneShares, normZoneSplit, k);
    }
}
