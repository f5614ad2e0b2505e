package org.raschet.allocation.odn;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.raschet.core.quantity.Quantity;

/**
 * One line of the losses report (баланс узла сети): a node's input by its meter, the sum of the volumes directly
 * below it, the imbalance in units and percent, and how much of the volume below was forecast or normative rather
 * than measured — so a riser with a suspicious imbalance stands out.
 *
 * <p>A child's volume is its meter's where it has one, a premise's own volume, and otherwise the sum below it.
 * Percentages are exact decimals rounded half-up to 0.01 % ({@link NetworkBalance#PERCENT_RULE}).
 *
 * @param node              the node
 * @param kind              its kind
 * @param depth             its depth (0 for a root)
 * @param parent            the node above it, if any
 * @param input             the node meter's volume, or a premise's own volume; empty for an unmetered node
 * @param below             the sum of the children's volumes (zero for a premise)
 * @param volume            the node's volume as its parent counts it: {@code input} if present, else {@code below}
 * @param imbalance         {@code input − below} for a metered node (positive: losses)
 * @param imbalancePercent  the imbalance in percent of the input; empty when unmetered or the input is zero
 * @param estimatedPercent  the forecast and normative part of {@code below} in percent of it; empty when zero
 * @param lossBelow         for a metered node, its input less the premises' volumes below it: its own imbalance
 *                          plus the total losses of the metered nodes below (the tree telescopes)
 */
public record NodeBalance(NodeId node, NodeKind kind, int depth, Optional<NodeId> parent,
                          Optional<VolumeByBasis> input, VolumeByBasis below, VolumeByBasis volume,
                          Optional<Quantity> imbalance, Optional<BigDecimal> imbalancePercent,
                          Optional<BigDecimal> estimatedPercent, Optional<Quantity> lossBelow) {
    /** Validates the parts. */
    public NodeBalance {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(below, "below");
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(imbalance, "imbalance");
        Objects.requireNonNull(imbalancePercent, "imbalancePercent");
        Objects.requireNonNull(estimatedPercent, "estimatedPercent");
        Objects.requireNonNull(lossBelow, "lossBelow");
    }

    /** Whether the node has its own meter (and so an imbalance). */
    public boolean metered() {
        return imbalance.isPresent();
    }
}
