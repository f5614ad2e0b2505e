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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Faults of the daily profile, the seasonal thresholds, the new forecast numbers, metering points, service acts and
 * the refusal coefficient of billed lines: each reported at the JSON path of the offending value with its rule (and
 * Raschet's code for a domain fault); on the command line with exit code 2 and nothing on standard output.
 */
class PerDayScenarioErrorsTest {
    @TempDir
    Path dir;

    private static ObjectNode base() {
        return ConsumptionScenarioTest.base();
    }

    private static ObjectNode withPolicies(String json) {
        ObjectNode tree = base();
        tree.set("policies", Scenarios.json(json));
        return tree;
    }

    @Test
    void daily_profile_weights_and_name() {
        Scenarios.fault(withPolicies("{\"dailyProfile\": {\"monthWeights\": [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]}}"),
                "$.policies.dailyProfile.monthWeights", "scenario.range");
        Scenarios.fault(withPolicies("{\"dailyProfile\": {\"monthWeights\": [1, 1, 1, -2, 1, 1, 1, 1, 1, 1, 1, 1]}}"),
                "$.policies.dailyProfile.monthWeights[3]", "scenario.range");
        Scenarios.fault(withPolicies("{\"dailyProfile\": {\"monthWeights\": [1, 1, 1, 1.5, 1, 1, 1, 1, 1, 1, 1, 1]}}"),
                "$.policies.dailyProfile.monthWeights[3]", "scenario.type");
        Scenarios.fault(withPolicies("{\"dailyProfile\": {\"monthWeights\": 12}}"),
                "$.policies.dailyProfile.monthWeights", "scenario.type");
        Scenarios.fault(withPolicies("{\"dailyProfile\": {\"dayWeights\": {\"2026-01-10\": -1}}}"),
                "$.policies.dailyProfile.dayWeights['2026-01-10']", "scenario.range");
        Scenarios.fault(withPolicies("{\"dailyProfile\": {\"dayWeights\": {\"2026-02-30\": 1}}}"),
                "$.policies.dailyProfile.dayWeights['2026-02-30']", "scenario.type");
        Scenarios.fault(withPolicies("{\"dailyProfile\": {\"dayWeights\": {\"2026-01-10\": 1000001}}}"),
                "$.policies.dailyProfile.dayWeights['2026-01-10']", "scenario.range");
        // the name 'equal' is kept for equal weights
        ScenarioException equal = Scenarios.fault(withPolicies("{\"dailyProfile\": {\"id\": \"equal\","
                + " \"dayWeights\": {\"2026-01-10\": 0}}}"), "$.policies.dailyProfile.id", "scenario.range");
        assertTrue(equal.getMessage().contains("equal"), equal.getMessage());
        Scenarios.fault(withPolicies("{\"dailyProfile\": {\"weights\": [1]}}"), "$.policies.dailyProfile.weights",
                "scenario.known-property");
        Scenarios.fault(withPolicies("{\"dailyProfile\": {\"id\": \" \"}}"), "$.policies.dailyProfile.id",
                "scenario.type");
    }

    @Test
    void an_interval_whose_days_all_weigh_zero_cannot_carry_its_volume_legal_2() {
        // every month weighs 0: the first interval with a volume (30.06 → 31.07.2025, 150 kWh) has no weight to be
        // spread by — Raschet's fault, reported at the profile
        ObjectNode zero = withPolicies("{\"dailyProfile\": {\"id\": \"closed\", \"monthWeights\": [0, 0, 0, 0, 0,"
                + " 0, 0, 0, 0, 0, 0, 0]}}");
        ScenarioException e = Scenarios.domainFault(zero, "$.policies.dailyProfile",
                "profile.positive-weight-for-volume", "RASCHET-VALUE-RANGE");
        assertTrue(e.getMessage().contains("meter M") && e.getMessage().contains("closed"), e.getMessage());
    }

    @Test
    void forecast_and_anomaly_numbers_out_of_range() {
        Scenarios.fault(withPolicies("{\"forecast\": {\"repeatedRefusals\": -1}}"),
                "$.policies.forecast.repeatedRefusals", "scenario.range");
        Scenarios.fault(withPolicies("{\"forecast\": {\"limitOutOfOrderNonResidential\": 121}}"),
                "$.policies.forecast.limitOutOfOrderNonResidential", "scenario.range");
        Scenarios.fault(withPolicies("{\"forecast\": {\"repeatedRefusals\": \"2\"}}"),
                "$.policies.forecast.repeatedRefusals", "scenario.type");
        Scenarios.fault(withPolicies("{\"anomalyThresholds\": {\"seasonalJumpPercent\": -1}}"),
                "$.policies.anomalyThresholds.seasonalJumpPercent", "scenario.range");
        Scenarios.fault(withPolicies("{\"anomalyThresholds\": {\"seasonalDropPercent\": 100001}}"),
                "$.policies.anomalyThresholds.seasonalDropPercent", "scenario.range");
    }

    @Test
    void metering_points_and_service_acts() {
        ObjectNode blank = base();
        Scenarios.at(blank, "/meters/0").put("meteringPoint", "");
        Scenarios.fault(blank, "$.meters[0].meteringPoint", "scenario.type");

        // a second meter of the same point while the first is in service: they must succeed each other
        ObjectNode samePoint = base();
        Scenarios.at(samePoint, "/meters/0").put("meteringPoint", "hall");
        ((ArrayNode) samePoint.get("meters")).add(Scenarios.json("{\"id\": \"N\", \"account\": \"A\","
                + " \"resource\": \"electricity\", \"digits\": 6, \"installed\": \"2026-02-01\","
                + " \"meteringPoint\": \"hall\"}"));
        ScenarioException overlap = Scenarios.domainFault(samePoint, "$.meters[1].installed",
                "consumption.meters-succeed", "RASCHET-METER-OVERLAP");
        assertTrue(overlap.getMessage().contains("'hall'"), overlap.getMessage());

        ObjectNode kind = base();
        Scenarios.at(kind, "/services/0").set("events", Scenarios.json("[{\"date\": \"2026-01-10\","
                + " \"kind\": \"failed\"}]"));
        Scenarios.fault(kind, "$.services[0].events[0].kind", "scenario.choice");

        ObjectNode date = base();
        Scenarios.at(date, "/services/0").set("events", Scenarios.json("[{\"kind\": \"access-refused\"}]"));
        Scenarios.fault(date, "$.services[0].events[0].date", "scenario.required-property");
    }

    @Test
    void a_billed_line_has_one_coefficient_class_354_p60_3() {
        ObjectNode both = base();
        Scenarios.at(both, "/billed/1").put("increasingCoefficient", true).put("refusalCoefficient", true);
        ScenarioException e = Scenarios.domainFault(both, "$.billed[1].refusalCoefficient",
                "billed.one-coefficient-class", "RASCHET-BILLED-LINE");
        assertTrue(e.getMessage().contains("account A"), e.getMessage());

        ObjectNode type = base();
        Scenarios.at(type, "/billed/0").put("refusalCoefficient", "yes");
        Scenarios.fault(type, "$.billed[0].refusalCoefficient", "scenario.type");
    }

    private Path file(String name, JsonNode tree) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, tree.toString(), StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void on_the_command_line_exit_2_nothing_on_stdout_path_rule_and_code_on_stderr() throws IOException {
        ObjectNode zero = withPolicies("{\"dailyProfile\": {\"monthWeights\": [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,"
                + " 0]}}");
        Path f = file("zero-profile.json", zero);
        MainTest.Run r = MainTest.run("run", f.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("  path:    $.policies.dailyProfile\n"), r.err());
        assertTrue(r.err().contains("  rule:    profile.positive-weight-for-volume\n"), r.err());
        assertTrue(r.err().contains("  code:    RASCHET-VALUE-RANGE\n"), r.err());

        ObjectNode both = base();
        Scenarios.at(both, "/billed/0").put("increasingCoefficient", true).put("refusalCoefficient", true);
        MainTest.Run json = MainTest.run("run", file("both.json", both).toString(), "--format", "json");
        assertEquals(2, json.code());
        assertEquals("", json.out());
        JsonNode error = ScenarioRunner.parse(json.err()).get("error");
        assertEquals("$.billed[0].refusalCoefficient", error.get("path").stringValue());
        assertEquals("billed.one-coefficient-class", error.get("rule").stringValue());
        assertEquals("RASCHET-BILLED-LINE", error.get("code").stringValue());

        ObjectNode months = withPolicies("{\"dailyProfile\": {\"monthWeights\": [1, 2]}}");
        MainTest.Run range = MainTest.run("run", file("months.json", months).toString());
        assertEquals(2, range.code());
        assertEquals("", range.out());
        assertTrue(range.err().contains("  rule:    scenario.range\n"), range.err());
    }
}
