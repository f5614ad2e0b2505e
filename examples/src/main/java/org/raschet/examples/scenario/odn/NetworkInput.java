package org.raschet.examples.scenario.odn;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.raschet.allocation.odn.Network;
import org.raschet.allocation.odn.NodeId;
import org.raschet.core.quantity.Resource;
import org.raschet.examples.scenario.json.JsonPath;

/**
 * The supply network read from a scenario's {@code network} section, with where each node was declared.
 *
 * @param declared whether the scenario has a {@code network} section
 * @param resource the resource the network supplies; every volume of {@code networkMonths} is in its unit
 * @param network  the network, validated as a whole by Raschet ({@link Network#of})
 * @param nodes    each node's path, e.g. {@code $.network.nodes[3]}, in document order
 * @param children each node's children as given, with the path of each element of its {@code children}
 */
public record NetworkInput(boolean declared, Resource resource, Network network, Map<NodeId, JsonPath> nodes,
                           Map<NodeId, List<Map.Entry<NodeId, JsonPath>>> children) {
    /** Copies the parts. */
    public NetworkInput {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(network, "network");
        nodes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(nodes));
        children = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(children));
    }

    /** No {@code network} section: an empty network of electricity. */
    public static NetworkInput absent() {
        return new NetworkInput(false, Resource.ELECTRICITY, Network.of(List.of()), Map.of(), Map.of());
    }

    /** The path of node {@code id}, if declared. */
    public Optional<JsonPath> path(NodeId id) {
        return Optional.ofNullable(nodes.get(id));
    }
}
