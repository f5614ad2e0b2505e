package org.raschet.allocation.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raschet.allocation.payment.Fixtures.d;
import static org.raschet.allocation.payment.Fixtures.el;
import static org.raschet.allocation.payment.Fixtures.electricity;
import static org.raschet.allocation.payment.Fixtures.ledger;
import static org.raschet.allocation.payment.Fixtures.pay;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raschet.core.money.Amounts;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.core.quantity.Resource;

/** Limitation (ГК РФ ст. 196, 200, 207; Пленум ВС РФ № 43 п. 24; LEGAL §8) and the restriction list (354 p.117). */
class LimitationAndListsTest {
    static final DebtPolicies F = DebtPolicies.FEDERAL;

    @Test
    void limitation_ends_three_years_after_the_day_after_the_due_date_legal_8_example() {
        // LEGAL §8: due 10.03.2023 (the February 2023 bill; a Friday) → runs out at the end of 11.03.2026 (Wednesday)
        Allocation a = PaymentAllocator.allocate(ledger(List.of(electricity(2023, 2, 100_000)), List.of()), F,
                ProtocolSink.NONE);
        LimitationState last = Limitation.states(a, d(2026, 3, 11), ProtocolSink.NONE).get(0);
        assertEquals(d(2023, 3, 10), last.dueDate());
        assertEquals(d(2023, 3, 11), last.startsOn());
        assertEquals(d(2026, 3, 11), last.lastDay());
        assertFalse(last.expired());
        assertEquals(0, last.daysLeft());
        LimitationState after = Limitation.states(a, d(2026, 3, 12), ProtocolSink.NONE).get(0);
        assertTrue(after.expired());
        assertEquals(Optional.of(d(2026, 3, 12)), after.expiredSince());
        // expired debts are marked, never removed
        assertEquals(Amounts.rub(100_000), after.outstanding());
        // the stricter court reading: the last day is 10.03.2026
        Allocation strict = PaymentAllocator.allocate(ledger(List.of(electricity(2023, 2, 100_000)), List.of()),
                F.withLimitation(LimitationPolicy.DAY_EARLIER), ProtocolSink.NONE);
        assertTrue(Limitation.states(strict, d(2026, 3, 11), ProtocolSink.NONE).get(0).expired());
    }

    @Test
    void a_last_day_on_a_weekend_moves_to_monday_gk_193() {
        // January 2021, due 10.02.2021 → 11.02.2024 is a Sunday → last day Monday 12.02.2024
        Allocation a = PaymentAllocator.allocate(ledger(List.of(electricity(2021, 1, 100_000)), List.of()), F,
                ProtocolSink.NONE);
        assertEquals(d(2024, 2, 12), Limitation.states(a, d(2024, 1, 1), ProtocolSink.NONE).get(0).lastDay());
    }

    @Test
    void the_warning_list_names_debts_whose_limitation_ends_within_n_days() {
        // Feb 2023 (last day 11.03.2026) and Mar 2023 (due 10.04.2023, last day 11.04.2026 Saturday → 13.04.2026)
        // and Apr 2023 paid in full. As of 01.03.2026 with N = 15: only February (10 days left).
        Allocation a = PaymentAllocator.allocate(ledger(List.of(electricity(2023, 2, 100_000),
                electricity(2023, 3, 90_000), electricity(2023, 4, 80_000)),
                List.of(pay("p1", d(2023, 5, 10), 80_000, java.time.YearMonth.of(2023, 4)))), F, ProtocolSink.NONE);
        List<LimitationState> w = Limitation.warnings(a, d(2026, 3, 1), 15);
        assertEquals(1, w.size());
        assertEquals(el(2023, 2), w.get(0).key());
        assertEquals(10, w.get(0).daysLeft());
        List<LimitationState> w60 = Limitation.warnings(a, d(2026, 3, 1), 60);
        assertEquals(List.of(el(2023, 2), el(2023, 3)), w60.stream().map(LimitationState::key).toList());
        assertEquals(d(2026, 4, 13), w60.get(1).lastDay());
        ProtocolRecorder rec = new ProtocolRecorder();
        Limitation.states(a, d(2026, 3, 12), rec);
        ProtocolStep first = rec.protocol().steps().get(0);
        assertEquals("limitation.term", first.formula().id());
        assertTrue(first.notes().get(0).ru().contains("истёк 12.03.2026"), first.notes().get(0).ru());
        assertEquals("policy:limitation.day-after-due-plus-3-years", first.notes().get(1).id());
    }

    @Test
    void the_collection_list_holds_overdue_debts_within_limitation_worth_claiming() {
        // As of 01.04.2026: Jan 2023 (last day 11.02.2026 → expired) not claimable; Feb 2023 expired on 12.03.2026;
        // Mar 2023 600.00 and Jan 2026 500.00 claimable = 1100.00; Mar 2026 (due 15.04.2026) not overdue.
        Allocation a = PaymentAllocator.allocate(ledger(List.of(electricity(2023, 1, 100_000),
                electricity(2023, 2, 100_000), electricity(2023, 3, 60_000), electricity(2026, 1, 50_000),
                electricity(2026, 3, 70_000)), List.of()), F, ProtocolSink.NONE);
        CollectionCandidate c = DebtLists.collection(a, d(2026, 4, 1), Amounts.rub(100_000));
        assertEquals(Amounts.rub(110_000), c.claimable());
        assertTrue(c.worthClaiming());
        assertEquals(List.of(el(2023, 3), el(2026, 1)), c.obligations().stream().map(LimitationState::key).toList());
        assertFalse(DebtLists.collection(a, d(2026, 4, 1), Amounts.rub(200_000)).worthClaiming());
    }

    @Test
    void restriction_when_the_debt_exceeds_two_months_of_normative_charges_354_p117() {
        // Normative charge 500.00 a month → threshold 1000.00. Jan, Feb, Mar 2024: 600.00 each, due 12.02, 11.03,
        // 10.04. Debt from 13.02: 600; from 12.03: 1200 > 1000. As of 20.04.2024: 1800, eligible since 12.03.2024.
        var lines = List.of(electricity(2024, 1, 60_000), electricity(2024, 2, 60_000), electricity(2024, 3, 60_000));
        Allocation a = PaymentAllocator.allocate(ledger(lines, List.of()), F, ProtocolSink.NONE);
        ProtocolRecorder rec = new ProtocolRecorder();
        RestrictionEligibility r = DebtLists.restriction(a, RestrictionInput.of(d(2024, 4, 20),
                Map.of(Resource.ELECTRICITY, Amounts.rub(50_000))), rec).get(0);
        assertTrue(r.eligible());
        assertEquals(Amounts.rub(180_000), r.debt());
        assertEquals(Amounts.rub(100_000), r.threshold());
        assertEquals(Optional.of(d(2024, 3, 12)), r.since());
        ProtocolStep step = rec.protocol().steps().get(0);
        assertEquals("restriction.excess", step.formula().id());
        assertEquals(0, step.result().value().compareTo(new java.math.BigDecimal("800.00")));
        // 300.00 paid on 20.03.2024 brings the debt to 900 (run broken); 11.04: 1500 → eligible since 11.04.2024
        Allocation b = PaymentAllocator.allocate(ledger(lines, List.of(pay("p1", d(2024, 3, 20), 30_000))), F,
                ProtocolSink.NONE);
        RestrictionEligibility rb = DebtLists.restriction(b, RestrictionInput.of(d(2024, 4, 20),
                Map.of(Resource.ELECTRICITY, Amounts.rub(50_000))), ProtocolSink.NONE).get(0);
        assertEquals(Amounts.rub(150_000), rb.debt());
        assertEquals(Optional.of(d(2024, 4, 11)), rb.since());
        // a kept repayment schedule: not eligible, the facts still reported
        RestrictionEligibility kept = DebtLists.restriction(a, new RestrictionInput(d(2024, 4, 20),
                Map.of(Resource.ELECTRICITY, Amounts.rub(50_000)), true, true), ProtocolSink.NONE).get(0);
        assertFalse(kept.eligible());
        assertEquals(Optional.of(d(2024, 3, 12)), kept.since());
        // debts past their limitation may be left out (host's choice): Jan 2021 800.00 expired on 13.02.2024
        Allocation old = PaymentAllocator.allocate(ledger(Fixtures.plus(lines, electricity(2021, 1, 80_000)),
                List.of()), F, ProtocolSink.NONE);
        Map<Resource, javax.money.MonetaryAmount> n = Map.of(Resource.ELECTRICITY, Amounts.rub(50_000));
        assertEquals(Amounts.rub(260_000), DebtLists.restriction(old, RestrictionInput.of(d(2024, 4, 20), n),
                ProtocolSink.NONE).get(0).debt());
        RestrictionEligibility withoutExpired = DebtLists.restriction(old, new RestrictionInput(d(2024, 4, 20), n,
                false, false), ProtocolSink.NONE).get(0);
        assertEquals(Amounts.rub(180_000), withoutExpired.debt());
        assertEquals(Optional.of(d(2024, 3, 12)), withoutExpired.since());
        // exactly two months is not "exceeds": 1000.00 of debt with a 500.00 normative
        Allocation c = PaymentAllocator.allocate(ledger(List.of(electricity(2024, 1, 100_000)), List.of()), F,
                ProtocolSink.NONE);
        assertFalse(DebtLists.restriction(c, RestrictionInput.of(d(2024, 4, 20),
                Map.of(Resource.ELECTRICITY, Amounts.rub(50_000))), ProtocolSink.NONE).get(0).eligible());
    }
}
