package org.raschet.examples.debts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raschet.examples.debts.DebtScenarios.key;
import static org.raschet.examples.debts.DebtScenarios.kopecks;
import static org.raschet.examples.debts.DebtScenarios.position;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raschet.allocation.payment.Application;
import org.raschet.allocation.payment.ApplicationBasis;
import org.raschet.allocation.payment.CollectionCandidate;
import org.raschet.allocation.payment.LimitationState;
import org.raschet.allocation.payment.RestrictionEligibility;
import org.raschet.allocation.penalty.ObligationPenalty;
import org.raschet.allocation.penalty.PenaltyPortion;
import org.raschet.allocation.penalty.PenaltyRange;
import org.raschet.allocation.penalty.RangeKind;
import org.raschet.core.ledger.Balance;
import org.raschet.core.ledger.ObligationKey;
import org.raschet.core.protocol.StepEvaluator;
import org.raschet.core.quantity.Resource;
import org.raschet.examples.scenario.ScenarioResult;
import org.raschet.examples.scenario.debts.DebtsResult;
import org.raschet.examples.scenario.debts.ListsResult;
import org.raschet.examples.scenario.debts.PenaltiesResult;
import org.raschet.examples.scenario.debts.ReallocationResult;

/**
 * The figures of the bundled debts scenarios, computed by hand in their descriptions, asserted on the results
 * (independently of the expected files that {@code BundledScenariosTest} compares byte for byte).
 */
class BundledDebtScenariosTest {
    private static final Resource EL = Resource.ELECTRICITY;
    private static final Resource CW = Resource.COLD_WATER;

    private static DebtsResult.AccountDebts debts(ScenarioResult r) {
        return DebtScenarios.section(r, "debts", DebtsResult.class).accounts().get(0);
    }

    private static List<Long> applied(DebtsResult.AccountDebts a, String payment) {
        return a.allocation().applications().stream().filter(x -> x.paymentId().equals(payment))
                .map(Application::amountMinor).toList();
    }

    @Test
    void oldest_first_equal_due_dates_split_in_proportion_gk_319_1_p3_legal_1_7_8() {
        ScenarioResult r = DebtScenarios.bundled("debts-oldest-first.json");
        DebtsResult.AccountDebts a = debts(r);
        // LEGAL §1, ГК РФ ст. 193: 10.02.2024 Saturday → 12.02; 10.03 Sunday → 11.03; 10.05 a holiday → 13.05.2024
        ObligationKey jan = key("100-001", 2024, 1, EL);
        assertEquals(LocalDate.of(2024, 2, 12), position(a, jan).obligation().dueDate());
        assertEquals(LocalDate.of(2024, 3, 11), position(a, key("100-001", 2024, 2, CW)).obligation().dueDate());
        assertEquals(LocalDate.of(2024, 4, 10), position(a, key("100-001", 2024, 3, EL)).obligation().dueDate());
        assertEquals(LocalDate.of(2024, 5, 13), position(a, key("100-001", 2024, 4, EL)).obligation().dueDate());
        // P-1, 2500.00: 1500 + 500 (due 12.02), then 500 over 1200 : 600 → 333.33 and 166.66 + 0.01 = 166.67
        assertEquals(List.of(150_000L, 50_000L, 33_333L, 16_667L), applied(a, "P-1"));
        assertTrue(a.allocation().applications().stream().filter(x -> x.paymentId().equals("P-1"))
                .allMatch(Application::proportional));
        // P-2, 3000.00: 866.67 + 433.33, 1000 + 400, then 300 over 900 : 300 → 225 and 75
        assertEquals(List.of(86_667L, 43_333L, 100_000L, 40_000L, 22_500L, 7_500L), applied(a, "P-2"));
        assertEquals(67_500, position(a, key("100-001", 2024, 4, EL)).outstandingMinor());
        assertEquals(22_500, position(a, key("100-001", 2024, 4, CW)).outstandingMinor());
        // P-3 on 05.07.2024 is after the as-of date 30.06.2024: not counted
        assertEquals(List.of("P-3"), a.book().after(LocalDate.of(2024, 6, 30)).stream().map(p -> p.value().id())
                .toList());
        Balance b = a.balance();
        assertEquals(640_000, kopecks(b.charged()));
        assertEquals(550_000, kopecks(b.paid()));
        assertEquals(90_000, kopecks(b.outstanding()));
        assertEquals(90_000, kopecks(b.overdue()));
        assertEquals(0, kopecks(b.advance()));
        // LEGAL §8: 12.02.2024 → 13.02.2027 Saturday → 15.02.2027; 10.04.2024 → 11.04.2027 Sunday → 12.04.2027
        assertEquals(List.of(LocalDate.of(2027, 2, 15), LocalDate.of(2027, 2, 15), LocalDate.of(2027, 3, 12),
                        LocalDate.of(2027, 3, 12), LocalDate.of(2027, 4, 12), LocalDate.of(2027, 4, 12),
                        LocalDate.of(2027, 5, 14), LocalDate.of(2027, 5, 14)),
                a.limitation().stream().map(LimitationState::lastDay).toList());
        assertEquals(960, a.limitation().get(0).daysLeft());
        assertEquals(List.of(), a.warnings());
    }

    @Test
    void a_named_period_with_excess_and_a_named_period_without_charges_gk_319_1_p1_legal_7() {
        DebtsResult.AccountDebts a = debts(DebtScenarios.bundled("debts-named-period.json"));
        List<Application> x = a.allocation().applications();
        // N-1, 1500.00 naming 2024-03: 1200 there, the excess 300 by the general rule to January
        assertEquals(key("200-001", 2024, 3, EL), x.get(0).key());
        assertEquals(120_000, x.get(0).amountMinor());
        assertEquals(ApplicationBasis.NAMED, x.get(0).basis());
        assertEquals(key("200-001", 2024, 1, EL), x.get(1).key());
        assertEquals(30_000, x.get(1).amountMinor());
        assertEquals(ApplicationBasis.EARLIEST_DUE, x.get(1).basis());
        // N-2, 800.00 naming 2023-12 (no charges): by the general rule, 700 to January and 100 to February
        assertEquals(List.of(70_000L, 10_000L), applied(a, "N-2"));
        assertTrue(a.allocation().applications().stream().filter(y -> y.paymentId().equals("N-2"))
                .allMatch(y -> y.basis() == ApplicationBasis.EARLIEST_DUE));
        // N-3, 1500.00: 1000 to February, 500 advance
        assertEquals(List.of(100_000L), applied(a, "N-3"));
        assertEquals(50_000, a.allocation().advanceMinor());
        // Σ applied + advance = Σ payments = 3800.00
        assertEquals(380_000, a.allocation().appliedMinor() + a.allocation().advanceMinor());
        assertEquals(380_000, a.allocation().paymentsMinor());
        assertEquals(330_000, kopecks(a.balance().charged()));
        assertEquals(0, kopecks(a.balance().outstanding()));
        assertEquals(50_000, kopecks(a.balance().advance()));
    }

    @Test
    void penalties_across_days_30_and_90_partial_payment_cap_and_the_2022_moratorium_zhk_155_p14_legal_9() {
        ScenarioResult r = DebtScenarios.bundled("debts-penalties.json");
        PenaltiesResult.AccountPenalties a = DebtScenarios.section(r, "penalties", PenaltiesResult.class)
                .accounts().get(0);
        ObligationPenalty dec = a.report().obligations().get(0);
        assertEquals(key("300-001", 2021, 12, EL), dec.key());
        assertEquals(LocalDate.of(2022, 1, 10), dec.dueDate());
        // portion 500.00 paid 01.03.2022 (day 50): key rate 20 % capped at 9.5 % (Decree No. 474);
        // days 31–50: 500 × 9.5/100 × 20/300 = 3.1666666667
        PenaltyPortion paid = dec.portions().get(0);
        assertEquals(Optional.of(LocalDate.of(2022, 3, 1)), paid.paidOn());
        assertEquals(50, paid.daysLate());
        assertEquals(new BigDecimal("20.00"), paid.keyRate().orElseThrow().percent());
        assertEquals(new BigDecimal("9.50"), paid.ratePercent());
        assertEquals(new BigDecimal("3.1666666667"), paid.ranges().get(1).amount());
        // the unpaid 1500.00 (day 355): key rate 7.5 % on 31.12.2022, below the cap;
        // days 31–80 1/300: 18.75; days 81–90 and 91–264 moratorium (Decree No. 497); days 265–355 1/130: 78.75
        PenaltyPortion unpaid = dec.portions().get(1);
        assertEquals(355, unpaid.daysLate());
        assertEquals(new BigDecimal("7.50"), unpaid.ratePercent());
        List<PenaltyRange> ranges = unpaid.ranges();
        assertEquals(List.of(RangeKind.GRACE, RangeKind.ACCRUING, RangeKind.MORATORIUM, RangeKind.MORATORIUM,
                RangeKind.ACCRUING), ranges.stream().map(PenaltyRange::kind).toList());
        assertEquals(List.of(30, 80, 90, 264, 355), ranges.stream().map(PenaltyRange::lastDayLate).toList());
        assertEquals(new BigDecimal("18.7500000000"), ranges.get(1).amount());
        assertEquals(LocalDate.of(2022, 10, 2), ranges.get(4).from());
        assertEquals(130, ranges.get(4).denominator());
        assertEquals(new BigDecimal("78.7500000000"), ranges.get(4).amount());
        // S = 100.6666666667 → 100.67
        assertEquals(new BigDecimal("100.6666666667"), dec.exactSum());
        assertEquals(10_067, dec.amountMinor());
        // April 2022: due 10.05.2022 a holiday → 11.05.2022; not under Decree No. 497 (arose after 01.04.2022);
        // days 31–90: 1000 × 7.5/100 × 60/300 = 15; days 91–234: 1000 × 7.5/100 × 144/130 = 83.0769230769
        ObligationPenalty apr = a.report().obligations().get(1);
        assertEquals(LocalDate.of(2022, 5, 11), apr.dueDate());
        assertEquals(234, apr.portions().get(0).daysLate());
        assertEquals(new BigDecimal("83.0769230769"), apr.portions().get(0).ranges().get(2).amount());
        assertEquals(9_808, apr.amountMinor());
        assertEquals(19_875, kopecks(a.report().total()));
        assertEquals(19_875, kopecks(a.report().claimableTotal()));
        assertFalse(dec.limitationExpired());
        // debts: 2000 − 500 + 1000 = 2500.00 owed
        assertEquals(250_000, kopecks(debts(r).balance().outstanding()));
    }

    @Test
    void a_correction_reallocates_limitation_warnings_and_lists_legal_7_8_rules_354_p117() {
        ScenarioResult r = DebtScenarios.bundled("debts-reallocation-lists.json");
        DebtsResult.AccountDebts a = debts(r);
        ObligationKey jan23 = key("400-001", 2023, 1, EL);
        ObligationKey feb23 = key("400-001", 2023, 2, EL);
        ObligationKey oct25 = key("400-001", 2025, 10, EL);
        // 2023-01: expired on 12.02.2026 (last day 11.02.2026), skipped by R-1's excess, paid by R-2 naming it
        LimitationState s = a.limitation().get(0);
        assertEquals(jan23, s.key());
        assertEquals(Optional.of(LocalDate.of(2026, 2, 12)), s.expiredSince());
        assertEquals(30_000, position(a, jan23).paidMinor());
        assertEquals(50_000, kopecks(s.outstanding()));
        // R-1 names 10.2025 (600.00 after the −400.00 correction); the excess 600.00 goes to 02.2023
        assertEquals(60_000, position(a, oct25).paidMinor());
        assertEquals(60_000, position(a, feb23).paidMinor());
        Balance b = a.balance();
        assertEquals(590_000, kopecks(b.charged()));
        assertEquals(150_000, kopecks(b.paid()));
        assertEquals(440_000, kopecks(b.outstanding()));
        assertEquals(440_000, kopecks(b.overdue()));
        // warning within 30 days: 02.2023, last day 11.03.2026 (LEGAL §8 example), 10 days left, 300.00 owed
        assertEquals(1, a.warnings().size());
        assertEquals(feb23, a.warnings().get(0).key());
        assertEquals(LocalDate.of(2026, 3, 11), a.warnings().get(0).lastDay());
        assertEquals(10, a.warnings().get(0).daysLeft());
        // reallocation: 02.2023 200 → 600 (+400), 10.2025 1000 → 600 (−400), advance 0 → 0
        ReallocationResult.AccountReallocation re = DebtScenarios.section(r, "reallocation", ReallocationResult.class)
                .accounts().get(0);
        assertEquals(1, re.added().size());
        assertEquals(-40_000, re.added().get(0).amountMinor());
        assertEquals(List.of(feb23, oct25), re.report().changes().stream().map(c -> c.key()).toList());
        assertEquals(20_000, kopecks(re.report().changes().get(0).paidBefore()));
        assertEquals(60_000, kopecks(re.report().changes().get(0).paidAfter()));
        assertEquals(100_000, kopecks(re.report().changes().get(1).paidBefore()));
        assertEquals(-40_000, kopecks(re.report().changes().get(1).paidDelta()));
        assertEquals(0, kopecks(re.report().advanceAfter()));
        // restriction: debt 500 + 300 + 1100 + 1200 + 1300 = 4400 > 2 × 1500 since 11.12.2025 (3400 > 3000)
        ListsResult.AccountLists l = DebtScenarios.section(r, "lists", ListsResult.class).accounts().get(0);
        RestrictionEligibility e = l.restriction().get(0);
        assertEquals(440_000, kopecks(e.debt()));
        assertEquals(300_000, kopecks(e.threshold()));
        assertTrue(e.eligible());
        assertEquals(Optional.of(LocalDate.of(2025, 12, 11)), e.since());
        // collection: 300 + 1100 + 1200 + 1300 = 3900 ≥ 2000, soonest-expiring first
        CollectionCandidate c = l.collection();
        assertEquals(390_000, kopecks(c.claimable()));
        assertTrue(c.worthClaiming());
        assertEquals(List.of(LocalDate.of(2026, 3, 11), LocalDate.of(2028, 12, 11), LocalDate.of(2029, 1, 15),
                LocalDate.of(2029, 2, 12)), c.obligations().stream().map(LimitationState::lastDay).toList());
    }

    @Test
    void every_protocol_step_of_the_debts_scenarios_re_evaluates_to_its_result() {
        for (String name : List.of("debts-oldest-first.json", "debts-named-period.json", "debts-penalties.json",
                "debts-reallocation-lists.json")) {
            ScenarioResult r = DebtScenarios.bundled(name);
            assertEquals(List.of(), StepEvaluator.verifyAll(r.protocol()), name);
            assertFalse(r.protocol().steps().isEmpty(), name);
        }
    }

    @Test
    void the_protocol_totals_equal_the_returned_figures() {
        ScenarioResult r = DebtScenarios.bundled("debts-penalties.json");
        PenaltiesResult p = DebtScenarios.section(r, "penalties", PenaltiesResult.class);
        List<BigDecimal> totals = p.protocol().entries().stream()
                .flatMap(e -> new org.raschet.core.protocol.Protocol(List.of(e)).steps().stream())
                .filter(s -> s.formula().id().equals("penalty.total")).map(s -> s.result().value()).toList();
        assertEquals(List.of(new BigDecimal("100.67"), new BigDecimal("98.08")), totals);
        DebtsResult d = DebtScenarios.section(DebtScenarios.bundled("debts-named-period.json"), "debts",
                DebtsResult.class);
        var advance = new org.raschet.core.protocol.Protocol(List.of(d.protocol())).steps().stream()
                .filter(s -> s.formula().id().equals("payment.advance")).reduce((x, y) -> y).orElseThrow();
        assertEquals(0, advance.result().value().compareTo(new BigDecimal("500.00")));
    }
}
