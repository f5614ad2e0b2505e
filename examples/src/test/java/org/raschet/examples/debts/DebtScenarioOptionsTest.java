package org.raschet.examples.debts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raschet.examples.debts.DebtScenarios.at;
import static org.raschet.examples.debts.DebtScenarios.key;
import static org.raschet.examples.debts.DebtScenarios.kopecks;
import static org.raschet.examples.debts.DebtScenarios.position;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.raschet.allocation.payment.AppliedPart;
import org.raschet.allocation.payment.RestrictionEligibility;
import org.raschet.allocation.penalty.ObligationPenalty;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.Note;
import org.raschet.core.protocol.StepEvaluator;
import org.raschet.core.quantity.Resource;
import org.raschet.examples.scenario.ScenarioResult;
import org.raschet.examples.scenario.ScenarioRunner;
import org.raschet.examples.scenario.debts.DebtsResult;
import org.raschet.examples.scenario.debts.ListsResult;
import org.raschet.examples.scenario.debts.PenaltiesResult;
import org.raschet.examples.scenario.report.JsonReport;
import org.raschet.examples.scenario.report.TextReport;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The options of the debts sections, each with a hand-computed case (LEGAL §1, §7–§9). */
class DebtScenarioOptionsTest {
    private static final Resource EL = Resource.ELECTRICITY;

    /** January 2024, 1000.00 ₽ unpaid (due 12.02.2024, 10.02 a Saturday); penalties as of 11.06.2024 (day 120). */
    private static ObjectNode unpaidJanuary() {
        ObjectNode tree = DebtScenarios.base();
        ((ArrayNode) tree.get("chargeLines")).remove(1);
        tree.remove("payments");
        tree.set("compute", ScenarioRunner.parse("{\"penalties\": {\"calculationDate\": \"2024-06-11\"}}"));
        return tree;
    }

    private static ObligationPenalty penalty(ObjectNode tree) {
        return DebtScenarios.section(ScenarioRunner.run(tree), "penalties", PenaltiesResult.class).accounts().get(0)
                .report().obligations().get(0);
    }

    private static DebtsResult.AccountDebts debts(ObjectNode tree) {
        return DebtScenarios.section(ScenarioRunner.run(tree), "debts", DebtsResult.class).accounts().get(0);
    }

    @Test
    void own_key_rates_and_the_plain_key_rate_rule_zhk_155_p14() {
        // key rate 12 %, no cap, no moratorium: day 1 = 13.02.2024, day 120 = 11.06.2024
        // days 31–90: 1000 × 12/100 × 60/300 = 24; days 91–120: 1000 × 12/100 × 30/130 = 27.6923076923
        ObjectNode tree = unpaidJanuary();
        tree.set("keyRates", ScenarioRunner.parse(
                "{\"base\": \"none\", \"entries\": [{\"from\": \"2016-01-01\", \"percent\": \"12\"}]}"));
        tree.set("rateRules", ScenarioRunner.parse(
                "{\"base\": \"none\", \"entries\": [{\"from\": \"2016-01-01\", \"rule\": \"key-rate\"}]}"));
        tree.set("moratoriums", ScenarioRunner.parse("{\"base\": \"none\"}"));
        ObligationPenalty p = penalty(tree);
        assertEquals(120, p.portions().get(0).daysLate());
        assertEquals(new BigDecimal("51.6923076923"), p.exactSum());
        assertEquals(5_169, p.amountMinor());
    }

    @Test
    void a_capped_rule_cites_its_source_and_a_moratorium_of_the_scenario_zeroes_its_days() {
        ObjectNode tree = unpaidJanuary();
        tree.set("keyRates", ScenarioRunner.parse(
                "{\"base\": \"none\", \"entries\": [{\"from\": \"2016-01-01\", \"percent\": \"12\"}]}"));
        tree.set("rateRules", ScenarioRunner.parse("""
                {"base": "none", "entries": [
                  {"from": "2016-01-01", "rule": "capped", "cap": "6", "source": "договор № 7"}]}"""));
        tree.set("moratoriums", ScenarioRunner.parse("{\"base\": \"none\"}"));
        // min(6, 12) = 6 %: 1000 × 6/100 × 60/300 = 12; 1000 × 6/100 × 30/130 = 13.8461538462 → 25.85
        ScenarioResult r = ScenarioRunner.run(tree);
        ObligationPenalty p = DebtScenarios.section(r, "penalties", PenaltiesResult.class).accounts().get(0).report()
                .obligations().get(0);
        assertEquals(new BigDecimal("6.00"), p.portions().get(0).ratePercent());
        assertEquals(2_585, p.amountMinor());
        assertTrue(r.protocol().steps().stream().flatMap(s -> s.notes().stream()).map(Note::ru)
                .anyMatch(n -> n.contains("договор № 7")));
        assertEquals(List.of(), StepEvaluator.verifyAll(r.protocol()));
        // the scenario's moratorium 01.04–30.04.2024 (days 49–78) at 12 %:
        // days 31–48: 7.2; days 79–90: 4.8; days 91–120: 27.6923076923 → 39.6923076923 → 39.69
        tree.set("rateRules", ScenarioRunner.parse(
                "{\"base\": \"none\", \"entries\": [{\"from\": \"2016-01-01\", \"rule\": \"key-rate\"}]}"));
        tree.set("moratoriums", ScenarioRunner.parse("""
                {"base": "none", "entries": [{"from": "2024-04-01", "through": "2024-04-30", "source": "тест"}]}"""));
        ObligationPenalty m = penalty(tree);
        assertEquals(new BigDecimal("39.6923076923"), m.exactSum());
        assertEquals(3_969, m.amountMinor());
    }

    @Test
    void an_entry_on_the_day_of_a_federal_key_rate_replaces_it_and_later_entries_extend_the_history() {
        // the federal 16 % from 18.12.2023 replaced by 21 %; plain key rate, no moratorium:
        // 1000 × 21/100 × 60/300 = 42; 1000 × 21/100 × 30/130 = 48.4615384615 → 90.46
        ObjectNode tree = unpaidJanuary();
        tree.set("keyRates", ScenarioRunner.parse("{\"entries\": [{\"from\": \"2023-12-18\", \"percent\": \"21\"}]}"));
        tree.set("rateRules", ScenarioRunner.parse(
                "{\"base\": \"none\", \"entries\": [{\"from\": \"2016-01-01\", \"rule\": \"key-rate\"}]}"));
        tree.set("moratoriums", ScenarioRunner.parse("{\"base\": \"none\"}"));
        assertEquals(9_046, penalty(tree).amountMinor());
        // federal rules (the 9.5 % cap) on 01.03.2026 with the next decision added: 9.5 % whatever the key rate
        ObjectNode later = unpaidJanuary();
        at(later, "/compute/penalties").put("calculationDate", "2026-03-01");
        later.set("keyRates", ScenarioRunner.parse(
                "{\"entries\": [{\"from\": \"2025-12-22\", \"percent\": \"16\", \"decidedOn\": \"2025-12-19\"}]}"));
        ObligationPenalty p = penalty(later);
        assertEquals(0, new BigDecimal("16").compareTo(p.portions().get(0).keyRate().orElseThrow().percent()));
        assertEquals(new BigDecimal("9.50"), p.portions().get(0).ratePercent());
    }

    @Test
    void due_date_policies_legal_1() {
        ObjectNode tree = DebtScenarios.base();
        ((ArrayNode) tree.get("chargeLines")).add(ScenarioRunner.parse(
                "{\"account\": \"500-001\", \"period\": \"2026-02\", \"service\": \"electricity\", \"amount\": \"1\"}"));
        // federal: February 2026 on the 10th (10.03.2026, a Tuesday)
        assertEquals(LocalDate.of(2026, 3, 10),
                position(debts(tree), key("500-001", 2026, 2, EL)).obligation().dueDate());
        // the disputed reading: on the 15th, 15.03.2026 a Sunday → 16.03.2026
        tree.set("policies", ScenarioRunner.parse("{\"dueDate\": {\"rule\": \"federal-feb-2026-15th\"}}"));
        assertEquals(LocalDate.of(2026, 3, 16),
                position(debts(tree), key("500-001", 2026, 2, EL)).obligation().dueDate());
        // a contract's 25th: January 2024 → 25.02.2024, a Sunday → 26.02.2024
        tree.set("policies", ScenarioRunner.parse("{\"dueDate\": {\"rule\": \"contract-day\", \"day\": 25}}"));
        DebtsResult.AccountDebts a = debts(tree);
        assertEquals(LocalDate.of(2024, 2, 26), position(a, key("500-001", 2024, 1, EL)).obligation().dueDate());
        assertEquals(LocalDate.of(2024, 2, 25), position(a, key("500-001", 2024, 1, EL)).obligation()
                .nominalDueDate());
    }

    @Test
    void the_report_header_names_the_debt_policies_and_which_the_scenario_set() {
        ObjectNode tree = DebtScenarios.base();
        tree.set("policies", ScenarioRunner.parse("{\"dueDate\": {\"rule\": \"contract-day\", \"day\": 25}}"));
        ScenarioResult r = ScenarioRunner.run(tree);
        String en = TextReport.render(r, Language.EN);
        assertTrue(en.contains("dueDate = contract-day-25 (set by the scenario): due date — day 25 of the next month"),
                en);
        assertTrue(en.contains("limitationEnd = federal (default)"), en);
        assertTrue(en.contains("paymentAllocation = federal (default)"), en);
        var json = JsonReport.tree(r).get("policies");
        assertEquals("contract-day-25", json.get("dueDate").get("option").stringValue());
        assertEquals(25, json.get("dueDate").get("settings").get("day").intValue());
        assertFalse(json.get("dueDate").get("default").booleanValue());
        assertTrue(json.get("paymentAllocation").get("default").booleanValue());
        assertFalse(json.has("rollover"), "only the policies the computed sections apply");
    }

    @Test
    void the_limitation_end_date_policy_legal_8_example() {
        // February 2023, due 10.03.2023: last day 11.03.2026 (federal) or 10.03.2026 (day-earlier)
        ObjectNode tree = DebtScenarios.base();
        tree.set("chargeLines", ScenarioRunner.parse(
                "[{\"account\": \"500-001\", \"period\": \"2023-02\", \"service\": \"electricity\", \"amount\": \"9\"}]"));
        tree.remove("payments");
        at(tree, "/compute/debts").put("asOf", "2026-03-11");
        assertFalse(debts(tree).limitation().get(0).expired());
        tree.set("policies", ScenarioRunner.parse("{\"limitationEnd\": \"day-earlier\"}"));
        DebtsResult.AccountDebts a = debts(tree);
        assertEquals(LocalDate.of(2026, 3, 10), a.limitation().get(0).lastDay());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 11)), a.limitation().get(0).expiredSince());
    }

    @Test
    void a_named_payment_s_excess_stays_an_advance_under_the_contract_variant_legal_7() {
        ObjectNode tree = DebtScenarios.base();
        at(tree, "/payments/0").set("names", ScenarioRunner.parse("[{\"period\": \"2024-01\"}]"));
        // federal: 1000 to January, the excess 500 by the general rule to February
        assertEquals(50_000, position(debts(tree), key("500-001", 2024, 2, EL)).paidMinor());
        tree.set("policies", ScenarioRunner.parse("{\"paymentAllocation\": \"named-excess-advance\"}"));
        DebtsResult.AccountDebts a = debts(tree);
        assertEquals(0, position(a, key("500-001", 2024, 2, EL)).paidMinor());
        assertEquals(50_000, a.allocation().advanceMinor());
    }

    @Test
    void carried_debts_join_their_obligation_and_billed_penalties_come_after_every_principal_legal_7() {
        ObjectNode tree = DebtScenarios.base();
        tree.set("carriedDebts", ScenarioRunner.parse("""
                [{"account": "500-001", "period": "2023-12", "service": "electricity", "amount": "500.00"},
                 {"account": "500-001", "period": "2024-01", "service": "electricity", "amount": "100.00"}]"""));
        tree.set("billedPenalties", ScenarioRunner.parse(
                "[{\"account\": \"500-001\", \"period\": \"2024-01\", \"service\": \"electricity\", \"amount\": \"10\"}]"));
        at(tree, "/payments/0").put("amount", "3610.00");
        DebtsResult.AccountDebts a = debts(tree);
        // principal 500 + (1000 + 100) + 2000 = 3600 first, then the penalty 10
        assertEquals(110_000, position(a, key("500-001", 2024, 1, EL)).obligation().amountMinor());
        assertEquals(List.of(AppliedPart.PRINCIPAL, AppliedPart.PRINCIPAL, AppliedPart.PRINCIPAL, AppliedPart.PENALTY),
                a.allocation().applications().stream().map(x -> x.part()).toList());
        assertEquals(1_000, kopecks(a.balance().penaltiesPaid()));
        assertEquals(0, a.allocation().advanceMinor());
    }

    @Test
    void restriction_with_a_repayment_schedule_and_without_expired_debts_rules_354_p117() {
        // as of 31.03.2024: January paid, February 2000 − 500 = 1500 overdue (due 11.03.2024) > 2 × 700
        ObjectNode tree = DebtScenarios.base();
        ((ObjectNode) tree.get("compute")).set("lists", ScenarioRunner.parse("""
                {"asOf": "2024-03-31", "restriction": [
                  {"account": "500-001", "normativeMonthlyCharges": {"electricity": "700.00"},
                   "repaymentScheduleKept": true}]}"""));
        ListsResult.AccountLists l = DebtScenarios.section(ScenarioRunner.run(tree), "lists", ListsResult.class)
                .accounts().get(0);
        RestrictionEligibility e = l.restriction().get(0);
        assertEquals(150_000, kopecks(e.debt()));
        assertFalse(e.eligible());
        // the debt rose to 1000 + 2000 = 3000 on 12.03.2024 and stayed above 1400 after the payment of 20.03
        assertEquals(Optional.of(LocalDate.of(2024, 3, 12)), e.since());
        assertTrue(l.collection().worthClaiming());
        assertEquals(150_000, kopecks(l.collection().claimable()));
    }

    @Test
    void every_account_is_computed_on_its_own_ledger_in_the_order_of_accounts() {
        ObjectNode tree = DebtScenarios.base();
        ((ArrayNode) tree.get("accounts")).insert(0, ScenarioRunner.parse(
                "{\"id\": \"500-000\", \"opened\": \"2024-01-01\"}"));
        ((ArrayNode) tree.get("payments")).add(ScenarioRunner.parse(
                "{\"id\": \"P0\", \"account\": \"500-000\", \"date\": \"2024-03-01\", \"amount\": \"50\"}"));
        List<DebtsResult.AccountDebts> all = DebtScenarios.section(ScenarioRunner.run(tree), "debts",
                DebtsResult.class).accounts();
        assertEquals(List.of("500-000", "500-001"), all.stream().map(a -> a.book().account().id().value()).toList());
        assertEquals(5_000, all.get(0).allocation().advanceMinor());
        assertEquals(150_000, all.get(1).allocation().appliedMinor());
    }

    @Test
    void debts_reports_do_not_depend_on_default_locale_or_time_zone() {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.ROOT);
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            String reference = all();
            Locale.setDefault(Locale.forLanguageTag("ar-SA-u-nu-arab"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertEquals(reference, all());
            Locale.setDefault(Locale.forLanguageTag("de-DE"));
            assertEquals(reference, all());
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    private static String all() {
        StringBuilder b = new StringBuilder();
        for (String name : List.of("debts-penalties.json", "debts-reallocation-lists.json")) {
            ScenarioResult r = DebtScenarios.bundled(name);
            b.append(TextReport.render(r, Language.RU)).append(TextReport.render(r, Language.EN))
                    .append(JsonReport.render(r));
        }
        return b.toString();
    }
}
