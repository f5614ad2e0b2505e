package org.raschet.allocation.odn;

import java.util.Objects;
import java.util.Optional;
import org.raschet.core.quantity.Area;
import org.raschet.core.quantity.Quantity;

/**
 * The report of one split node (узел распределения) for a month: the volume it had to share, how the carried negative
 * volume changed it, and the balance carried on. A house is always a split node; entrances or risers are where the
 * {@link SplitLevelPolicy} says so.
 *
 * @param node        the split node
 * @param kind        its kind
 * @param meter       its meter's volume; empty for a house without a meter (shared by the normative)
 * @param individual  the individual volumes of the premises counted at this node (those not under a lower split
 *                    node), by basis; empty for a house without a meter
 * @param lowerNodes  the volumes of the meters of the split nodes directly below it (zero if none)
 * @param volume      the volume to share before the carried balance: meter − individual − lower nodes, or the
 *                    normative volume without a house meter (may be negative)
 * @param carryIn     the negative balance carried in from earlier months (≤ 0)
 * @param distributed the volume shared this month: max(volume + carryIn, 0)
 * @param carryOut    the negative balance carried to the next month (≤ 0; zero when the policy does not carry)
 * @param area        the total area of the premises below the node (S_total of its split)
 * @param premises    the number of premises below the node
 */
public record SplitNodeReport(NodeId node, NodeKind kind, Optional<VolumeByBasis> meter,
                              Optional<VolumeByBasis> individual, Quantity lowerNodes, Quantity volume,
                              Quantity carryIn, Quantity distributed, Quantity carryOut, Area area, int premises) {
    /** Validates the parts. */
    public SplitNodeReport {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(meter, "meter");
        Objects.requireNonNull(individual, "individual");
        Objects.requireNonNull(lowerNodes, "lowerNodes");
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(carryIn, "carryIn");
        Objects.requireNonNull(distributed, "distributed");
        Objects.requireNonNull(carryOut, "carryOut");
        Objects.requireNonNull(area, "area");
    }
}
