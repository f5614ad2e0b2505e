package org.raschet.examples.scenario.odn;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.raschet.allocation.odn.NegativeVolumePolicy;
import org.raschet.allocation.odn.NodeKind;
import org.raschet.allocation.odn.OdnPolicy;
import org.raschet.allocation.odn.SplitLevelPolicy;
import org.raschet.examples.scenario.input.Policies;
import org.raschet.examples.scenario.input.PolicyChoice;

/**
 * The policies of the common-house split a scenario may choose under {@code policies}: what a negative volume does
 * ({@code commonHouseNegative}) and at which nodes the volume is split ({@code commonHouseSplitLevel}).
 */
public final class OdnPolicyChoices {
    /**
     * A negative common-house volume (LEGAL §6): {@code carry-forward}, the federal default
     * ({@link NegativeVolumePolicy#CARRY_FORWARD}, Minstroy letter of 04.06.2025 No. 32320-ДН/04), or
     * {@code zero-for-month} ({@link NegativeVolumePolicy#ZERO_FOR_MONTH}).
     */
    public static final PolicyChoice<NegativeVolumePolicy> NEGATIVE = new PolicyChoice<>("commonHouseNegative",
            negatives(), "carry-forward", NegativeVolumePolicy::note);

    /**
     * The split level: {@code house}, the federal default ({@link SplitLevelPolicy#HOUSE}, 354 p.44), or the house
     * and also its metered entrances, risers, or both ({@link SplitLevelPolicy#atMetered}).
     */
    public static final PolicyChoice<SplitLevelPolicy> SPLIT_LEVEL = new PolicyChoice<>("commonHouseSplitLevel",
            levels(), "house", SplitLevelPolicy::note);

    private OdnPolicyChoices() {
    }

    private static Map<String, NegativeVolumePolicy> negatives() {
        Map<String, NegativeVolumePolicy> m = new LinkedHashMap<>();
        m.put("carry-forward", NegativeVolumePolicy.CARRY_FORWARD);
        m.put("zero-for-month", NegativeVolumePolicy.ZERO_FOR_MONTH);
        return m;
    }

    private static Map<String, SplitLevelPolicy> levels() {
        Map<String, SplitLevelPolicy> m = new LinkedHashMap<>();
        m.put("house", SplitLevelPolicy.HOUSE);
        m.put("house-and-entrances", SplitLevelPolicy.atMetered(EnumSet.of(NodeKind.ENTRANCE)));
        m.put("house-and-risers", SplitLevelPolicy.atMetered(EnumSet.of(NodeKind.RISER)));
        m.put("house-entrances-and-risers", SplitLevelPolicy.atMetered(EnumSet.of(NodeKind.ENTRANCE,
                NodeKind.RISER)));
        return m;
    }

    /**
     * The split's policies as the scenario chose them.
     *
     * @param policies the scenario's policies
     * @return the common-house policy
     */
    public static OdnPolicy of(Policies policies) {
        return new OdnPolicy(policies.get(NEGATIVE), policies.get(SPLIT_LEVEL));
    }
}
