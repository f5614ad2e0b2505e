package org.raschet.allocation.odn;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidNetworkException;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.quantity.Area;

/**
 * A node of the supply network (узел сети) as declared: its kind, whether it has its own meter (a feeder meter at
 * the substation, a house, entrance or riser meter), its children, and the data of its kind — the area of a premise,
 * the common-property data of a house. {@link Network} checks how the nodes fit together.
 *
 * <p>A premise is a leaf with a positive area; its volume is always given (by meter, average or normative), so it
 * has no node meter. A node meter needs children to balance against.
 *
 * @param id          the node's identifier (a premise's is its account id)
 * @param kind        the kind
 * @param metered     whether the node has its own meter
 * @param children    the identifiers of the nodes directly below, in any order
 * @param area        a premise's total area (S_i); empty for other kinds
 * @param residential whether a premise is a dwelling (reported only); {@code false} for other kinds
 * @param house       a house's data; empty for other kinds
 */
public record NetworkNode(NodeId id, NodeKind kind, boolean metered, List<NodeId> children, Optional<Area> area,
                          boolean residential, Optional<HouseData> house) {
    /**
     * Validates the node on its own.
     *
     * @throws InvalidNetworkException naming the node if a premise has children, a meter or no positive area, a
     *                                 metered node has no children, a house lacks its data, or a node other than a
     *                                 premise (house) carries an area (house data)
     */
    public NetworkNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        children = List.copyOf(children);
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(house, "house");
        String node = id.value();
        if (kind == NodeKind.PREMISE) {
            if (!children.isEmpty()) {
                throw new InvalidNetworkException(ErrorCode.NETWORK_INVALID, node, null,
                        "a premise has children " + children, "network.premise-is-leaf");
            }
            if (metered) {
                throw new InvalidNetworkException(ErrorCode.NETWORK_INVALID, node, null,
                        "a premise has a node meter; its own volume (by meter, average or normative) is its input",
                        "network.premise-no-node-meter");
            }
            if (area.isEmpty() || area.get().e4() == 0) {
                throw new InvalidNetworkException(ErrorCode.NETWORK_AREA_INVALID, node, null,
                        "premise area " + area.map(Area::toString).orElse("(none)") + " is not positive",
                        "network.premise-area-positive");
            }
        } else {
            if (metered && children.isEmpty()) {
                throw new InvalidNetworkException(ErrorCode.NETWORK_METER_WITHOUT_CHILDREN, node, null,
                        "the " + kind.nameEn() + " has a node meter but no children to balance it against",
                        "network.meter-has-children");
            }
            if (area.isPresent() || residential) {
                throw new InvalidNetworkException(ErrorCode.NETWORK_INVALID, node, null,
                        "a " + kind.nameEn() + " has premise data (area " + area.map(Area::toString).orElse("none")
                                + ")", "network.premise-data-on-premise");
            }
        }
        if (kind == NodeKind.HOUSE && house.isEmpty()) {
            throw new InvalidNetworkException(ErrorCode.NETWORK_INVALID, node, null,
                    "a house has no house data (common-property area)", "network.house-data");
        }
        if (kind != NodeKind.HOUSE && house.isPresent()) {
            throw new InvalidNetworkException(ErrorCode.NETWORK_INVALID, node, null,
                    "a " + kind.nameEn() + " has house data", "network.house-data-on-house");
        }
    }

    /**
     * A residential premise with its total area in m², e.g. {@code premise("kv-12", "54.3")}.
     *
     * @throws InvalidNetworkException naming the premise if the area is not a positive decimal with at most four
     *                                 decimals
     */
    public static NetworkNode premise(String id, String area) {
        return new NetworkNode(NodeId.of(id), NodeKind.PREMISE, false, List.of(), Optional.of(area(id, area)),
                true, Optional.empty());
    }

    /**
     * A non-residential premise with its total area in m².
     *
     * @throws InvalidNetworkException naming the premise if the area is not a positive decimal
     */
    public static NetworkNode nonResidential(String id, String area) {
        return new NetworkNode(NodeId.of(id), NodeKind.PREMISE, false, List.of(), Optional.of(area(id, area)),
                false, Optional.empty());
    }

    /**
     * A house with its data and children.
     *
     * @throws InvalidNetworkException naming the house if it is metered with no children
     */
    public static NetworkNode house(String id, boolean metered, HouseData data, String... children) {
        return new NetworkNode(NodeId.of(id), NodeKind.HOUSE, metered, ids(children), Optional.empty(), false,
                Optional.of(data));
    }

    /**
     * A feeder, substation, entrance or riser with its children.
     *
     * @throws InvalidNetworkException naming the node if it is metered with no children, or {@code kind} is a house
     *                                 or a premise (use {@link #house} or {@link #premise})
     */
    public static NetworkNode of(String id, NodeKind kind, boolean metered, String... children) {
        return new NetworkNode(NodeId.of(id), kind, metered, ids(children), Optional.empty(), false,
                Optional.empty());
    }

    /**
     * The area {@code text} m² of node {@code node}, errors naming the node.
     *
     * @throws InvalidNetworkException if the text is not a non-negative decimal with at most four decimals
     */
    static Area area(String node, String text) {
        try {
            return Area.of(text);
        } catch (InvalidValueException e) {
            throw new InvalidNetworkException(ErrorCode.NETWORK_AREA_INVALID, node, null,
                    "area '" + text + "' m2 is unusable (" + e.getMessage() + ")", "network.area-valid");
        }
    }

    private static List<NodeId> ids(String... children) {
        List<NodeId> out = new ArrayList<>(children.length);
        for (String c : children) {
            out.add(NodeId.of(c));
        }
        return out;
    }
}
