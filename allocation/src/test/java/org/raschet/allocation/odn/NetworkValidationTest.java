package org.raschet.allocation.odn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidNetworkException;
import org.raschet.core.quantity.Area;

/** Bad networks are refused with typed exceptions that name the node (issue 5, "Bad input"). */
class NetworkValidationTest {

    private static InvalidNetworkException refused(List<NetworkNode> nodes) {
        return assertThrows(InvalidNetworkException.class, () -> Network.of(nodes));
    }

    @Test
    void cycle_is_refused_naming_a_node_on_it() {
        // Each node has one parent at most, so a cycle is a component with no root: T2 → T3 → T4 → T2 beside F.
        InvalidNetworkException e = refused(List.of(
                NetworkNode.of("F", NodeKind.FEEDER, false, "T1"),
                NetworkNode.of("T1", NodeKind.SUBSTATION, false),
                NetworkNode.of("T3", NodeKind.SUBSTATION, false, "T4"),
                NetworkNode.of("T2", NodeKind.SUBSTATION, false, "T3"),
                NetworkNode.of("T4", NodeKind.SUBSTATION, false, "T2")));
        assertEquals(ErrorCode.NETWORK_CYCLE, e.code());
        assertEquals("T2", e.node());
        assertTrue(e.getMessage().contains("T2 → T3 → T4 → T2"), e.getMessage());
    }

    @Test
    void cycle_entered_from_a_root_shows_as_a_node_under_two_parents() {
        InvalidNetworkException e = refused(List.of(
                NetworkNode.of("F", NodeKind.FEEDER, false, "T1"),
                NetworkNode.of("T1", NodeKind.SUBSTATION, false, "T2"),
                NetworkNode.of("T2", NodeKind.SUBSTATION, false, "T1")));
        assertEquals(ErrorCode.NETWORK_MULTIPLE_PARENTS, e.code());
        assertEquals("T1", e.node());
    }

    @Test
    void cycle_without_any_root_is_refused() {
        InvalidNetworkException e = refused(List.of(
                NetworkNode.of("A", NodeKind.FEEDER, false, "B"),
                NetworkNode.of("B", NodeKind.FEEDER, false, "A")));
        assertEquals(ErrorCode.NETWORK_CYCLE, e.code());
        assertEquals("A", e.node());
    }

    @Test
    void node_that_is_its_own_child_is_a_cycle() {
        InvalidNetworkException e = refused(List.of(NetworkNode.of("A", NodeKind.FEEDER, false, "A")));
        assertEquals(ErrorCode.NETWORK_CYCLE, e.code());
    }

    @Test
    void premise_under_two_parents_is_refused_naming_the_premise_and_both_parents() {
        HouseData data = HouseData.of(Area.of("10"));
        InvalidNetworkException e = refused(List.of(
                NetworkNode.house("H", false, data, "E1", "E2"),
                NetworkNode.of("E1", NodeKind.ENTRANCE, false, "kv1"),
                NetworkNode.of("E2", NodeKind.ENTRANCE, false, "kv1"),
                NetworkNode.premise("kv1", "50")));
        assertEquals(ErrorCode.NETWORK_MULTIPLE_PARENTS, e.code());
        assertEquals("kv1", e.node());
        assertTrue(e.getMessage().contains("E1 and E2"), e.getMessage());
    }

    @Test
    void declared_total_area_zero_is_refused() {
        HouseData data = HouseData.of(Area.of("10")).withDeclaredPremisesArea(Area.of("0"));
        InvalidNetworkException e = refused(List.of(NetworkNode.house("H", false, data, "kv1"),
                NetworkNode.premise("kv1", "50")));
        assertEquals(ErrorCode.NETWORK_AREA_INVALID, e.code());
        assertEquals("H", e.node());
    }

    @Test
    void house_without_premises_has_zero_total_area() {
        InvalidNetworkException e = refused(List.of(NetworkNode.house("H", false, HouseData.of(Area.of("10")))));
        assertEquals(ErrorCode.NETWORK_AREA_INVALID, e.code());
        assertTrue(e.getMessage().contains("total area 0"), e.getMessage());
    }

    @Test
    void zero_or_negative_premise_area_is_refused_naming_the_premise() {
        InvalidNetworkException zero = assertThrows(InvalidNetworkException.class,
                () -> NetworkNode.premise("kv1", "0"));
        assertEquals(ErrorCode.NETWORK_AREA_INVALID, zero.code());
        assertEquals("kv1", zero.node());
        InvalidNetworkException negative = assertThrows(InvalidNetworkException.class,
                () -> NetworkNode.premise("kv2", "-5"));
        assertEquals("kv2", negative.node());
    }

    @Test
    void premise_area_above_the_declared_house_total_is_refused() {
        HouseData data = HouseData.of(Area.of("10")).withDeclaredPremisesArea(Area.of("100"));
        InvalidNetworkException e = refused(List.of(NetworkNode.house("H", false, data, "kv1", "kv2"),
                NetworkNode.premise("kv1", "40"), NetworkNode.premise("kv2", "120.5")));
        assertEquals(ErrorCode.NETWORK_AREA_INVALID, e.code());
        assertEquals("kv2", e.node());
        assertTrue(e.getMessage().contains("above the declared total 100.0000 m2 of house H"), e.getMessage());
    }

    @Test
    void premises_not_adding_up_to_the_declared_total_are_refused() {
        HouseData data = HouseData.of(Area.of("10")).withDeclaredPremisesArea(Area.of("100"));
        InvalidNetworkException e = refused(List.of(NetworkNode.house("H", false, data, "kv1", "kv2"),
                NetworkNode.premise("kv1", "40"), NetworkNode.premise("kv2", "50")));
        assertEquals("H", e.node());
        assertTrue(e.getMessage().contains("add up to 90.0000 m2, not the declared total 100.0000 m2"),
                e.getMessage());
    }

    @Test
    void node_meter_without_children_is_refused_naming_the_node() {
        InvalidNetworkException e = assertThrows(InvalidNetworkException.class,
                () -> NetworkNode.of("R7", NodeKind.RISER, true));
        assertEquals(ErrorCode.NETWORK_METER_WITHOUT_CHILDREN, e.code());
        assertEquals("R7", e.node());
        assertEquals("node R7: the riser has a node meter but no children to balance it against; "
                + "rule network.meter-has-children [RASCHET-NETWORK-METER-LEAF]", e.getMessage());
    }

    @Test
    void other_structural_faults_are_refused() {
        // a child not declared
        assertEquals(ErrorCode.NETWORK_UNKNOWN_NODE, refused(List.of(
                NetworkNode.of("F", NodeKind.FEEDER, false, "X"))).code());
        // a node declared twice
        assertEquals(ErrorCode.NETWORK_INVALID, refused(List.of(NetworkNode.premise("kv1", "1"),
                NetworkNode.premise("kv1", "2"))).code());
        // a house inside a house
        HouseData data = HouseData.of(Area.of("10"));
        assertEquals(ErrorCode.NETWORK_INVALID, refused(List.of(NetworkNode.house("H", false, data, "H2"),
                NetworkNode.house("H2", false, data, "kv1"), NetworkNode.premise("kv1", "5"))).code());
        // an entrance outside any house
        assertEquals(ErrorCode.NETWORK_INVALID, refused(List.of(NetworkNode.of("E", NodeKind.ENTRANCE, false,
                "kv1"), NetworkNode.premise("kv1", "5"))).code());
        // a premise with children, a premise with a node meter
        assertThrows(InvalidNetworkException.class, () -> new NetworkNode(NodeId.of("kv1"), NodeKind.PREMISE, false,
                List.of(NodeId.of("x")), Optional.of(Area.of("5")), true, Optional.empty()));
        assertThrows(InvalidNetworkException.class, () -> new NetworkNode(NodeId.of("kv1"), NodeKind.PREMISE, true,
                List.of(), Optional.of(Area.of("5")), true, Optional.empty()));
        // a house without its data
        assertThrows(InvalidNetworkException.class, () -> NetworkNode.of("H", NodeKind.HOUSE, false, "kv1"));
    }

    @Test
    void listings_are_in_id_order_whatever_the_declaration_order() {
        List<NetworkNode> nodes = new ArrayList<>(Houses.nodes(true, Houses.data()));
        java.util.Collections.reverse(nodes);
        Network n = Network.of(nodes);
        assertEquals(Houses.network(), n);
        assertEquals(List.of("H", "01", "02", "03", "04", "05"), n.depthFirst().stream().map(NodeId::value).toList());
        assertEquals(Houses.P, n.premisesUnder(Houses.H));
        assertEquals(Optional.of(Houses.H), n.houseOf(Houses.P.get(0)));
        assertEquals(1, n.depthOf(Houses.P.get(0)));
    }
}
