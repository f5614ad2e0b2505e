package org.raschet.allocation.odn;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.quantity.Area;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;

/**
 * The common-house split of one house for one billing period (распределение объёма КР на СОИ): each split node's
 * report, each premise's share, the excess over the caps and who bears it, and the charge lines where the month was
 * priced (by one price or by tariff schedules). The premises' shares plus the excess equal the volume distributed,
 * to the last 10⁻⁶ unit.
 *
 * @param house           the house
 * @param period          the billing period
 * @param resource        the resource
 * @param byNormative     whether the house had no meter and shared the normative volume
 * @param normativeVolume the house's normative volume N × S_common, where it was needed (no meter, or the cap)
 * @param capApplied      whether the caps applied (no decision of the general meeting to share the actual volume)
 * @param excessBearer    who bears the excess
 * @param totalArea       the total area of all premises of the house (S_total)
 * @param nodes           the split nodes, the house first, then the lower ones depth first
 * @param shares          every premise's share, in premise id order
 * @param distributed     the volume distributed over all split nodes
 * @param charged         the sum of the premises' shares
 * @param excess          {@code distributed − charged}, borne by {@code excessBearer}
 */
public record HouseMonthSplit(NodeId house, YearMonth period, Resource resource, boolean byNormative,
                              Optional<Quantity> normativeVolume, boolean capApplied, LossBearer excessBearer,
                              Area totalArea, List<SplitNodeReport> nodes, List<PremiseShare> shares,
                              Quantity distributed, Quantity charged, Quantity excess) {
    /** Validates and copies the parts. */
    public HouseMonthSplit {
        Objects.requireNonNull(house, "house");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(normativeVolume, "normativeVolume");
        Objects.requireNonNull(excessBearer, "excessBearer");
        Objects.requireNonNull(totalArea, "totalArea");
        nodes = List.copyOf(nodes);
        shares = List.copyOf(shares);
        Objects.requireNonNull(distributed, "distributed");
        Objects.requireNonNull(charged, "charged");
        Objects.requireNonNull(excess, "excess");
    }

    /** The share of {@code premise}, if it is in this house. */
    public Optional<PremiseShare> find(NodeId premise) {
        return shares.stream().filter(s -> s.premise().equals(premise)).findFirst();
    }

    /** The report of the house node (the first split node). */
    public SplitNodeReport houseNode() {
        return nodes.get(0);
    }

    /** The negative balances carried to the next month, by split node; only the non-zero ones. */
    public Map<NodeId, Quantity> carryOut() {
        Map<NodeId, Quantity> out = new TreeMap<>();
        for (SplitNodeReport n : nodes) {
            if (!n.carryOut().isZero()) {
                out.put(n.node(), n.carryOut());
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * The charge lines of the month, in premise id order (each premise's in day order); empty where the month was
     * not priced.
     */
    public List<ChargeLine> lines() {
        List<ChargeLine> out = new ArrayList<>();
        for (PremiseShare s : shares) {
            out.addAll(s.lines());
        }
        return List.copyOf(out);
    }
}
