package org.raschet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.ScenarioRunner;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad network inputs are reported at the JSON path of the offending value, with the rule broken and, for Raschet's
 * own faults, its error code and a message naming the node (issue: a cycle, a premise under two parents, a zero or
 * negative area, a premise area above the declared total, a node meter with no children).
 */
class OdnScenarioErrorsTest {
    /**
     * Feeder F (meter) → house H (meter; S_common 20 m², declared 100 m²) → entrance E (meter) → premises a (40 m²)
     * and b (60 m²); January and February with every volume; normative 1 kWh/m², price 5 ₽/kWh.
     */
    static final String BASE = """
            {
              "metadata": { "name": "odn base" },
              "network": {
                "nodes": [
                  { "id": "F", "kind": "feeder", "metered": true, "children": ["H"] },
                  { "id": "H", "kind": "house", "metered": true, "children": ["E"],
                    "house": { "commonArea": "20", "declaredArea": "100" } },
                  { "id": "E", "kind": "entrance", "metered": true, "children": ["a", "b"] },
                  { "id": "a", "kind": "premise", "area": "40" },
                  { "id": "b", "kind": "premise", "area": "60" }
                ]
              },
              "networkMonths": {
                "commonNormative": "1",
                "price": "5",
                "months": [
                  { "period": "2026-01", "measured": { "F": "260", "H": "250", "E": "240", "a": "100", "b": "120" } },
                  { "period": "2026-02", "measured": { "F": "260", "H": "250", "E": "240", "a": "100", "b": "120" } }
                ]
              },
              "compute": { "losses": {}, "commonHouse": {} }
            }
            """;

    @TempDir
    Path dir;

    static ObjectNode base() {
        return (ObjectNode) ScenarioRunner.parse(BASE);
    }

    static ObjectNode node(ObjectNode tree, int i) {
        return Scenarios.at(tree, "/network/nodes/" + i);
    }

    static ObjectNode month(ObjectNode tree, int i) {
        return Scenarios.at(tree, "/networkMonths/months/" + i);
    }

    static ArrayNode children(ObjectNode tree, int i) {
        return (ArrayNode) node(tree, i).get("children");
    }

    @Test
    void the_base_scenario_runs() {
        assertEquals(2, ScenarioRunner.run(base()).sections().size());
    }

    @Test
    void a_cycle_names_the_least_node_on_it_at_its_children() {
        ObjectNode t = base();
        children(t, 2).add("F"); // F → H → E → F
        ScenarioException e = Scenarios.domainFault(t, "$.network.nodes[2].children", "network.acyclic",
                "RASCHET-NETWORK-CYCLE");
        assertTrue(e.getMessage().contains("node E") && e.getMessage().contains("E → F → H → E"), e.getMessage());
    }

    @Test
    void a_node_listed_as_its_own_child_is_a_cycle() {
        ObjectNode t = base();
        children(t, 2).add("E");
        Scenarios.domainFault(t, "$.network.nodes[2].children", "network.acyclic", "RASCHET-NETWORK-CYCLE");
    }

    @Test
    void a_premise_under_two_parents_is_reported_at_its_second_listing() {
        ObjectNode t = base();
        children(t, 1).add("a"); // H lists a too; in document order E's listing is the second
        ScenarioException e = Scenarios.domainFault(t, "$.network.nodes[2].children[0]", "network.single-parent",
                "RASCHET-NETWORK-PARENTS");
        assertTrue(e.getMessage().contains("node a"), e.getMessage());
    }

    @Test
    void an_undeclared_child_is_reported_where_it_is_listed() {
        ObjectNode t = base();
        children(t, 1).add("zz");
        Scenarios.domainFault(t, "$.network.nodes[1].children[1]", "network.children-declared",
                "RASCHET-NETWORK-UNKNOWN-NODE");
    }

    @Test
    void a_node_meter_without_children() {
        ObjectNode t = base();
        ((ArrayNode) t.at("/network/nodes")).addObject().put("id", "R").put("kind", "riser").put("metered", true);
        ScenarioException e = Scenarios.domainFault(t, "$.network.nodes[5].metered", "network.meter-has-children",
                "RASCHET-NETWORK-METER-LEAF");
        assertTrue(e.getMessage().startsWith("$.network.nodes[5].metered: node R"), e.getMessage());
    }

    @Test
    void zero_or_negative_premise_area() {
        ObjectNode zero = base();
        node(zero, 3).put("area", "0");
        Scenarios.domainFault(zero, "$.network.nodes[3].area", "network.premise-area-positive",
                "RASCHET-NETWORK-AREA");
        ObjectNode negative = base();
        node(negative, 3).put("area", "-5");
        Scenarios.domainFault(negative, "$.network.nodes[3].area", "area.non-negative", "RASCHET-VALUE-RANGE");
        ObjectNode fine = base();
        node(fine, 3).put("area", "40.00001");
        Scenarios.domainFault(fine, "$.network.nodes[3].area", "area.scale-4", "RASCHET-VALUE-PRECISION");
    }

    @Test
    void a_premise_area_above_the_declared_total_or_areas_not_adding_up() {
        ObjectNode above = base();
        Scenarios.at(above, "/network/nodes/1/house").put("declaredArea", "50");
        ScenarioException e = Scenarios.domainFault(above, "$.network.nodes[4].area",
                "network.premise-area-within-house", "RASCHET-NETWORK-AREA");
        assertTrue(e.getMessage().contains("node b"), e.getMessage());
        ObjectNode sum = base();
        Scenarios.at(sum, "/network/nodes/1/house").put("declaredArea", "90");
        Scenarios.domainFault(sum, "$.network.nodes[1].house.declaredArea", "network.house-area-declared",
                "RASCHET-NETWORK-AREA");
    }

    @Test
    void kinds_and_their_data() {
        ObjectNode noData = base();
        node(noData, 1).remove("house");
        Scenarios.domainFault(noData, "$.network.nodes[1].house", "network.house-data", "RASCHET-NETWORK-INVALID");
        ObjectNode areaOnEntrance = base();
        node(areaOnEntrance, 2).put("area", "5");
        Scenarios.domainFault(areaOnEntrance, "$.network.nodes[2].area", "network.premise-data-on-premise",
                "RASCHET-NETWORK-INVALID");
        ObjectNode meteredPremise = base();
        node(meteredPremise, 3).put("metered", true);
        Scenarios.domainFault(meteredPremise, "$.network.nodes[3].metered", "network.premise-no-node-meter",
                "RASCHET-NETWORK-INVALID");
        ObjectNode outside = base();
        children(outside, 0).add("X");
        ((ArrayNode) outside.at("/network/nodes")).addObject().put("id", "X").put("kind", "entrance");
        Scenarios.domainFault(outside, "$.network.nodes[5].kind", "network.part-inside-house",
                "RASCHET-NETWORK-INVALID");
        ObjectNode badKind = base();
        node(badKind, 2).put("kind", "stairwell");
        Scenarios.fault(badKind, "$.network.nodes[2].kind", "scenario.choice");
        ObjectNode twice = base();
        node(twice, 4).put("id", "a");
        Scenarios.fault(twice, "$.network.nodes[4].id", "scenario.unique-id");
    }

    @Test
    void volumes_name_known_nodes_with_a_meter_or_premises() {
        ObjectNode unknown = base();
        Scenarios.at(unknown, "/networkMonths/months/0/measured").put("zz", "1");
        Scenarios.fault(unknown, "$.networkMonths.months[0].measured.zz", "scenario.known-reference");
        ObjectNode unmetered = base();
        node(unmetered, 2).put("metered", false);
        ScenarioException e = Scenarios.domainFault(unmetered, "$.networkMonths.months[0].measured.E",
                "volumes.metered-or-premise", "RASCHET-NETWORK-INVALID");
        assertTrue(e.getMessage().contains("node E on 2026-01-01"), e.getMessage());
        ObjectNode negative = base();
        Scenarios.at(negative, "/networkMonths/months/1/measured").put("a", "-1");
        Scenarios.domainFault(negative, "$.networkMonths.months[1].measured.a", "volume.non-negative",
                "RASCHET-VALUE-RANGE");
        ObjectNode fine = base();
        Scenarios.at(fine, "/networkMonths/months/1/measured").put("a", "1.0000001");
        Scenarios.domainFault(fine, "$.networkMonths.months[1].measured.a", "quantity.scale-6",
                "RASCHET-VALUE-PRECISION");
    }

    @Test
    void a_missing_volume_is_reported_at_its_month_naming_the_node() {
        ObjectNode t = base();
        ((ObjectNode) t.at("/networkMonths/months/1/measured")).remove("b");
        ScenarioException e = Scenarios.domainFault(t, "$.networkMonths.months[1]", "volumes.cover-network",
                "RASCHET-NETWORK-VOLUME");
        assertTrue(e.getMessage().contains("node b on 2026-02-01"), e.getMessage());
    }

    @Test
    void months_form() {
        ObjectNode badText = base();
        month(badText, 0).put("period", "2026-1");
        Scenarios.fault(badText, "$.networkMonths.months[0].period", "scenario.type");
        ObjectNode notAMonth = base();
        month(notAMonth, 0).put("period", "2026-13");
        Scenarios.fault(notAMonth, "$.networkMonths.months[0].period", "scenario.type");
        ObjectNode twice = base();
        month(twice, 1).put("period", "2026-01");
        Scenarios.fault(twice, "$.networkMonths.months[1].period", "scenario.unique-id");
        ObjectNode gap = base();
        month(gap, 1).put("period", "2026-03");
        gap.set("compute", Scenarios.json("{\"commonHouse\": {}}"));
        Scenarios.domainFault(gap, "$.networkMonths.months[1].period", "odn.months-consecutive",
                "RASCHET-VALUE-RANGE");
        ObjectNode noNetwork = base();
        noNetwork.remove("network");
        Scenarios.fault(noNetwork, "$.network", "scenario.required-property");
        ObjectNode negativePrice = base();
        Scenarios.at(negativePrice, "/networkMonths").put("price", "-1");
        Scenarios.fault(negativePrice, "$.networkMonths.price", "scenario.range");
    }

    @Test
    void the_normative_is_needed_for_the_cap() {
        ObjectNode t = base();
        Scenarios.at(t, "/networkMonths").remove("commonNormative");
        Scenarios.domainFault(t, "$.networkMonths.months[0].commonNormative", "odn.normative-given",
                "RASCHET-POLICY-INPUT");
        // a house whose general meeting shares the actual volume needs none
        Scenarios.at(t, "/network/nodes/1/house").put("sharesActualVolume", true);
        assertEquals(2, ScenarioRunner.run(t).sections().size());
    }

    @Test
    void carried_balances_are_checked_by_raschet_each_at_its_entry() {
        ObjectNode positive = base();
        Scenarios.at(positive, "/networkMonths").putObject("openingCarry").put("H", "5");
        Scenarios.domainFault(positive, "$.networkMonths.openingCarry.H", "odn.carry-non-positive",
                "RASCHET-VALUE-RANGE");
        ObjectNode notSplit = base();
        Scenarios.at(notSplit, "/networkMonths").putObject("openingCarry").put("E", "-5");
        Scenarios.domainFault(notSplit, "$.networkMonths.openingCarry.E", "odn.carry-of-split-node",
                "RASCHET-VALUE-RANGE");
        // under the entrance level E is a split node and may carry
        notSplit.putObject("policies").put("commonHouseSplitLevel", "house-and-entrances");
        assertEquals(2, ScenarioRunner.run(notSplit).sections().size());
        ObjectNode byPolicy = base();
        Scenarios.at(byPolicy, "/networkMonths").putObject("openingCarry").put("H", "-5");
        byPolicy.putObject("policies").put("commonHouseNegative", "zero-for-month");
        Scenarios.domainFault(byPolicy, "$.networkMonths.openingCarry.H", "odn.carry-by-policy",
                "RASCHET-VALUE-RANGE");
        ObjectNode noHouse = base();
        Scenarios.at(noHouse, "/networkMonths").putObject("openingCarry").put("F", "-5");
        Scenarios.fault(noHouse, "$.networkMonths.openingCarry.F", "scenario.known-reference");
    }

    @Test
    void of_several_bad_carried_balances_the_first_given_is_reported_every_time() {
        for (int i = 0; i < 20; i++) {
            ObjectNode t = base();
            Scenarios.at(t, "/networkMonths").putObject("openingCarry").put("H", "5").put("E", "-1");
            ScenarioException e = Scenarios.domainFault(t, "$.networkMonths.openingCarry.H",
                    "odn.carry-non-positive", "RASCHET-VALUE-RANGE");
            assertTrue(e.getMessage().contains("node H 5.000000 kWh is positive"), e.getMessage());
        }
    }

    @Test
    void compute_settings() {
        ObjectNode notAHouse = base();
        notAHouse.set("compute", Scenarios.json("{\"commonHouse\": {\"houses\": [\"E\"]}}"));
        Scenarios.domainFault(notAHouse, "$.compute.commonHouse.houses[0]", "odn.split-of-a-house",
                "RASCHET-NETWORK-INVALID");
        ObjectNode unknown = base();
        unknown.set("compute", Scenarios.json("{\"commonHouse\": {\"houses\": [\"zz\"]}}"));
        Scenarios.domainFault(unknown, "$.compute.commonHouse.houses[0]", "network.node-declared",
                "RASCHET-NETWORK-UNKNOWN-NODE");
        ObjectNode backwards = base();
        backwards.set("compute", Scenarios.json("{\"losses\": {\"from\": \"2026-02\", \"to\": \"2026-01\"}}"));
        Scenarios.fault(backwards, "$.compute.losses.to", "scenario.range");
        ObjectNode empty = base();
        empty.set("compute", Scenarios.json("{\"losses\": {\"from\": \"2027-01\"}}"));
        Scenarios.fault(empty, "$.compute.losses.from", "scenario.range");
        ObjectNode gap = base();
        month(gap, 1).put("period", "2026-03");
        gap.set("compute", Scenarios.json("{\"losses\": {\"periods\": \"whole-span\"}}"));
        Scenarios.fault(gap, "$.networkMonths.months[1].period", "scenario.consecutive-months");
        ObjectNode noMonths = base();
        noMonths.remove("networkMonths");
        Scenarios.fault(noMonths, "$.networkMonths", "scenario.required-property");
    }

    @Test
    void correction_settings() {
        ObjectNode early = base();
        early.set("compute", Scenarios.json("{\"commonHouseCorrection\": {\"issuedIn\": \"2026-02\"}}"));
        Scenarios.domainFault(early, "$.compute.commonHouseCorrection.issuedIn", "odn.correction-after-period",
                "RASCHET-VALUE-RANGE");
        ObjectNode account = base();
        account.set("compute", Scenarios.json("""
                {"commonHouseCorrection": {"issuedIn": "2026-03", "billed": [
                  {"account": "E", "period": "2026-01", "volume": "1", "amount": "5"}]}}"""));
        Scenarios.fault(account, "$.compute.commonHouseCorrection.billed[0].account", "scenario.known-reference");
        ObjectNode period = base();
        period.set("compute", Scenarios.json("""
                {"commonHouseCorrection": {"issuedIn": "2026-03", "billed": [
                  {"account": "a", "period": "2025-12", "volume": "1", "amount": "5"}]}}"""));
        Scenarios.fault(period, "$.compute.commonHouseCorrection.billed[0].period", "scenario.known-reference");
        ObjectNode kopecks = base();
        kopecks.set("compute", Scenarios.json("""
                {"commonHouseCorrection": {"issuedIn": "2026-03", "billed": [
                  {"account": "a", "period": "2026-01", "volume": "1", "amount": "5.001"}]}}"""));
        Scenarios.domainFault(kopecks, "$.compute.commonHouseCorrection.billed[0].amount", "amount.minor-units",
                "RASCHET-VALUE-PRECISION");
        ObjectNode noPrice = base();
        Scenarios.at(noPrice, "/networkMonths").remove("price");
        noPrice.set("compute", Scenarios.json("{\"commonHouseCorrection\": {\"issuedIn\": \"2026-03\"}}"));
        Scenarios.domainFault(noPrice, "$.networkMonths.months[0].price", "odn.correction-price",
                "RASCHET-POLICY-INPUT");
    }

    @Test
    void premise_volumes_from_consumption_need_that_section_covering_every_month() throws IOException {
        ObjectNode t = (ObjectNode) ScenarioRunner.parse(Files.readString(
                ScenarioSchemaTest.SCENARIOS.resolve("odn-house-from-consumption.json"), StandardCharsets.UTF_8));
        ObjectNode noSection = t.deepCopy();
        ((ObjectNode) noSection.get("compute")).remove("consumption");
        Scenarios.fault(noSection, "$.networkMonths.premiseVolumes", "scenario.section-requires");
        ObjectNode shortRange = t.deepCopy();
        Scenarios.at(shortRange, "/compute/consumption").put("lastDay", "2026-02-27");
        Scenarios.fault(shortRange, "$.networkMonths.premiseVolumes", "scenario.range");
        ObjectNode given = t.deepCopy();
        Scenarios.at(given, "/networkMonths").put("premiseVolumes", "given");
        // the premises' volumes are then missing: the losses report (computed first) names the premise it misses
        ScenarioException e = Scenarios.domainFault(given, "$.networkMonths.months[0]", "volumes.cover-network",
                "RASCHET-NETWORK-VOLUME");
        assertTrue(e.getMessage().contains("no volume given for premise kv3"), e.getMessage());
    }

    @Test
    void on_the_command_line_a_cycle_exits_2_and_prints_nothing_on_standard_output() throws IOException {
        ObjectNode t = base();
        children(t, 2).add("F");
        Path f = dir.resolve("cycle.json");
        Files.writeString(f, t.toString(), StandardCharsets.UTF_8);
        MainTest.Run r = MainTest.run("run", f.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("path:    $.network.nodes[2].children"), r.err());
        assertTrue(r.err().contains("rule:    network.acyclic"), r.err());
        assertTrue(r.err().contains("code:    RASCHET-NETWORK-CYCLE"), r.err());
    }
}
