package org.raschet.allocation.odn;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidNetworkException;
import org.raschet.core.quantity.Area;
import org.raschet.core.split.Exact;

/**
 * A supply network (сеть): a forest of {@link NetworkNode}s from feeders down to premises, validated as a whole.
 * Immutable; every listing is in the stable order of node ids, so nothing depends on the order the nodes were given.
 *
 * <p>Checks: each node declared once; each child declared; no node under two parents; no cycle; a house under no
 * other house; entrances and risers inside a house; every house with at least one premise below it, each premise's
 * area within the house's declared total, and the premises adding up to that total where one is declared.
 */
public final class Network {
    private final Map<NodeId, NetworkNode> nodes;
    private final Map<NodeId, NodeId> parents;
    private final Map<NodeId, List<NodeId>> children;
    private final Map<NodeId, Integer> depths;
    private final Map<NodeId, NodeId> houses;
    private final List<NodeId> roots;
    private final List<NodeId> depthFirst;

    private Network(Map<NodeId, NetworkNode> nodes, Map<NodeId, NodeId> parents, Map<NodeId, List<NodeId>> children,
                    Map<NodeId, Integer> depths, Map<NodeId, NodeId> houses, List<NodeId> roots,
                    List<NodeId> depthFirst) {
        this.nodes = nodes;
        this.parents = parents;
        this.children = children;
        this.depths = depths;
        this.houses = houses;
        this.roots = roots;
        this.depthFirst = depthFirst;
    }

    /**
     * The network of these nodes, in any order.
     *
     * @throws InvalidNetworkException naming the node at fault: a node declared twice or a child not declared
     *                                 ({@code NETWORK_INVALID}, {@code NETWORK_UNKNOWN_NODE}), a node under two
     *                                 parents ({@code NETWORK_MULTIPLE_PARENTS}), a cycle ({@code NETWORK_CYCLE}), a
     *                                 house inside a house or an entrance or riser outside one, or unusable areas
     *                                 ({@code NETWORK_AREA_INVALID})
     */
    public static Network of(Collection<NetworkNode> declared) {
        Map<NodeId, NetworkNode> nodes = new TreeMap<>();
        for (NetworkNode n : declared) {
            Objects.requireNonNull(n, "node");
            if (nodes.putIfAbsent(n.id(), n) != null) {
                throw new InvalidNetworkException(ErrorCode.NETWORK_INVALID, n.id().value(), null,
                        "the node is declared twice", "network.unique-ids");
            }
        }
        Map<NodeId, NodeId> parents = new HashMap<>();
        Map<NodeId, List<NodeId>> children = new HashMap<>();
        for (NetworkNode n : nodes.values()) {
            Set<NodeId> seen = new LinkedHashSet<>();
            for (NodeId c : n.children()) {
                if (!nodes.containsKey(c)) {
                    throw new InvalidNetworkException(ErrorCode.NETWORK_UNKNOWN_NODE, c.value(), null,
                            "listed as a child of " + n.id() + " but not declared", "network.children-declared");
                }
                if (c.equals(n.id())) {
                    throw new InvalidNetworkException(ErrorCode.NETWORK_CYCLE, c.value(), null,
                            "the node is listed as its own child", "network.acyclic");
                }
                if (!seen.add(c)) {
                    throw new InvalidNetworkException(ErrorCode.NETWORK_INVALID, c.value(), null,
                            "listed twice as a child of " + n.id(), "network.children-unique");
                }
                NodeId other = parents.putIfAbsent(c, n.id());
                if (other != null) {
                    throw new InvalidNetworkException(ErrorCode.NETWORK_MULTIPLE_PARENTS, c.value(), null,
                            "the " + nodes.get(c).kind().nameEn() + " is under two parents, " + other + " and "
                                    + n.id(), "network.single-parent");
                }
            }
            List<NodeId> sorted = new ArrayList<>(seen);
            Collections.sort(sorted);
            children.put(n.id(), List.copyOf(sorted));
        }
        List<NodeId> roots = new ArrayList<>();
        for (NodeId id : nodes.keySet()) {
            if (!parents.containsKey(id)) {
                roots.add(id);
            }
        }
        // Walk down from the roots; each node has at most one parent, so a node not reached lies on or under a cycle.
        Map<NodeId, Integer> depths = new HashMap<>();
        Map<NodeId, NodeId> houses = new HashMap<>();
        List<NodeId> order = new ArrayList<>(nodes.size());
        Deque<NodeId> stack = new ArrayDeque<>();
        for (int r = roots.size() - 1; r >= 0; r--) {
            stack.push(roots.get(r));
            depths.put(roots.get(r), 0);
        }
        while (!stack.isEmpty()) {
            NodeId id = stack.pop();
            order.add(id);
            NetworkNode n = nodes.get(id);
            NodeId house = parents.containsKey(id) ? houses.get(parents.get(id)) : null;
            checkKindPlacement(n, house);
            if (n.kind() == NodeKind.HOUSE) {
                house = id;
            }
            if (house != null) {
                houses.put(id, house);
            }
            List<NodeId> cs = children.get(id);
            for (int i = cs.size() - 1; i >= 0; i--) {
                stack.push(cs.get(i));
                depths.put(cs.get(i), depths.get(id) + 1);
            }
        }
        if (order.size() < nodes.size()) {
            throw cycle(nodes.keySet(), depths, parents);
        }
        Network net = new Network(Collections.unmodifiableMap(nodes), Map.copyOf(parents), Map.copyOf(children),
                Map.copyOf(depths), Map.copyOf(houses), List.copyOf(roots), List.copyOf(order));
        for (NodeId id : order) {
            if (nodes.get(id).kind() == NodeKind.HOUSE) {
                net.checkHouseAreas(id);
            }
        }
        return net;
    }

    private static void checkKindPlacement(NetworkNode n, NodeId house) {
        if (n.kind() == NodeKind.HOUSE && house != null) {
            throw new InvalidNetworkException(ErrorCode.NETWORK_INVALID, n.id().value(), null,
                    "a house lies inside house " + house, "network.house-not-nested");
        }
        if (n.kind().insideHouse() && house == null) {
            throw new InvalidNetworkException(ErrorCode.NETWORK_INVALID, n.id().value(), null,
                    "the " + n.kind().nameEn() + " lies inside no house", "network.part-inside-house");
        }
    }

    private static InvalidNetworkException cycle(Set<NodeId> all, Map<NodeId, Integer> reached,
                                                 Map<NodeId, NodeId> parents) {
        NodeId start = all.stream().filter(id -> !reached.containsKey(id)).findFirst().orElseThrow();
        // Follow parents until a node repeats: that node lies on the cycle.
        Set<NodeId> path = new LinkedHashSet<>();
        NodeId at = start;
        while (path.add(at)) {
            at = parents.get(at);
        }
        List<NodeId> ring = new ArrayList<>();
        NodeId first = at;
        NodeId cur = at;
        do {
            ring.add(cur);
            cur = parents.get(cur);
        } while (!cur.equals(first));
        Collections.reverse(ring); // parent before child
        NodeId least = Collections.min(ring);
        int k = ring.indexOf(least);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i <= ring.size(); i++) {
            text.append(i == 0 ? "" : " → ").append(ring.get((k + i) % ring.size()));
        }
        return new InvalidNetworkException(ErrorCode.NETWORK_CYCLE, least.value(), null,
                "the nodes form a cycle " + text, "network.acyclic");
    }

    private void checkHouseAreas(NodeId house) {
        HouseData data = nodes.get(house).house().orElseThrow();
        List<NodeId> premises = premisesUnder(house);
        if (premises.isEmpty()) {
            throw new InvalidNetworkException(ErrorCode.NETWORK_AREA_INVALID, house.value(), null,
                    "the house has no premises: total area 0 m2 cannot be shared by", "network.house-area-positive");
        }
        Optional<Area> declared = data.declaredPremisesArea();
        if (declared.isPresent() && declared.get().e4() == 0) {
            throw new InvalidNetworkException(ErrorCode.NETWORK_AREA_INVALID, house.value(), null,
                    "declared total area of premises " + declared.get() + " is zero", "network.house-area-positive");
        }
        long sum = 0;
        for (NodeId p : premises) {
            Area a = nodes.get(p).area().orElseThrow();
            if (declared.isPresent() && a.compareTo(declared.get()) > 0) {
                throw new InvalidNetworkException(ErrorCode.NETWORK_AREA_INVALID, p.value(), null,
                        "premise area " + a + " is above the declared total " + declared.get() + " of house "
                                + house, "network.premise-area-within-house");
            }
            sum = Exact.add(sum, a.e4(), "area of house " + house);
        }
        if (declared.isPresent() && sum != declared.get().e4()) {
            throw new InvalidNetworkException(ErrorCode.NETWORK_AREA_INVALID, house.value(), null,
                    "the " + premises.size() + " premises add up to " + Area.ofE4(sum) + ", not the declared total "
                            + declared.get(), "network.house-area-declared");
        }
    }

    /** Whether a node with this id is declared. */
    public boolean contains(NodeId id) {
        return nodes.containsKey(id);
    }

    /**
     * The node with this id.
     *
     * @throws InvalidNetworkException ({@code NETWORK_UNKNOWN_NODE}) if there is none
     */
    public NetworkNode get(NodeId id) {
        NetworkNode n = nodes.get(id);
        if (n == null) {
            throw new InvalidNetworkException(ErrorCode.NETWORK_UNKNOWN_NODE, id.value(), null,
                    "no such node in the network", "network.node-declared");
        }
        return n;
    }

    /** Every node, in id order. */
    public Collection<NetworkNode> nodes() {
        return nodes.values();
    }

    /** The node directly above {@code id}, if any. */
    public Optional<NodeId> parentOf(NodeId id) {
        get(id);
        return Optional.ofNullable(parents.get(id));
    }

    /** The nodes directly below {@code id}, in id order. */
    public List<NodeId> childrenOf(NodeId id) {
        get(id);
        return children.get(id);
    }

    /** The nodes with no parent, in id order. */
    public List<NodeId> roots() {
        return roots;
    }

    /** Every node, depth first from the roots in id order, parents before their children. */
    public List<NodeId> depthFirst() {
        return depthFirst;
    }

    /** The depth of {@code id}: 0 for a root. */
    public int depthOf(NodeId id) {
        get(id);
        return depths.get(id);
    }

    /** The house {@code id} lies in (itself for a house), if any. */
    public Optional<NodeId> houseOf(NodeId id) {
        get(id);
        return Optional.ofNullable(houses.get(id));
    }

    /** Every house, in id order. */
    public List<NodeId> houses() {
        List<NodeId> out = new ArrayList<>();
        for (NetworkNode n : nodes.values()) {
            if (n.kind() == NodeKind.HOUSE) {
                out.add(n.id());
            }
        }
        return out;
    }

    /** The premises at or below {@code id}, in id order (the stable order of every split). */
    public List<NodeId> premisesUnder(NodeId id) {
        get(id);
        List<NodeId> out = new ArrayList<>();
        Deque<NodeId> stack = new ArrayDeque<>();
        stack.push(id);
        while (!stack.isEmpty()) {
            NodeId at = stack.pop();
            if (nodes.get(at).kind() == NodeKind.PREMISE) {
                out.add(at);
            }
            for (NodeId c : children.get(at)) {
                stack.push(c);
            }
        }
        Collections.sort(out);
        return out;
    }

    /** A premise's area. @throws InvalidNetworkException if {@code id} is not a premise */
    public Area areaOf(NodeId id) {
        NetworkNode n = get(id);
        return n.area().orElseThrow(() -> new InvalidNetworkException(ErrorCode.NETWORK_INVALID, id.value(), null,
                "the " + n.kind().nameEn() + " is not a premise and has no area", "network.premise-area"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Network n && n.nodes.equals(nodes);
    }

    @Override
    public int hashCode() {
        return nodes.hashCode();
    }

    @Override
    public String toString() {
        return "Network[" + nodes.size() + " nodes, roots " + roots + "]";
    }
}
