package org.raschet.allocation.odn;

import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidNetworkException;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.quantity.Resource;
import org.raschet.core.time.Days;
import org.threeten.extra.LocalDateRange;

/**
 * The volumes of one resource over one span of days for the nodes of a network: each node meter's volume and each
 * premise's individual volume (by meter, average or normative), by basis. The input of {@link NetworkBalance} (for
 * any span) and of {@link CommonHouseSplit} (for a billing period).
 *
 * @param span     the days covered, half-open
 * @param resource the resource; every volume is in its unit
 * @param volumes  node → volume over {@code span}; for metered nodes and premises only
 */
public record NetworkVolumes(LocalDateRange span, Resource resource, Map<NodeId, VolumeByBasis> volumes) {
    /**
     * Validates the parts and copies the map (in id order).
     *
     * @throws InvalidValueException if a volume is not in the resource's unit
     */
    public NetworkVolumes {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(resource, "resource");
        TreeMap<NodeId, VolumeByBasis> copy = new TreeMap<>();
        volumes.forEach((id, v) -> {
            Objects.requireNonNull(id, "node");
            Objects.requireNonNull(v, "volume");
            if (v.unit() != resource.unit()) {
                throw new InvalidValueException(ErrorCode.VALUE_UNIT_MISMATCH, "node " + id, span.getStart(),
                        "volume " + v.total() + " is not in " + resource.unit() + " of " + resource.nameEn(),
                        "volumes.resource-unit");
            }
            copy.put(id, v);
        });
        volumes = Collections.unmodifiableMap(copy);
    }

    /** The volumes of a billing period (its calendar month, 354 p.37). */
    public static NetworkVolumes of(YearMonth period, Resource resource, Map<NodeId, VolumeByBasis> volumes) {
        return new NetworkVolumes(Days.of(period), resource, volumes);
    }

    /** The volume of {@code node}, if given. */
    public Optional<VolumeByBasis> find(NodeId node) {
        return Optional.ofNullable(volumes.get(node));
    }

    /** These volumes with the volume of {@code node} replaced or added (e.g. after a late reading). */
    public NetworkVolumes with(NodeId node, VolumeByBasis volume) {
        Map<NodeId, VolumeByBasis> copy = new TreeMap<>(volumes);
        copy.put(node, volume);
        return new NetworkVolumes(span, resource, copy);
    }

    /**
     * The volume of {@code node}, which a calculation needs.
     *
     * @throws InvalidNetworkException ({@code NETWORK_VOLUME_MISSING}) naming the node if none was given
     */
    VolumeByBasis require(NodeId node, String what) {
        VolumeByBasis v = volumes.get(node);
        if (v == null) {
            throw new InvalidNetworkException(ErrorCode.NETWORK_VOLUME_MISSING, node.value(), span.getStart(),
                    "no volume given for " + what + " over " + span, "volumes.cover-network");
        }
        return v;
    }

    /**
     * Checks that every volume belongs to a node of {@code network} that has a meter or is a premise.
     *
     * @throws InvalidNetworkException naming the node: not in the network ({@code NETWORK_UNKNOWN_NODE}), or
     *                                 neither metered nor a premise ({@code NETWORK_INVALID}: its volume is the sum
     *                                 below it and cannot be given)
     */
    void checkAgainst(Network network) {
        for (NodeId id : volumes.keySet()) {
            if (!network.contains(id)) {
                throw new InvalidNetworkException(ErrorCode.NETWORK_UNKNOWN_NODE, id.value(), span.getStart(),
                        "a volume is given for a node not in the network", "volumes.known-nodes");
            }
            NetworkNode n = network.get(id);
            if (!n.metered() && n.kind() != NodeKind.PREMISE) {
                throw new InvalidNetworkException(ErrorCode.NETWORK_INVALID, id.value(), span.getStart(),
                        "a volume " + volumes.get(id).total() + " is given for a " + n.kind().nameEn()
                                + " with no meter (its volume is the sum below it)", "volumes.metered-or-premise");
            }
        }
    }
}
