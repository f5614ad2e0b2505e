package org.raschet.allocation.odn;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.raschet.core.account.AccountId;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.quantity.Area;
import org.raschet.core.quantity.Quantity;

/**
 * A premise's common-house share for a month (объём КР на СОИ, приходящийся на помещение): its share at each split
 * node above it, their sum, the cap by the normative, the share charged and the excess left to the management
 * company (or supplier), and the charge line where the month had a price.
 *
 * @param premise the premise
 * @param area    its total area (S_i)
 * @param byNode  its share at each split node above it, from the house down
 * @param raw     the sum of {@code byNode}, before the cap
 * @param cap     its cap (the normative volume's share), where the cap applies
 * @param share   the volume charged: {@code min(raw, cap)}, or {@code raw} without a cap
 * @param excess  {@code raw − share}, borne by the management company or supplier
 * @param line    the charge line (kind common-house), where the month had a price
 */
public record PremiseShare(NodeId premise, Area area, Map<NodeId, Quantity> byNode, Quantity raw,
                           Optional<Quantity> cap, Quantity share, Quantity excess, Optional<ChargeLine> line) {
    /** Validates and copies the parts. */
    public PremiseShare {
        Objects.requireNonNull(premise, "premise");
        Objects.requireNonNull(area, "area");
        byNode = Collections.unmodifiableMap(new LinkedHashMap<>(byNode));
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(excess, "excess");
        Objects.requireNonNull(line, "line");
    }

    /** The account billed: the premise's node id. */
    public AccountId account() {
        return AccountId.of(premise.value());
    }
}
