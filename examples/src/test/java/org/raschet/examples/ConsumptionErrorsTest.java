package org.raschet.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.raschet.examples.scenario.ScenarioException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Faults of the consumption part of the format, each reported at the JSON path of the offending value with its
 * rule (and Raschet's code for a domain fault).
 */
class ConsumptionErrorsTest {
    private static ObjectNode base() {
        return ConsumptionScenarioTest.base();
    }

    @Test
    void settings_of_the_consumption_section() {
        ObjectNode twice = base();
        ((ArrayNode) twice.at("/compute/consumption/asKnownOn")).add("2026-04-05");
        Scenarios.fault(twice, "$.compute.consumption.asKnownOn[1]", "scenario.distinct");

        ObjectNode none = base();
        Scenarios.at(none, "/compute/consumption").set("asKnownOn", none.arrayNode());
        Scenarios.fault(none, "$.compute.consumption.asKnownOn", "scenario.required-property");

        ObjectNode backwards = base();
        Scenarios.at(backwards, "/compute/consumption").put("lastDay", "2025-12-31");
        Scenarios.fault(backwards, "$.compute.consumption.lastDay", "scenario.range");

        ObjectNode tooLong = base();
        Scenarios.at(tooLong, "/compute/consumption").put("lastDay", "2040-01-01");
        Scenarios.fault(tooLong, "$.compute.consumption.lastDay", "scenario.range");

        ObjectNode account = base();
        Scenarios.at(account, "/compute/consumption").put("account", "Z");
        Scenarios.fault(account, "$.compute.consumption.account", "scenario.known-reference");

        ObjectNode resource = base();
        Scenarios.at(resource, "/compute/consumption").put("resource", "gas");
        Scenarios.fault(resource, "$.compute.consumption.resource", "scenario.known-reference");

        ObjectNode date = base();
        ((ArrayNode) date.at("/compute/consumption/asKnownOn")).add("2026-02-30");
        Scenarios.fault(date, "$.compute.consumption.asKnownOn[1]", "scenario.type");
    }

    @Test
    void services_and_billed_lines() {
        ObjectNode month = base();
        Scenarios.at(month, "/billed/1").put("period", "2026-13");
        Scenarios.fault(month, "$.billed[1].period", "scenario.type");

        ObjectNode account = base();
        Scenarios.at(account, "/billed/0").put("account", "Z");
        Scenarios.fault(account, "$.billed[0].account", "scenario.known-reference");

        ObjectNode precise = base();
        Scenarios.at(precise, "/billed/0").put("quantity", "170.0000001");
        Scenarios.domainFault(precise, "$.billed[0].quantity", "quantity.scale-6", "RASCHET-VALUE-PRECISION");

        ObjectNode twice = base();
        ((ArrayNode) twice.get("services")).add(Scenarios.json("{\"account\": \"A\", \"resource\": \"electricity\"}"));
        Scenarios.fault(twice, "$.services[1].resource", "scenario.unique-id");

        ObjectNode negative = base();
        Scenarios.at(negative, "/services/0/normativePerResident").put("2020-01-01", "-1");
        Scenarios.fault(negative, "$.services[0].normativePerResident['2020-01-01']", "scenario.range");

        ObjectNode unknown = base();
        Scenarios.at(unknown, "/services/0").put("account", "Z");
        Scenarios.fault(unknown, "$.services[0].account", "scenario.known-reference");
    }

    @Test
    void billed_lines_must_be_of_what_the_consumption_section_computes() {
        ObjectNode outside = base();
        Scenarios.at(outside, "/billed/0").put("period", "2025-12");
        Scenarios.fault(outside, "$.billed[0].period", "scenario.billed-within-computed");

        ObjectNode otherService = base();
        Scenarios.at(otherService, "/billed/1").put("resource", "gas");
        Scenarios.fault(otherService, "$.billed[1].account", "scenario.billed-within-computed");

        ObjectNode narrowed = base();
        Scenarios.at(narrowed, "/compute/consumption").put("resource", "electricity");
        ((ArrayNode) narrowed.get("premises")).add(Scenarios.json("{\"id\": \"B\", \"house\": \"H\", \"area\": \"1\"}"));
        ((ArrayNode) narrowed.get("billed")).add(Scenarios.json(
                "{\"account\": \"B\", \"resource\": \"electricity\", \"period\": \"2026-01\", \"quantity\": \"1\"}"));
        Scenarios.fault(narrowed, "$.billed[2].account", "scenario.billed-within-computed");
    }

    @Test
    void settings_of_the_recalculation_section() {
        ObjectNode alone = base();
        ((ObjectNode) alone.get("compute")).remove("consumption");
        Scenarios.fault(alone, "$.compute.recalculation", "scenario.section-requires");

        ObjectNode date = base();
        Scenarios.at(date, "/compute/recalculation").put("asKnownOn", "2026-04-01");
        Scenarios.fault(date, "$.compute.recalculation.asKnownOn", "scenario.known-reference");

        ObjectNode issued = base();
        Scenarios.at(issued, "/compute/recalculation").put("issuedIn", "April");
        Scenarios.fault(issued, "$.compute.recalculation.issuedIn", "scenario.type");

        // mode B needs the period of the supplier's check: none given, and no control reading accepted
        ObjectNode modeB = base();
        modeB.set("policies", Scenarios.json("{\"recalculation\": \"in-check-period\"}"));
        Scenarios.at(modeB, "/readings/0").put("source", "consumer-web");
        Scenarios.domainFault(modeB, "$.compute.recalculation.checkPeriod", "recalculation.check-period",
                "RASCHET-POLICY-INPUT");
    }

    @Test
    void policies_out_of_range() {
        ObjectNode rank = base();
        rank.set("policies", Scenarios.json("{\"readingPriority\": {\"consumer-web\": 101}}"));
        Scenarios.fault(rank, "$.policies.readingPriority['consumer-web']", "scenario.range");

        ObjectNode months = base();
        months.set("policies", Scenarios.json("{\"forecast\": {\"averageMonths\": 2, \"minimumMonths\": 3}}"));
        Scenarios.fault(months, "$.policies.forecast.minimumMonths", "scenario.range");

        ObjectNode gap = base();
        gap.set("policies", Scenarios.json("{\"anomalyThresholds\": {\"longGapDays\": 0}}"));
        Scenarios.fault(gap, "$.policies.anomalyThresholds.longGapDays", "scenario.range");

        ObjectNode floor = base();
        floor.set("policies", Scenarios.json("{\"anomalyThresholds\": {\"floorPerAreaPerDay\": \"0.0000001\"}}"));
        Scenarios.domainFault(floor, "$.policies.anomalyThresholds.floorPerAreaPerDay", "quantity.scale-6",
                "RASCHET-VALUE-PRECISION");

        ObjectNode unknown = base();
        unknown.set("policies", Scenarios.json("{\"forecast\": {\"limitNoReading\": 3}}"));
        Scenarios.fault(unknown, "$.policies.forecast.limitNoReading", "scenario.known-property");

        ObjectNode mode = base();
        mode.set("policies", Scenarios.json("{\"recalculation\": \"B\"}"));
        Scenarios.fault(mode, "$.policies.recalculation", "scenario.choice");
    }

    @Test
    void engine_faults_are_reported_at_the_input_they_concern() {
        // a decrease no rollover, replacement or overrule explains: at the later reading (LEGAL §2)
        ObjectNode decrease = base();
        ConsumptionScenarioTest.reading(decrease, "2026-01-31", "1000", "consumer-web");
        ScenarioException e = Scenarios.domainFault(decrease, "$.readings[7].value", "readings.non-decreasing",
                "RASCHET-READING-DECREASE");
        assertTrue(e.getMessage().contains("1000.000000 kWh") && e.getMessage().contains("1020.000000 kWh"),
                e.getMessage());

        // two consumer sources of one rank known on one date with different values: the second one
        ObjectNode conflict = base();
        ConsumptionScenarioTest.reading(conflict, "2026-01-31", "1200", "consumer-web");
        ConsumptionScenarioTest.reading(conflict, "2026-01-31", "1210", "receipt");
        Scenarios.domainFault(conflict, "$.readings[8].value", "readings.no-conflicting-duplicates",
                "RASCHET-READING-CONFLICT");

        // a day needs the normative and none holds: at the service's normative
        ObjectNode normative = base();
        Scenarios.at(normative, "/services/0").remove("normativePerResident");
        Scenarios.at(normative, "/meters/0").put("installed", "2025-10-31");
        Scenarios.at(normative, "/readings/0").put("date", "2025-10-31").put("value", "620");
        for (int i = 0; i < 4; i++) {
            ((ArrayNode) normative.get("readings")).remove(1);
        }
        normative.remove("billed");
        ((ObjectNode) normative.get("compute")).remove("recalculation");
        Scenarios.domainFault(normative, "$.services[0].normativePerResident", "schedule.covers-day",
                "RASCHET-SCHEDULE-GAP");

        // without a services entry, at the section
        ObjectNode noService = normative.deepCopy();
        noService.remove("services");
        Scenarios.domainFault(noService, "$.compute.consumption", "schedule.covers-day", "RASCHET-SCHEDULE-GAP");

        // no residents count on the day: at the premise's residents
        ObjectNode residents = normative.deepCopy();
        Scenarios.at(residents, "/services/0").set("normativePerResident",
                Scenarios.json("{\"2020-01-01\": \"100\"}"));
        Scenarios.at(residents, "/premises/0").remove("residents");
        Scenarios.domainFault(residents, "$.premises[0].residents", "schedule.covers-day", "RASCHET-SCHEDULE-GAP");

        // two meters of one service in service at once: at the later one's installation
        ObjectNode overlap = base();
        ((ArrayNode) overlap.get("meters")).add(Scenarios.json("{\"id\": \"N\", \"account\": \"A\","
                + " \"resource\": \"electricity\", \"digits\": 6, \"installed\": \"2026-02-01\"}"));
        Scenarios.domainFault(overlap, "$.meters[1].installed", "consumption.meters-succeed", "RASCHET-METER-OVERLAP");
    }
}
