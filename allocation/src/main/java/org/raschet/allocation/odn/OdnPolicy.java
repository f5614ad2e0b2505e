package org.raschet.allocation.odn;

import java.util.Objects;

/**
 * The policies of the common-house split, passed explicitly: what a negative volume does, and at which level the
 * split is made. The protocol names both.
 *
 * @param negativeVolume what happens to a negative volume
 * @param splitLevel     at which nodes the volume is split
 */
public record OdnPolicy(NegativeVolumePolicy negativeVolume, SplitLevelPolicy splitLevel) {
    /** Federal default: carry a negative volume forward (Minstroy 04.06.2025 No. 32320-ДН/04); split by house. */
    public static final OdnPolicy FEDERAL = new OdnPolicy(NegativeVolumePolicy.CARRY_FORWARD, SplitLevelPolicy.HOUSE);

    /** Validates the parts. */
    public OdnPolicy {
        Objects.requireNonNull(negativeVolume, "negativeVolume");
        Objects.requireNonNull(splitLevel, "splitLevel");
    }

    /** This policy with another split level. */
    public OdnPolicy withSplitLevel(SplitLevelPolicy level) {
        return new OdnPolicy(negativeVolume, level);
    }

    /** This policy with another rule for negative volumes. */
    public OdnPolicy withNegativeVolume(NegativeVolumePolicy negative) {
        return new OdnPolicy(negative, splitLevel);
    }
}
