package org.raschet.examples.scenario.odn;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.raschet.allocation.odn.HouseData;
import org.raschet.allocation.odn.LossBearer;
import org.raschet.allocation.odn.Network;
import org.raschet.allocation.odn.NetworkNode;
import org.raschet.allocation.odn.NodeId;
import org.raschet.allocation.odn.NodeKind;
import org.raschet.core.error.InvalidNetworkException;
import org.raschet.core.error.RaschetException;
import org.raschet.core.quantity.Area;
import org.raschet.core.quantity.Resource;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.input.Domain;
import org.raschet.examples.scenario.input.InputSection;
import org.raschet.examples.scenario.input.ScenarioInputs;
import org.raschet.examples.scenario.json.ArrayShape;
import org.raschet.examples.scenario.json.JsonCursor;
import org.raschet.examples.scenario.json.JsonPath;
import org.raschet.examples.scenario.json.Names;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.Rules;
import org.raschet.examples.scenario.json.ValueShape;

/**
 * The {@code network} section: the supply network (сеть) as a flat list of nodes — feeders, substations, houses,
 * entrances, risers, premises — each naming its children, whether it has its own meter, a premise's area and a
 * house's common-property data. Optional, default none. Raschet validates the tree ({@link Network#of}: no cycle, no
 * node under two parents, no node meter without children, usable areas) and its faults are reported at the node.
 */
public final class NetworkSection implements InputSection<NetworkInput> {
    /** The one instance. */
    public static final NetworkSection INSTANCE = new NetworkSection();

    /** The shape of a house's data. */
    public static final ObjectShape HOUSE = ObjectShape.of("house data",
            Property.required("commonArea", ValueShape.DECIMAL),
            Property.optional("declaredArea", ValueShape.DECIMAL),
            Property.optional("sharesActualVolume", ValueShape.BOOLEAN),
            Property.optional("excessBearer", Names.choice(LossBearer.class)));

    /** The shape of one node. */
    public static final ObjectShape NODE = ObjectShape.of("network node",
            Property.required("id", ValueShape.STRING),
            Property.required("kind", Names.choice(NodeKind.class)),
            Property.optional("metered", ValueShape.BOOLEAN),
            Property.optional("children", ArrayShape.of(ValueShape.STRING)),
            Property.optional("area", ValueShape.DECIMAL),
            Property.optional("residential", ValueShape.BOOLEAN),
            Property.optional("house", HOUSE));

    /** The shape of {@code network}. */
    public static final ObjectShape SHAPE = ObjectShape.of("network",
            Property.optional("resource", Names.choice(Resource.class)),
            Property.required("nodes", ArrayShape.of(NODE)));

    private NetworkSection() {
    }

    @Override
    public Property property() {
        return Property.optional("network", SHAPE);
    }

    @Override
    public NetworkInput parse(JsonCursor value, ScenarioInputs earlier) {
        ObjectCursor o = value.object(SHAPE);
        Resource resource = o.findChoice("resource").map(n -> Names.parse(Resource.class, n))
                .orElse(Resource.ELECTRICITY);
        List<NetworkNode> nodes = new ArrayList<>();
        Map<NodeId, JsonPath> paths = new LinkedHashMap<>();
        Map<NodeId, ObjectCursor> cursors = new LinkedHashMap<>();
        Map<NodeId, List<Map.Entry<NodeId, JsonPath>>> children = new LinkedHashMap<>();
        for (ObjectCursor n : o.objects("nodes")) {
            NodeId id = Domain.at(n.pathOf("id"), () -> NodeId.of(n.string("id")));
            JsonPath first = paths.putIfAbsent(id, n.path());
            if (first != null) {
                throw new ScenarioException(n.pathOf("id"), Rules.UNIQUE_ID,
                        "node '" + id + "' is already declared at " + first);
            }
            cursors.put(id, n);
            NodeKind kind = Names.parse(NodeKind.class, n.choice("kind"));
            boolean metered = n.bool("metered", false);
            List<Map.Entry<NodeId, JsonPath>> listed = new ArrayList<>();
            for (JsonCursor c : n.find("children").map(JsonCursor::elements).orElse(List.of())) {
                listed.add(Map.entry(Domain.at(c.path(), () -> NodeId.of(c.string())), c.path()));
            }
            children.put(id, List.copyOf(listed));
            Optional<Area> area = Optional.empty();
            if (n.has("area")) {
                BigDecimal a = n.decimal("area");
                area = Optional.of(Domain.at(n.pathOf("area"), () -> Area.of(a)));
            }
            boolean residential = n.bool("residential", kind == NodeKind.PREMISE);
            Optional<HouseData> house = n.findObject("house").map(NetworkSection::house);
            Optional<Area> givenArea = area;
            nodes.add(node(n, () -> new NetworkNode(id, kind, metered, listed.stream().map(Map.Entry::getKey)
                    .toList(), givenArea, residential, house)));
        }
        try {
            Network network = Network.of(nodes);
            return new NetworkInput(true, resource, network, paths, children);
        } catch (InvalidNetworkException e) {
            throw new ScenarioException(locate(e, o, cursors, children), e);
        }
    }

    private static HouseData house(ObjectCursor h) {
        BigDecimal common = h.decimal("commonArea");
        Area commonArea = Domain.at(h.pathOf("commonArea"), () -> Area.of(common));
        Optional<Area> declared = Optional.empty();
        if (h.has("declaredArea")) {
            BigDecimal d = h.decimal("declaredArea");
            declared = Optional.of(Domain.at(h.pathOf("declaredArea"), () -> Area.of(d)));
        }
        boolean shares = h.bool("sharesActualVolume", false);
        LossBearer bearer = h.findChoice("excessBearer").map(b -> Names.parse(LossBearer.class, b))
                .orElse(LossBearer.MANAGEMENT_COMPANY);
        return new HouseData(commonArea, declared, shares, bearer);
    }

    /** Builds a node; a fault of the node alone is reported at the property it is about. */
    private static NetworkNode node(ObjectCursor n, java.util.function.Supplier<NetworkNode> body) {
        try {
            return body.get();
        } catch (RaschetException e) {
            String field = switch (e.rule()) {
                case "network.premise-is-leaf" -> "children";
                case "network.premise-no-node-meter", "network.meter-has-children" -> "metered";
                case "network.premise-area-positive" -> "area";
                case "network.premise-data-on-premise" -> n.has("area") ? "area" : "residential";
                case "network.house-data", "network.house-data-on-house" -> "house";
                default -> null;
            };
            throw new ScenarioException(field == null ? n.path() : n.pathOf(field), e);
        }
    }

    /** Where a fault Raschet found in the network as a whole is: the node it names, or the child listed wrongly. */
    private static JsonPath locate(InvalidNetworkException e, ObjectCursor network,
                                   Map<NodeId, ObjectCursor> cursors,
                                   Map<NodeId, List<Map.Entry<NodeId, JsonPath>>> children) {
        NodeId node = NodeId.of(e.node());
        ObjectCursor at = cursors.get(node);
        switch (e.rule()) {
            case "network.children-declared", "network.single-parent" -> {
                // the node named is the child: the (second) listing of it in document order
                return listing(node, children, e.rule().equals("network.single-parent") ? 2 : 1)
                        .orElse(network.pathOf("nodes"));
            }
            case "network.children-unique" -> {
                for (List<Map.Entry<NodeId, JsonPath>> listed : children.values()) {
                    if (listed.stream().filter(c -> c.getKey().equals(node)).count() > 1) {
                        return listed.stream().filter(c -> c.getKey().equals(node)).skip(1).findFirst()
                                .orElseThrow().getValue();
                    }
                }
                return network.pathOf("nodes");
            }
            default -> {
                // the node named is at fault itself
            }
        }
        if (at == null) {
            return network.pathOf("nodes");
        }
        return switch (e.rule()) {
            case "network.acyclic" -> at.pathOf("children");
            case "network.house-not-nested", "network.part-inside-house" -> at.pathOf("kind");
            case "network.premise-area-within-house" -> at.pathOf("area");
            case "network.house-area-declared" -> at.pathOf("house").property("declaredArea");
            case "network.house-area-positive" -> at.find("house").map(h -> h.node().has("declaredArea"))
                    .orElse(false) ? at.pathOf("house").property("declaredArea") : at.pathOf("children");
            default -> at.path();
        };
    }

    /** The {@code n}-th listing (1-based, document order) of {@code child} among the nodes' children. */
    private static Optional<JsonPath> listing(NodeId child, Map<NodeId, List<Map.Entry<NodeId, JsonPath>>> children,
                                              int n) {
        int seen = 0;
        for (List<Map.Entry<NodeId, JsonPath>> listed : children.values()) {
            for (Map.Entry<NodeId, JsonPath> c : listed) {
                if (c.getKey().equals(child) && ++seen == n) {
                    return Optional.of(c.getValue());
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public NetworkInput absent(ScenarioInputs earlier) {
        return NetworkInput.absent();
    }
}
