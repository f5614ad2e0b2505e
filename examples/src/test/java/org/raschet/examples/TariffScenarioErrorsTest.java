package org.raschet.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.raschet.examples.scenario.ScenarioException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad tariff inputs are reported at the JSON path of the offending value with the rule broken: the format's own
 * rules, and Raschet's typed faults (overlapping or gapped tariff periods for a billed day, a non-positive price, a
 * zone price without its register, a norm missing for a billed month) with their error codes (issue 4, "Bad input").
 */
class TariffScenarioErrorsTest {
    private static ObjectNode period(ObjectNode tree, int tariff, int period) {
        return Scenarios.at(tree, "/tariffs/" + tariff + "/periods/" + period);
    }

    @Test
    void the_base_scenario_runs() {
        org.raschet.examples.scenario.ScenarioRunner.run(TariffScenarios.base());
    }

    @Test
    void a_period_gives_prices_or_blocks() {
        ObjectNode both = TariffScenarios.base();
        period(both, 0, 0).set("blocks", Scenarios.json("[{\"total\": 5}, {\"total\": 6}]"));
        Scenarios.fault(both, "$.tariffs[0].periods[0].blocks", "tariffs.prices-or-blocks");
        ObjectNode neither = TariffScenarios.base();
        period(neither, 0, 0).remove("prices");
        Scenarios.fault(neither, "$.tariffs[0].periods[0]", "tariffs.prices-or-blocks");
        ObjectNode one = TariffScenarios.base();
        period(one, 0, 0).remove("prices");
        period(one, 0, 0).set("blocks", Scenarios.json("[{\"total\": 5}]"));
        Scenarios.fault(one, "$.tariffs[0].periods[0].blocks", "tariffs.prices-or-blocks");
    }

    @Test
    void a_zone_price_without_its_register_names_the_tariff_and_date() {
        ObjectNode tree = TariffScenarios.base();
        ((ObjectNode) period(tree, 0, 1).get("prices")).put("day", "7.00");
        ScenarioException e = Scenarios.domainFault(tree, "$.tariffs[0].periods[1].prices",
                "tariff.zone-price-has-register", "RASCHET-TARIFF-ZONE");
        assertTrue(e.getMessage().contains("tariff el-urban") && e.getMessage().contains("2026-07-01"),
                e.getMessage());
    }

    @Test
    void a_register_of_the_zones_without_a_price() {
        ObjectNode tree = TariffScenarios.base();
        Scenarios.at(tree, "/tariffs/0").put("zones", "two-zone");
        ((ObjectNode) period(tree, 0, 0).get("prices")).removeAll().put("day", "6.50");
        Scenarios.domainFault(tree, "$.tariffs[0].periods[0].prices", "tariff.register-has-price",
                "RASCHET-TARIFF-ZONE");
    }

    @Test
    void a_non_positive_or_too_fine_price() {
        ObjectNode zero = TariffScenarios.base();
        ((ObjectNode) period(zero, 0, 1).get("prices")).put("total", "0");
        Scenarios.domainFault(zero, "$.tariffs[0].periods[1].prices", "tariff.price-positive",
                "RASCHET-TARIFF-PRICE");
        ObjectNode fine = TariffScenarios.base();
        ((ObjectNode) period(fine, 0, 1).get("prices")).put("total", "6.12001");
        Scenarios.domainFault(fine, "$.tariffs[0].periods[1].prices.total", "price.scale-4",
                "RASCHET-VALUE-PRECISION");
    }

    @Test
    void a_gap_or_an_overlap_of_tariff_periods_on_a_billed_day() {
        ObjectNode gap = TariffScenarios.base();
        period(gap, 0, 1).put("from", "2026-07-02");
        ScenarioException e = Scenarios.domainFault(gap, "$.tariffs[0].periods", "tariff.periods-cover-billed-days",
                "RASCHET-SCHEDULE-GAP");
        assertTrue(e.getMessage().contains("2026-07-01") && e.getMessage().contains("urban"), e.getMessage());
        ObjectNode overlap = TariffScenarios.base();
        period(overlap, 0, 0).put("to", "2026-07-10");
        Scenarios.domainFault(overlap, "$.tariffs[0].periods", "tariff.periods-do-not-overlap",
                "RASCHET-TARIFF-OVERLAP");
        // a gap outside the days priced is not an error: history may be incomplete
        ObjectNode old = TariffScenarios.base();
        period(old, 0, 0).put("to", "2026-05-31");
        org.raschet.examples.scenario.ScenarioRunner.run(old);
    }

    @Test
    void periods_and_ranges_end_after_they_start() {
        ObjectNode tree = TariffScenarios.base();
        period(tree, 0, 0).put("to", "2025-12-31");
        Scenarios.fault(tree, "$.tariffs[0].periods[0].to", "scenario.date-order");
        ObjectNode range = TariffScenarios.base();
        Scenarios.at(range, "/compute/pricing").put("to", "2026-06-30");
        Scenarios.fault(range, "$.compute.pricing.to", "scenario.date-order");
    }

    @Test
    void a_norm_missing_for_a_billed_month_names_the_norm_group_and_month() {
        ObjectNode tree = TariffScenarios.base();
        ObjectNode p = Scenarios.at(tree, "/norms/0/periods/0");
        p.remove("value");
        p.set("seasons", Scenarios.json("[{\"months\": [\"january\", \"february\"], \"value\": 110}]"));
        // the metered flat does not need the normative; the flat without a meter does, in July
        ScenarioException e = Scenarios.domainFault(tree, "$.norms[0].periods", "norm.covers-billed-month",
                "RASCHET-NORM-MISSING");
        assertTrue(e.getMessage().contains("consumption normative n-urban") && e.getMessage().contains("2026-07"),
                e.getMessage());
    }

    @Test
    void a_norm_gives_one_value_form_and_each_month_once() {
        ObjectNode two = TariffScenarios.base();
        Scenarios.at(two, "/norms/0/periods/0").set("bySize", Scenarios.json("[100, 90]"));
        Scenarios.fault(two, "$.norms[0].periods[0]", "norms.one-value-form");
        ObjectNode twice = TariffScenarios.base();
        ObjectNode p = Scenarios.at(twice, "/norms/0/periods/0");
        p.remove("value");
        p.set("seasons", Scenarios.json("[{\"months\": [\"july\"], \"value\": 1}, "
                + "{\"months\": [\"june\", \"july\"], \"value\": 2}]"));
        Scenarios.fault(twice, "$.norms[0].periods[0].seasons[1].months[1]", "norms.month-once");
        ObjectNode negative = TariffScenarios.base();
        Scenarios.at(negative, "/norms/0/periods/0").put("value", "-1");
        Scenarios.domainFault(negative, "$.norms[0].periods[0].value", "norm.non-negative", "RASCHET-VALUE-RANGE");
    }

    @Test
    void ids_are_unique_and_references_known() {
        ObjectNode tree = TariffScenarios.base();
        ((ArrayNode) tree.get("tariffs")).add(Scenarios.at(tree, "/tariffs/0").deepCopy());
        Scenarios.fault(tree, "$.tariffs[1].id", "scenario.unique-id");
        ObjectNode unknown = TariffScenarios.base();
        unknown.set("accountTariffs", Scenarios.json(
                "[{\"account\": \"100-001\", \"service\": \"electricity\", \"tariff\": \"el-rural\"}]"));
        Scenarios.fault(unknown, "$.accountTariffs[0].tariff", "scenario.known-reference");
        ObjectNode account = TariffScenarios.base();
        account.set("accountTariffs", Scenarios.json("[{\"account\": \"100-009\", \"service\": \"electricity\"}]"));
        Scenarios.fault(account, "$.accountTariffs[0].account", "scenario.known-reference");
        ObjectNode twice = TariffScenarios.base();
        twice.set("accountTariffs", Scenarios.json("[{\"account\": \"100-001\", \"service\": \"electricity\"}, "
                + "{\"account\": \"100-001\", \"service\": \"electricity\"}]"));
        Scenarios.fault(twice, "$.accountTariffs[1].service", "scenario.unique-id");
    }

    @Test
    void an_account_tariff_names_schedules_of_its_service() {
        ObjectNode tree = TariffScenarios.base();
        Scenarios.at(tree, "/tariffs/0").put("service", "cold-water");
        tree.set("accountTariffs", Scenarios.json(
                "[{\"account\": \"100-001\", \"service\": \"electricity\", \"tariff\": \"el-urban\"}]"));
        Scenarios.fault(tree, "$.accountTariffs[0].tariff", "pricing.same-service");
    }

    @Test
    void a_limit_that_is_not_a_block_norm_is_rejected_by_raschet() {
        ObjectNode tree = TariffScenarios.base();
        tree.set("accountTariffs", Scenarios.json(
                "[{\"account\": \"100-001\", \"service\": \"electricity\", \"limits\": [\"n-urban\"]}]"));
        Scenarios.domainFault(tree, "$.accountTariffs[0].limits", "pricing.limits-are-block-norms",
                "RASCHET-VALUE-RANGE");
    }

    @Test
    void a_group_without_a_tariff_is_reported_at_the_premise() {
        ObjectNode tree = TariffScenarios.base();
        Scenarios.at(tree, "/premises/0").put("tariffGroup", "rural");
        Scenarios.domainFault(tree, "$.premises[0].tariffGroup", "tariff-book.has-schedule",
                "RASCHET-POLICY-INPUT");
    }

    @Test
    void a_premise_without_a_meter_needs_a_normative() {
        ObjectNode tree = TariffScenarios.base();
        tree.remove("norms");
        Scenarios.fault(tree, "$.premises[1].tariffGroup", "pricing.normative-given");
        ObjectNode named = TariffScenarios.base();
        named.remove("norms");
        named.set("accountTariffs", Scenarios.json("[{\"account\": \"100-002\", \"service\": \"electricity\"}]"));
        Scenarios.fault(named, "$.accountTariffs[0].normative", "pricing.normative-given");
    }

    @Test
    void residents_missing_for_a_billed_day() {
        ObjectNode tree = TariffScenarios.base();
        Scenarios.at(tree, "/premises/1").set("residents", Scenarios.json("{\"2026-07-10\": 3}"));
        Scenarios.domainFault(tree, "$.premises[1].residents", "schedule.covers-day", "RASCHET-SCHEDULE-GAP");
    }

    @Test
    void a_decreasing_reading_found_by_the_per_day_engine_is_reported_at_the_reading() {
        ObjectNode tree = TariffScenarios.base();
        tree.set("policies", Scenarios.json("{\"rollover\": \"never\"}"));
        Scenarios.at(tree, "/readings/1").put("value", "900");
        Scenarios.domainFault(tree, "$.readings[1].value", "readings.non-decreasing", "RASCHET-READING-DECREASE");
    }

    @Test
    void the_coefficient_is_positive_and_covers_the_days() {
        ObjectNode zero = TariffScenarios.base();
        zero.set("policies", Scenarios.json("{\"increasingCoefficient\": {\"2017-01-01\": 0}}"));
        Scenarios.domainFault(zero, "$.policies.increasingCoefficient['2017-01-01']", "coefficient.positive",
                "RASCHET-VALUE-RANGE");
        ObjectNode late = TariffScenarios.base();
        late.set("policies", Scenarios.json("{\"increasingCoefficient\": {\"2026-07-15\": 1.5}}"));
        Scenarios.domainFault(late, "$.policies.increasingCoefficient", "schedule.covers-day",
                "RASCHET-SCHEDULE-GAP");
    }

    @Test
    void sanction_cases_give_power_exactly_for_a_connection_and_dates_in_order() {
        ObjectNode power = TariffScenarios.base();
        power.set("sanctionCases", Scenarios.json("[{\"account\": \"100-001\", \"service\": \"electricity\", "
                + "\"kind\": \"interference\", \"foundOn\": \"2026-10-15\", \"power\": 2}]"));
        Scenarios.fault(power, "$.sanctionCases[0].power", "sanctions.power-for-connection");
        ObjectNode none = TariffScenarios.base();
        none.set("sanctionCases", Scenarios.json("[{\"account\": \"100-001\", \"service\": \"electricity\", "
                + "\"kind\": \"unauthorised-connection\", \"foundOn\": \"2026-10-15\"}]"));
        Scenarios.fault(none, "$.sanctionCases[0].power", "scenario.required-property");
        ObjectNode order = TariffScenarios.base();
        order.set("sanctionCases", Scenarios.json("[{\"account\": \"100-001\", \"service\": \"electricity\", "
                + "\"kind\": \"interference\", \"foundOn\": \"2026-10-15\", \"eliminatedOn\": \"2026-10-14\"}]"));
        order.set("compute", Scenarios.json("{\"sanctions\": {}}"));
        Scenarios.domainFault(order, "$.sanctionCases[0].eliminatedOn", "sanction.eliminated-after-found",
                "RASCHET-VALUE-RANGE");
    }

    @Test
    void a_volume_correction_cannot_be_priced_under_a_block_tariff() throws java.io.IOException {
        ObjectNode tree = (ObjectNode) Scenarios.json(java.nio.file.Files.readString(
                ScenarioSchemaTest.SCENARIOS.resolve("correction-at-old-price.json"),
                java.nio.charset.StandardCharsets.UTF_8));
        ObjectNode p = period(tree, 0, 0);
        p.remove("prices");
        p.set("blocks", Scenarios.json("[{\"total\": 5}, {\"total\": 7}]"));
        tree.set("norms", Scenarios.json("[{\"id\": \"sn\", \"kind\": \"social-norm\", \"service\": "
                + "\"electricity\", \"group\": \"urban\", \"periods\": [{\"from\": \"2020-01-01\", "
                + "\"basis\": \"per-premise\", \"value\": 150}]}]"));
        Scenarios.domainFault(tree, "$.premises[0]", "correction.volume-needs-flat-tariff", "RASCHET-VALUE-RANGE");
    }
}
