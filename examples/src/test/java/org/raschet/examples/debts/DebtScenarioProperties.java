package org.raschet.examples.debts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.raschet.allocation.payment.ObligationPosition;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.ScenarioResult;
import org.raschet.examples.scenario.ScenarioRunner;
import org.raschet.examples.scenario.debts.DebtsResult;
import org.raschet.examples.scenario.report.JsonReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Invariants of the debts sections through the whole runner, on random payments (LEGAL §7). */
class DebtScenarioProperties {
    /** A payment: day of 2024 (1..366), amount in kopecks, and a named month of 2024 (0 = unnamed). */
    record Pay(int day, long kopecks, int namedMonth) {
    }

    @Provide
    Arbitrary<List<Pay>> payments() {
        return Combinators.combine(Arbitraries.integers().between(1, 366),
                        Arbitraries.longs().between(0, 400_000), Arbitraries.integers().between(0, 4))
                .as(Pay::new).list().ofMinSize(0).ofMaxSize(6);
    }

    private static ObjectNode scenario(List<Pay> pays, int asOfDay) {
        ObjectNode tree = DebtScenarios.base();
        ((ArrayNode) tree.get("chargeLines")).add(ScenarioRunner.parse(
                "{\"account\": \"500-001\", \"period\": \"2024-02\", \"service\": \"cold-water\", \"amount\": \"700\"}"));
        ArrayNode payments = tree.putArray("payments");
        for (int i = 0; i < pays.size(); i++) {
            Pay p = pays.get(i);
            ObjectNode o = payments.addObject();
            o.put("id", "P" + i);
            o.put("account", "500-001");
            o.put("date", java.time.LocalDate.ofYearDay(2024, p.day()).toString());
            o.put("amount", java.math.BigDecimal.valueOf(p.kopecks(), 2).toPlainString());
            if (p.namedMonth() > 0) {
                o.set("names", ScenarioRunner.parse("[{\"period\": \"2024-0" + p.namedMonth() + "\"}]"));
            }
        }
        ((ObjectNode) tree.get("compute").get("debts")).put("asOf",
                java.time.LocalDate.ofYearDay(2024, asOfDay).toString());
        return tree;
    }

    @Property(tries = 150)
    void applied_plus_advance_equals_the_payments_counted_and_nothing_is_overpaid(
            @ForAll("payments") List<Pay> pays, @ForAll @IntRange(min = 1, max = 366) int asOfDay) {
        ScenarioResult r = ScenarioRunner.run(scenario(pays, asOfDay));
        DebtsResult.AccountDebts a = DebtScenarios.section(r, "debts", DebtsResult.class).accounts().get(0);
        long counted = pays.stream().filter(p -> p.day() <= asOfDay).mapToLong(Pay::kopecks).sum();
        assertEquals(counted, a.allocation().appliedMinor() + a.allocation().advanceMinor());
        for (ObligationPosition p : a.allocation().positions()) {
            assertTrue(p.paidMinor() >= 0 && p.outstandingMinor() >= 0, p.toString());
        }
        // the JSON report says the same: Σ applications + advance = Σ counted payments
        JsonNode json = JsonReport.tree(r).get("sections").get(0).get("results").get("accounts").get(0);
        long applied = 0;
        for (JsonNode x : json.get("applications")) {
            applied += kopecks(x.get("amount").stringValue());
        }
        assertEquals(counted, applied + kopecks(json.get("advance").stringValue()));
        assertEquals(pays.size(), json.get("payments").size() + json.get("notCounted").size());
    }

    @Property(tries = 100)
    void a_negative_payment_is_reported_at_its_own_amount(@ForAll("payments") @Size(min = 1) List<Pay> pays,
                                                         @ForAll @IntRange(min = 0, max = 5) int which) {
        int i = which % pays.size();
        ObjectNode tree = scenario(pays, 366);
        ((ObjectNode) tree.get("payments").get(i)).put("amount", "-0.01");
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
                () -> ScenarioRunner.run(tree));
        assertEquals("$.payments[" + i + "].amount", e.path().text());
        assertEquals(java.util.Optional.of("RASCHET-PAYMENT-NEGATIVE"), e.code());
    }

    private static long kopecks(String amount) {
        return new java.math.BigDecimal(amount.replace(" RUB", "")).movePointRight(2).longValueExact();
    }
}
