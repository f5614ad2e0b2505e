package org.raschet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.raschet.core.consumption.ReadingStatus;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.ScenarioResult;
import org.raschet.examples.scenario.ScenarioRunner;
import org.raschet.examples.scenario.compute.IntervalsResult;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Each kind of bad scenario is reported at the JSON path of the offending value, with the rule broken. */
class ScenarioErrorsTest {
    @Test
    void malformed_json_is_reported_at_the_root_with_line_and_column() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioRunner.run("{\n  \"metadata\": }"));
        assertEquals("$", e.path().text());
        assertEquals("json.syntax", e.rule());
        assertTrue(e.detail().contains("line 2"), e.detail());
    }

    @Test
    void a_property_given_twice_or_text_after_the_document_is_malformed() {
        assertEquals("json.syntax", assertThrows(ScenarioException.class,
                () -> ScenarioRunner.run("{\"metadata\": {\"name\": \"a\", \"name\": \"b\"}}")).rule());
        assertEquals("json.syntax", assertThrows(ScenarioException.class,
                () -> ScenarioRunner.run("{} {}")).rule());
    }

    @Test
    void the_document_must_be_an_object() {
        Scenarios.fault(Scenarios.json("[1, 2]"), "$", "scenario.type");
    }

    @Test
    void an_unknown_property_is_named_where_it_is() {
        ObjectNode tree = Scenarios.base();
        Scenarios.at(tree, "/readings/3").put("knowOn", "2026-02-01");
        ScenarioException e = Scenarios.fault(tree, "$.readings[3].knowOn", "scenario.known-property");
        assertTrue(e.detail().contains("knownOn"), "lists the known properties: " + e.detail());
        ObjectNode top = Scenarios.base();
        top.put("extra", 1);
        Scenarios.fault(top, "$.extra", "scenario.known-property");
    }

    @Test
    void a_missing_required_property_is_named() {
        ObjectNode tree = Scenarios.base();
        Scenarios.at(tree, "/meters/1").remove("digits");
        Scenarios.fault(tree, "$.meters[1].digits", "scenario.required-property");
        ObjectNode noCompute = Scenarios.base();
        noCompute.remove("compute");
        Scenarios.fault(noCompute, "$.compute", "scenario.required-property");
    }

    @Test
    void a_zoned_meter_reading_must_name_its_register() {
        ObjectNode tree = Scenarios.base();
        Scenarios.at(tree, "/readings/4").remove("register");
        Scenarios.fault(tree, "$.readings[4].register", "scenario.required-property");
    }

    @Test
    void wrong_kinds_of_values() {
        ObjectNode badDecimal = Scenarios.base();
        Scenarios.at(badDecimal, "/readings/3").put("value", "12,5");
        Scenarios.fault(badDecimal, "$.readings[3].value", "scenario.type");

        ObjectNode badDate = Scenarios.base();
        Scenarios.at(badDate, "/readings/0").put("date", "31.01.2026");
        Scenarios.fault(badDate, "$.readings[0].date", "scenario.type");

        ObjectNode notADay = Scenarios.base();
        Scenarios.at(notADay, "/readings/0").put("date", "2026-02-30");
        Scenarios.fault(notADay, "$.readings[0].date", "scenario.type");

        ObjectNode nullValue = Scenarios.base();
        Scenarios.at(nullValue, "/meters/0").putNull("removed");
        Scenarios.fault(nullValue, "$.meters[0].removed", "scenario.type");

        ObjectNode fractionalDigits = Scenarios.base();
        Scenarios.at(fractionalDigits, "/meters/0").put("digits", 6.5);
        Scenarios.fault(fractionalDigits, "$.meters[0].digits", "scenario.type");

        ObjectNode blank = Scenarios.base();
        Scenarios.at(blank, "/premises/0").put("house", " ");
        Scenarios.fault(blank, "$.premises[0].house", "scenario.type");

        ObjectNode notAnArray = Scenarios.base();
        notAnArray.put("readings", "none");
        Scenarios.fault(notAnArray, "$.readings", "scenario.type");

        ObjectNode badKey = Scenarios.base();
        Scenarios.at(badKey, "/premises/0/residents").put("from 2024", 2);
        Scenarios.fault(badKey, "$.premises[0].residents['from 2024']", "scenario.type");
    }

    @Test
    void a_name_outside_the_choices() {
        ObjectNode tree = Scenarios.base();
        Scenarios.at(tree, "/readings/2").put("source", "phone");
        Scenarios.fault(tree, "$.readings[2].source", "scenario.choice");
        ObjectNode policy = Scenarios.base();
        policy.set("policies", Scenarios.json("{\"rollover\": \"always\"}"));
        Scenarios.fault(policy, "$.policies.rollover", "scenario.choice");
    }

    @Test
    void out_of_range_numbers() {
        ObjectNode tree = Scenarios.base();
        Scenarios.at(tree, "/meters/0").put("digits", 10_000_000_000L);
        Scenarios.fault(tree, "$.meters[0].digits", "scenario.range");
        ObjectNode price = Scenarios.base();
        Scenarios.at(price, "/compute/charges").put("price", "-1");
        Scenarios.fault(price, "$.compute.charges.price", "scenario.range");
    }

    @Test
    void duplicate_ids_and_dangling_references() {
        ObjectNode premise = Scenarios.base();
        Scenarios.at(premise, "/premises/1").put("id", "100-001");
        Scenarios.fault(premise, "$.premises[1].id", "scenario.unique-id");

        ObjectNode meter = Scenarios.base();
        Scenarios.at(meter, "/meters/1").put("id", "77-0042");
        Scenarios.fault(meter, "$.meters[1].id", "scenario.unique-id");

        ObjectNode account = Scenarios.base();
        Scenarios.at(account, "/meters/1").put("account", "999");
        Scenarios.fault(account, "$.meters[1].account", "scenario.known-reference");

        ObjectNode reading = Scenarios.base();
        Scenarios.at(reading, "/readings/6").put("meter", "Z-2");
        Scenarios.fault(reading, "$.readings[6].meter", "scenario.known-reference");
    }

    @Test
    void two_readings_of_one_register_on_one_day_are_read_and_chosen_between_by_priority() {
        // a receipt of the same day as the control reading is kept; intervals use the control reading (LEGAL §4)
        ObjectNode tree = Scenarios.base();
        ((ArrayNode) tree.get("readings")).add(Scenarios.json(
                "{\"meter\": \"77-0042\", \"date\": \"2026-02-28\", \"value\": \"1251\", \"source\": \"receipt\"}"));
        ScenarioResult r = ScenarioRunner.run(tree);
        IntervalsResult intervals = (IntervalsResult) r.sections().get(0);
        assertEquals("150.000000 kWh", intervals.intervals().get(0).volume().toString());
        assertEquals(1, intervals.notUsed().size());
        assertEquals("$.readings[7]", intervals.notUsed().get(0).reading().path().text());
        assertEquals(ReadingStatus.OVERRULED, intervals.notUsed().get(0).status());
        // same source, different value, known on one date: Raschet's own conflict rule
        ObjectNode conflict = Scenarios.base();
        ((ArrayNode) conflict.get("readings")).add(Scenarios.json(
                "{\"meter\": \"77-0042\", \"date\": \"2026-02-28\", \"value\": \"1251\", \"source\": \"control\"}"));
        Scenarios.domainFault(conflict, "$.readings[7].value", "readings.no-conflicting-duplicates",
                "RASCHET-READING-CONFLICT");
        // two consumer sources of one rank known on one date cannot be ordered either (found when choosing)
        ObjectNode sameRank = Scenarios.base();
        ((ArrayNode) sameRank.get("readings")).add(Scenarios.json(
                "{\"meter\": \"77-0042\", \"date\": \"2026-03-31\", \"value\": \"1440\", \"source\": \"receipt\"}"));
        Scenarios.domainFault(sameRank, "$.readings[7].value", "readings.no-conflicting-duplicates",
                "RASCHET-READING-CONFLICT");
    }

    @Test
    void compute_must_ask_for_something_and_charges_need_intervals() {
        ObjectNode empty = Scenarios.base();
        empty.set("compute", Scenarios.json("{}"));
        Scenarios.fault(empty, "$.compute", "scenario.compute-something");
        ObjectNode alone = Scenarios.base();
        alone.set("compute", Scenarios.json("{\"charges\": {\"price\": 5.67}}"));
        Scenarios.fault(alone, "$.compute.charges", "scenario.section-requires");
    }

    @Test
    void charges_must_name_the_resource_when_several_are_metered() {
        ObjectNode tree = Scenarios.base();
        Scenarios.at(tree, "/meters/1").put("resource", "cold-water");
        Scenarios.fault(tree, "$.compute.charges.resource", "scenario.required-property");
    }

    @Test
    void domain_faults_carry_raschet_code_at_the_offending_property() {
        ObjectNode precise = Scenarios.base();
        Scenarios.at(precise, "/readings/1").put("value", "1250.0000001");
        Scenarios.domainFault(precise, "$.readings[1].value", "quantity.scale-6", "RASCHET-VALUE-PRECISION");

        ObjectNode capacity = Scenarios.base();
        Scenarios.at(capacity, "/readings/4").put("value", "100000"); // Z-1 has 5 digits
        Scenarios.domainFault(capacity, "$.readings[4].value", "readings.within-capacity",
                "RASCHET-READING-CAPACITY");

        ObjectNode register = Scenarios.base();
        Scenarios.at(register, "/readings/0").put("register", "night"); // 77-0042 is single-rate
        Scenarios.domainFault(register, "$.readings[0].register", "readings.known-register",
                "RASCHET-READING-REGISTER");

        ObjectNode service = Scenarios.base();
        Scenarios.at(service, "/readings/0").put("date", "2024-05-13"); // a day before installation
        Scenarios.domainFault(service, "$.readings[0].date", "readings.within-service", "RASCHET-READING-SERVICE");

        ObjectNode known = Scenarios.base();
        Scenarios.at(known, "/readings/0").put("knownOn", "2026-01-30");
        Scenarios.domainFault(known, "$.readings[0].knownOn", "readings.known-after-taken", "RASCHET-READING-KNOWN");

        ObjectNode negative = Scenarios.base();
        Scenarios.at(negative, "/readings/0").put("value", -1);
        Scenarios.domainFault(negative, "$.readings[0].value", "readings.non-negative", "RASCHET-VALUE-RANGE");

        ObjectNode decrease = Scenarios.base();
        Scenarios.at(decrease, "/readings/2").put("value", "1200");
        Scenarios.domainFault(decrease, "$.readings[2].value", "readings.non-decreasing", "RASCHET-READING-DECREASE");
    }

    @Test
    void domain_faults_of_meters_and_premises() {
        ObjectNode digits = Scenarios.base();
        Scenarios.at(digits, "/meters/0").put("digits", 13);
        Scenarios.domainFault(digits, "$.meters[0].digits", "meter.digits", "RASCHET-VALUE-RANGE");

        ObjectNode ratio = Scenarios.base();
        Scenarios.at(ratio, "/meters/0").put("ratio", 0);
        Scenarios.domainFault(ratio, "$.meters[0].ratio", "meter.ratio-positive", "RASCHET-VALUE-RANGE");

        ObjectNode removed = Scenarios.base();
        Scenarios.at(removed, "/meters/0").put("removed", "2024-01-01");
        Scenarios.domainFault(removed, "$.meters[0].removed", "meter.removed-after-installed",
                "RASCHET-METER-INVALID");

        ObjectNode area = Scenarios.base();
        Scenarios.at(area, "/premises/1").put("area", "0");
        Scenarios.domainFault(area, "$.premises[1].area", "premise.area-positive", "RASCHET-VALUE-RANGE");

        ObjectNode areaScale = Scenarios.base();
        Scenarios.at(areaScale, "/premises/1").put("area", "41.12345");
        Scenarios.domainFault(areaScale, "$.premises[1].area", "area.scale-4", "RASCHET-VALUE-PRECISION");

        ObjectNode residents = Scenarios.base();
        Scenarios.at(residents, "/premises/0/residents").put("2026-02-15", -1);
        Scenarios.domainFault(residents, "$.premises[0].residents['2026-02-15']", "residents.non-negative",
                "RASCHET-VALUE-RANGE");

        ObjectNode price = Scenarios.base();
        Scenarios.at(price, "/compute/charges").put("price", "5.67001");
        Scenarios.domainFault(price, "$.compute.charges.price", "price.scale-4", "RASCHET-VALUE-PRECISION");
    }

    @Test
    void the_first_fault_in_document_order_is_reported() {
        ObjectNode tree = Scenarios.base();
        Scenarios.at(tree, "/readings/5").put("value", "x");
        Scenarios.at(tree, "/meters/1").put("ratio", "x");
        Scenarios.fault(tree, "$.meters[1].ratio", "scenario.type");
    }

    @Test
    void message_names_path_and_rule() {
        ObjectNode tree = Scenarios.base();
        Scenarios.at(tree, "/readings/2").put("value", "1200");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioRunner.run(tree));
        assertTrue(e.getMessage().startsWith("$.readings[2].value: meter 77-0042 on 2026-03-31: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("; rule readings.non-decreasing [RASCHET-READING-DECREASE]"),
                e.getMessage());
    }
}
