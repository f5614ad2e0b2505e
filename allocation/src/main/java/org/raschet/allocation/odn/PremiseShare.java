package org.raschet.allocation.odn;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.raschet.core.account.AccountId;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.quantity.Area;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.split.Exact;

/**
 * A premise's common-house share for a month (объём КР на СОИ, приходящийся на помещение): its share at each split
 * node above it, their sum, the cap by the normative, the share charged and the excess left to the management
 * company (or supplier), and the charge lines where the month was priced.
 *
 * <p>At one price for the month the share has one line. At the tariffs of the month's days it has one line per run
 * of days at one price (two where the tariff changes inside the month), each rounded on its own (LEGAL §6, §11);
 * their quantities sum exactly to {@code share}.
 *
 * @param premise the premise
 * @param area    its total area (S_i)
 * @param byNode  its share at each split node above it, from the house down
 * @param raw     the sum of {@code byNode}, before the cap
 * @param cap     its cap (the normative volume's share), where the cap applies
 * @param share   the volume charged: {@code min(raw, cap)}, or {@code raw} without a cap
 * @param excess  {@code raw − share}, borne by the management company or supplier
 * @param line    the charge line (kind common-house) where the share is charged in exactly one line (one price over
 *                the month); empty where the month was not priced or the share has several lines
 * @param lines   every charge line of the share, in day order; empty where the month was not priced
 */
public record PremiseShare(NodeId premise, Area area, Map<NodeId, Quantity> byNode, Quantity raw,
                           Optional<Quantity> cap, Quantity share, Quantity excess, Optional<ChargeLine> line,
                           List<ChargeLine> lines) {
    /**
     * Validates and copies the parts.
     *
     * @throws InvalidValueException if {@code line} is not the one line of {@code lines}, or the lines' quantities
     *                               do not sum to the share
     */
    public PremiseShare {
        Objects.requireNonNull(premise, "premise");
        Objects.requireNonNull(area, "area");
        byNode = Collections.unmodifiableMap(new LinkedHashMap<>(byNode));
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(excess, "excess");
        Objects.requireNonNull(line, "line");
        lines = List.copyOf(lines);
        boolean one = lines.size() == 1;
        if (line.isPresent() != one || (one && !lines.get(0).equals(line.get()))) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "premise " + premise, null,
                    "line " + line + " is not the one line of " + lines.size() + " lines", "odn.share-lines");
        }
        if (!lines.isEmpty()) {
            long sum = 0;
            for (ChargeLine l : lines) {
                sum = Exact.add(sum, l.quantity().micros(), "premise " + premise + " lines");
            }
            if (sum != share.micros()) {
                throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "premise " + premise, null,
                        "the lines sum to " + Quantity.ofMicros(sum, share.unit()) + ", not the share " + share,
                        "odn.share-lines-sum");
            }
        }
    }

    /**
     * A share with at most one line (as before shares could have several).
     *
     * @throws InvalidValueException if the line's quantity is not the share
     */
    public PremiseShare(NodeId premise, Area area, Map<NodeId, Quantity> byNode, Quantity raw, Optional<Quantity> cap,
                        Quantity share, Quantity excess, Optional<ChargeLine> line) {
        this(premise, area, byNode, raw, cap, share, excess, line, line.map(List::of).orElse(List.of()));
    }

    /** The account billed: the premise's node id. */
    public AccountId account() {
        return AccountId.of(premise.value());
    }

    /** The sum of the lines' amounts, in minor units (kopecks); 0 where the month was not priced. */
    public long amountMinor() {
        long sum = 0;
        for (ChargeLine l : lines) {
            sum = Exact.add(sum, l.amountMinor(), "premise " + premise + " amount");
        }
        return sum;
    }
}
