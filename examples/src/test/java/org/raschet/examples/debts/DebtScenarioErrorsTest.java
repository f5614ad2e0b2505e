package org.raschet.examples.debts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raschet.examples.debts.DebtScenarios.at;
import static org.raschet.examples.debts.DebtScenarios.domainFault;
import static org.raschet.examples.debts.DebtScenarios.fault;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raschet.examples.Main;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.ScenarioRunner;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad debts input keeps the runner's contract: the fault names the JSON path of the offending value, the rule and,
 * for Raschet's own faults, its error code (issue 6, "Bad input").
 */
class DebtScenarioErrorsTest {
    private static ObjectNode payment(ObjectNode tree) {
        return at(tree, "/payments/0");
    }

    @Test
    void a_negative_payment_names_its_amount_refunds_are_their_own_kind() {
        ObjectNode tree = DebtScenarios.base();
        payment(tree).put("amount", "-100.00");
        ScenarioException e = domainFault(tree, "$.payments[0].amount", "payment.non-negative",
                "RASCHET-PAYMENT-NEGATIVE");
        assertTrue(e.getMessage().contains("account 500-001 on 2024-03-20"), e.getMessage());
        assertTrue(e.getMessage().contains("-100.00 RUB"), e.getMessage());
    }

    @Test
    void a_payment_in_another_currency_names_its_currency() {
        ObjectNode tree = DebtScenarios.base();
        payment(tree).put("currency", "USD");
        ScenarioException e = domainFault(tree, "$.payments[0].currency", "payment.account-currency",
                "RASCHET-PAYMENT-CURRENCY");
        assertTrue(e.getMessage().contains("1500.00 USD"), e.getMessage());
        ObjectNode unknown = DebtScenarios.base();
        payment(unknown).put("currency", "XYZ");
        domainFault(unknown, "$.payments[0].currency", "currency.known", "RASCHET-VALUE-UNIT");
    }

    @Test
    void a_payment_before_the_account_opened_names_its_date() {
        ObjectNode tree = DebtScenarios.base();
        payment(tree).put("date", "2019-12-31");
        ScenarioException e = domainFault(tree, "$.payments[0].date", "payment.after-opening",
                "RASCHET-PAYMENT-BEFORE-OPENING");
        assertTrue(e.getMessage().contains("2020-01-01"), e.getMessage());
    }

    @Test
    void amounts_finer_than_kopecks_are_not_rounded() {
        ObjectNode tree = DebtScenarios.base();
        payment(tree).put("amount", "10.005");
        domainFault(tree, "$.payments[0].amount", "amount.minor-units", "RASCHET-VALUE-PRECISION");
        ObjectNode line = DebtScenarios.base();
        at(line, "/chargeLines/1").put("amount", "0.001");
        domainFault(line, "$.chargeLines[1].amount", "amount.minor-units", "RASCHET-VALUE-PRECISION");
    }

    @Test
    void references_and_identifiers() {
        ObjectNode unknown = DebtScenarios.base();
        payment(unknown).put("account", "999");
        fault(unknown, "$.payments[0].account", "scenario.known-reference");
        ObjectNode line = DebtScenarios.base();
        at(line, "/chargeLines/0").put("account", "999");
        fault(line, "$.chargeLines[0].account", "scenario.known-reference");
        ObjectNode twice = DebtScenarios.base();
        ((ArrayNode) twice.get("payments")).add(payment(twice).deepCopy());
        fault(twice, "$.payments[1].id", "scenario.unique-id");
        ObjectNode accounts = DebtScenarios.base();
        ((ArrayNode) accounts.get("accounts")).add(at(accounts, "/accounts/0").deepCopy());
        fault(accounts, "$.accounts[1].id", "scenario.unique-id");
        ObjectNode extra = DebtScenarios.base();
        payment(extra).put("purpose", "январь");
        fault(extra, "$.payments[0].purpose", "scenario.known-property");
        ObjectNode channel = DebtScenarios.base();
        payment(channel).put("channel", "pigeon");
        fault(channel, "$.payments[0].channel", "scenario.choice");
    }

    @Test
    void billing_periods_are_year_and_month() {
        ObjectNode tree = DebtScenarios.base();
        at(tree, "/chargeLines/0").put("period", "2024-1");
        fault(tree, "$.chargeLines[0].period", "scenario.type");
        ObjectNode month13 = DebtScenarios.base();
        at(month13, "/chargeLines/0").put("period", "2024-13");
        fault(month13, "$.chargeLines[0].period", "scenario.type");
        ObjectNode target = DebtScenarios.base();
        payment(target).set("names", ScenarioRunner.parse("[{\"period\": \"January\"}]"));
        fault(target, "$.payments[0].names[0].period", "scenario.type");
    }

    @Test
    void charge_line_quantity_price_and_issue_period() {
        ObjectNode mismatch = DebtScenarios.base();
        at(mismatch, "/chargeLines/0").put("quantity", "200").put("price", "5.01");
        ScenarioException e = fault(mismatch, "$.chargeLines[0].amount", "scenario.charge-line-amount");
        assertTrue(e.detail().contains("1002.00 RUB"), e.detail());
        ObjectNode alone = DebtScenarios.base();
        at(alone, "/chargeLines/0").put("quantity", "200");
        fault(alone, "$.chargeLines[0].price", "scenario.required-property");
        ObjectNode fine = DebtScenarios.base();
        at(fine, "/chargeLines/0").put("quantity", "200").put("price", "5.00");
        ScenarioRunner.run(fine);
        ObjectNode issued = DebtScenarios.base();
        at(issued, "/chargeLines/1").put("issuedIn", "2024-01");
        domainFault(issued, "$.chargeLines[1].issuedIn", "charge-line.issued-not-before-period",
                "RASCHET-VALUE-RANGE");
        ObjectNode precise = DebtScenarios.base();
        at(precise, "/chargeLines/0").put("quantity", "0.0000001").put("price", "5.00");
        domainFault(precise, "$.chargeLines[0].quantity", "quantity.scale-6", "RASCHET-VALUE-PRECISION");
    }

    @Test
    void an_obligation_that_adds_up_to_a_negative_amount_names_its_last_entry() {
        ObjectNode tree = DebtScenarios.base();
        ((ArrayNode) tree.get("chargeLines")).add(ScenarioRunner.parse("""
                {"account": "500-001", "period": "2024-01", "service": "electricity", "amount": "-1000.01",
                 "kind": "correction", "issuedIn": "2024-03"}"""));
        domainFault(tree, "$.chargeLines[2].amount", "obligation.non-negative", "RASCHET-LEDGER-INVALID");
        ObjectNode carried = DebtScenarios.base();
        carried.set("carriedDebts", ScenarioRunner.parse("""
                [{"account": "500-001", "period": "2024-02", "service": "electricity", "amount": "-2000.01"}]"""));
        domainFault(carried, "$.carriedDebts[0].amount", "obligation.non-negative", "RASCHET-LEDGER-INVALID");
    }

    @Test
    void billed_penalties_are_checked_against_the_obligations() {
        ObjectNode none = DebtScenarios.base();
        none.set("billedPenalties", ScenarioRunner.parse("""
                [{"account": "500-001", "period": "2023-12", "service": "electricity", "amount": "10.00"}]"""));
        domainFault(none, "$.billedPenalties[0].period", "ledger.penalty-of-obligation", "RASCHET-LEDGER-INVALID");
        ObjectNode negative = DebtScenarios.base();
        negative.set("billedPenalties", ScenarioRunner.parse("""
                [{"account": "500-001", "period": "2024-01", "service": "electricity", "amount": "-10.00"}]"""));
        domainFault(negative, "$.billedPenalties[0].amount", "ledger.penalty-non-negative", "RASCHET-LEDGER-INVALID");
    }

    @Test
    void calendar_and_debt_policies() {
        ObjectNode weekday = DebtScenarios.base();
        weekday.set("calendar", ScenarioRunner.parse("{\"workingDays\": [\"2024-04-27\", \"2024-04-29\"]}"));
        domainFault(weekday, "$.calendar.workingDays[1]", "calendar.working-day-is-weekend", "RASCHET-VALUE-RANGE");
        ObjectNode both = DebtScenarios.base();
        both.set("calendar", ScenarioRunner.parse(
                "{\"holidays\": [\"2024-04-27\"], \"workingDays\": [\"2024-04-27\"]}"));
        domainFault(both, "$.calendar.workingDays[0]", "calendar.consistent", "RASCHET-VALUE-RANGE");
        ObjectNode dueDay = DebtScenarios.base();
        dueDay.set("policies", ScenarioRunner.parse("{\"dueDate\": {\"rule\": \"federal\", \"day\": 25}}"));
        fault(dueDay, "$.policies.dueDate.day", "scenario.dependent-property");
        ObjectNode noDay = DebtScenarios.base();
        noDay.set("policies", ScenarioRunner.parse("{\"dueDate\": {\"rule\": \"contract-day\"}}"));
        fault(noDay, "$.policies.dueDate.day", "scenario.required-property");
        ObjectNode day32 = DebtScenarios.base();
        day32.set("policies", ScenarioRunner.parse("{\"dueDate\": {\"rule\": \"contract-day\", \"day\": 32}}"));
        fault(day32, "$.policies.dueDate.day", "scenario.range");
        ObjectNode limitation = DebtScenarios.base();
        limitation.set("policies", ScenarioRunner.parse("{\"limitationEnd\": \"court\"}"));
        fault(limitation, "$.policies.limitationEnd", "scenario.choice");
    }

    @Test
    void a_key_rate_schedule_with_a_gap_names_the_entry() {
        ObjectNode gap = DebtScenarios.base();
        gap.set("keyRates", ScenarioRunner.parse("{\"entries\": [{\"from\": \"2026-01-01\", \"percent\": \"16\"}]}"));
        ScenarioException e = domainFault(gap, "$.keyRates.entries[0].from", "rate-schedule.no-gap",
                "RASCHET-RATE-SCHEDULE-GAP");
        assertTrue(e.getMessage().contains("2025-12-22 to 2025-12-31"), e.getMessage());
        ObjectNode ordered = DebtScenarios.base();
        ordered.set("keyRates", ScenarioRunner.parse(
                "{\"entries\": [{\"from\": \"2025-12-22\", \"through\": \"2025-12-01\", \"percent\": \"16\"}]}"));
        domainFault(ordered, "$.keyRates.entries[0].through", "rate-schedule.entry-ordered",
                "RASCHET-RATE-SCHEDULE-GAP");
        ObjectNode empty = DebtScenarios.base();
        empty.set("keyRates", ScenarioRunner.parse("{\"base\": \"none\"}"));
        domainFault(empty, "$.keyRates.entries", "rate-schedule.not-empty", "RASCHET-RATE-SCHEDULE-GAP");
        ObjectNode fine = DebtScenarios.base();
        fine.set("keyRates", ScenarioRunner.parse("{\"entries\": [{\"from\": \"2025-12-22\", \"percent\": \"9.555\"}]}"));
        domainFault(fine, "$.keyRates.entries[0].percent", "key-rate.percent", "RASCHET-VALUE-RANGE");
    }

    @Test
    void rate_rules_and_moratoriums() {
        ObjectNode noCap = DebtScenarios.base();
        noCap.set("rateRules", ScenarioRunner.parse("{\"entries\": [{\"from\": \"2024-01-01\", \"rule\": \"capped\"}]}"));
        fault(noCap, "$.rateRules.entries[0].cap", "scenario.required-property");
        ObjectNode capWithKey = DebtScenarios.base();
        capWithKey.set("rateRules", ScenarioRunner.parse(
                "{\"entries\": [{\"from\": \"2024-01-01\", \"rule\": \"key-rate\", \"cap\": \"5\"}]}"));
        fault(capWithKey, "$.rateRules.entries[0].cap", "scenario.dependent-property");
        ObjectNode gap = DebtScenarios.base();
        gap.set("rateRules", ScenarioRunner.parse("""
                {"base": "none", "entries": [
                  {"from": "2016-01-01", "through": "2019-12-31", "rule": "key-rate"},
                  {"from": "2021-01-01", "rule": "key-rate"}]}"""));
        domainFault(gap, "$.rateRules.entries[1].from", "rate-schedule.no-gap", "RASCHET-RATE-SCHEDULE-GAP");
        ObjectNode cap = DebtScenarios.base();
        cap.set("rateRules", ScenarioRunner.parse(
                "{\"entries\": [{\"from\": \"2024-01-01\", \"rule\": \"capped\", \"cap\": \"-1\", \"source\": \"x\"}]}"));
        domainFault(cap, "$.rateRules.entries[0].cap", "rate-rule.cap", "RASCHET-VALUE-RANGE");
        ObjectNode moratorium = DebtScenarios.base();
        moratorium.set("moratoriums", ScenarioRunner.parse(
                "{\"entries\": [{\"from\": \"2024-05-01\", \"through\": \"2024-04-30\", \"source\": \"x\"}]}"));
        domainFault(moratorium, "$.moratoriums.entries[0].through", "moratorium.ordered", "RASCHET-VALUE-RANGE");
    }

    @Test
    void a_rate_day_the_schedule_does_not_cover_is_reported_at_key_rates() {
        ObjectNode tree = DebtScenarios.base();
        ((ObjectNode) tree.get("compute")).set("penalties", ScenarioRunner.parse(
                "{\"calculationDate\": \"2026-03-01\"}"));
        ScenarioException e = domainFault(tree, "$.keyRates", "rate-schedule.covers-day",
                "RASCHET-RATE-SCHEDULE-GAP");
        assertTrue(e.getMessage().contains("2026-03-01"), e.getMessage());
        // with the next decision added, it computes
        tree.set("keyRates", ScenarioRunner.parse("{\"entries\": [{\"from\": \"2025-12-22\", \"percent\": \"16\"}]}"));
        ScenarioRunner.run(tree);
    }

    @Test
    void compute_settings_of_the_debts_sections() {
        ObjectNode warning = DebtScenarios.base();
        at(warning, "/compute/debts").put("warningDays", -1);
        fault(warning, "$.compute.debts.warningDays", "scenario.range");
        ObjectNode issued = DebtScenarios.base();
        ((ObjectNode) issued.get("compute")).set("reallocation", ScenarioRunner.parse(
                "{\"asOf\": \"2024-03-31\", \"issuedFrom\": \"03.2024\"}"));
        fault(issued, "$.compute.reallocation.issuedFrom", "scenario.type");
        ObjectNode lists = DebtScenarios.base();
        ((ObjectNode) lists.get("compute")).set("lists", ScenarioRunner.parse("""
                {"asOf": "2024-03-31", "restriction": [
                  {"account": "500-001", "normativeMonthlyCharges": {"electricity": "100.00", "water": "1"}}]}"""));
        fault(lists, "$.compute.lists.restriction[0].normativeMonthlyCharges.water", "scenario.choice");
        ObjectNode negative = DebtScenarios.base();
        ((ObjectNode) negative.get("compute")).set("lists", ScenarioRunner.parse("""
                {"asOf": "2024-03-31", "restriction": [
                  {"account": "500-001", "normativeMonthlyCharges": {"electricity": "-1.00"}}]}"""));
        domainFault(negative, "$.compute.lists.restriction[0].normativeMonthlyCharges.electricity",
                "restriction.normative-charge", "RASCHET-VALUE-RANGE");
        ObjectNode twice = DebtScenarios.base();
        ((ObjectNode) twice.get("compute")).set("lists", ScenarioRunner.parse("""
                {"asOf": "2024-03-31", "restriction": [
                  {"account": "500-001", "normativeMonthlyCharges": {}},
                  {"account": "500-001", "normativeMonthlyCharges": {}}]}"""));
        fault(twice, "$.compute.lists.restriction[1].account", "scenario.unique-id");
        ObjectNode threshold = DebtScenarios.base();
        ((ObjectNode) threshold.get("compute")).set("lists", ScenarioRunner.parse(
                "{\"asOf\": \"2024-03-31\", \"collectionThreshold\": \"-5\"}"));
        fault(threshold, "$.compute.lists.collectionThreshold", "scenario.range");
    }

    @Test
    void the_command_line_exits_with_2_and_prints_nothing_on_standard_output(@TempDir Path dir) throws Exception {
        ObjectNode tree = DebtScenarios.base();
        payment(tree).put("date", "2019-12-31");
        Path file = dir.resolve("bad.json");
        Files.writeString(file, tree.toString(), StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"run", file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Main.BAD_SCENARIO, code);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("path:    $.payments[0].date"), e);
        assertTrue(e.contains("rule:    payment.after-opening"), e);
        assertTrue(e.contains("code:    RASCHET-PAYMENT-BEFORE-OPENING"), e);
    }
}
