package org.raschet.examples.scenario.tariff;

import java.util.Objects;
import org.raschet.core.protocol.Note;
import org.raschet.tariffs.pricing.NormZoneSplit;
import org.raschet.tariffs.pricing.PricingPolicies;
import org.raschet.tariffs.pricing.ZoneSharePolicy;
import org.raschet.tariffs.schedule.IncreasingCoefficient;

/**
 * The pricing policies a scenario runs with, and which of them it named itself.
 *
 * @param normZoneSplit         how a block tariff's norm is shared among zones
 * @param normZoneSplitExplicit whether the scenario named it
 * @param coefficient           the increasing coefficient
 * @param coefficientExplicit   whether the scenario gave it
 */
public record PricingChoices(NormZoneSplit normZoneSplit, boolean normZoneSplitExplicit,
                             IncreasingCoefficient coefficient, boolean coefficientExplicit) {
    /** Validates the parts. */
    public PricingChoices {
        Objects.requireNonNull(normZoneSplit, "normZoneSplit");
        Objects.requireNonNull(coefficient, "coefficient");
    }

    /** The documented defaults of {@link PricingPolicies#DEFAULT}. */
    public static PricingChoices defaults() {
        PricingPolicies d = PricingPolicies.DEFAULT;
        return new PricingChoices(d.normZoneSplit(), false, d.coefficient(), false);
    }

    /** These choices with the norm split named by the scenario. */
    public PricingChoices withNormZoneSplit(NormZoneSplit split) {
        return new PricingChoices(split, true, coefficient, coefficientExplicit);
    }

    /** These choices with the coefficient given by the scenario. */
    public PricingChoices withCoefficient(IncreasingCoefficient k) {
        return new PricingChoices(normZoneSplit, normZoneSplitExplicit, k, true);
    }

    /** The library's policies for an account whose zone shares follow {@code zoneShares}. */
    public PricingPolicies policies(ZoneSharePolicy zoneShares) {
        return new PricingPolicies(zoneShares, normZoneSplit, coefficient);
    }

    /** What the norm split says, in both languages. */
    public Note normZoneSplitNote() {
        return normZoneSplit.note();
    }
}
