package org.raschet.allocation.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.ledger.ObligationKey;
import org.raschet.core.ledger.Payment;
import org.raschet.core.ledger.PaymentTarget;
import org.raschet.core.money.Amounts;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.protocol.StepEvaluator;
import org.raschet.core.quantity.Resource;

/** Invariants of payment allocation (ГК РФ ст. 319.1; LEGAL §7) on random ledgers. */
class AllocationProperties {
    static final DebtPolicies F = DebtPolicies.FEDERAL;
    static final YearMonth FIRST = YearMonth.of(2021, 1);
    static final LocalDate DAY0 = LocalDate.of(2021, 1, 1);

    @Property(tries = 300)
    void conservation_applied_plus_advance_equals_payments(@ForAll("ledgers") AccountLedger l) {
        Allocation a = PaymentAllocator.allocate(l, F, ProtocolSink.NONE);
        assertEquals(a.paymentsMinor(), a.appliedMinor() + a.advanceMinor());
        assertTrue(a.advanceMinor() >= 0);
        var b = a.balance(LocalDate.of(2030, 1, 1));
        assertEquals(Amounts.toMinor(b.paid()), Amounts.toMinor(b.charged()) - Amounts.toMinor(b.outstanding())
                + Amounts.toMinor(b.penaltiesPaid()) + Amounts.toMinor(b.advance()));
    }

    @Property(tries = 300)
    void no_obligation_is_repaid_beyond_its_amount(@ForAll("ledgers") AccountLedger l) {
        Allocation a = PaymentAllocator.allocate(l, F, ProtocolSink.NONE);
        for (ObligationPosition p : a.positions()) {
            assertTrue(p.paidMinor() >= 0 && p.outstandingMinor() >= 0, p.toString());
            assertTrue(p.penaltyOutstandingMinor() >= 0, p.toString());
        }
        for (Application x : a.applications()) {
            assertTrue(x.amountMinor() > 0, x.toString());
        }
    }

    @Property(tries = 300)
    void unnamed_money_never_repays_a_later_due_obligation_while_an_earlier_unexpired_one_is_open(
            @ForAll("ledgers") AccountLedger l) {
        Allocation a = PaymentAllocator.allocate(l, F, ProtocolSink.NONE);
        Map<ObligationKey, Long> paid = new HashMap<>();
        for (Application x : a.applications()) {
            if (x.part() == AppliedPart.PRINCIPAL) {
                paid.merge(x.key(), x.amountMinor(), Long::sum);
            }
            if (x.basis() == ApplicationBasis.NAMED) {
                continue;
            }
            ObligationPosition target = a.find(x.key()).orElseThrow();
            for (ObligationPosition y : a.positions()) {
                boolean earlier = y.obligation().dueDate().isBefore(target.obligation().dueDate());
                LocalDate last = F.limitation().lastDay(y.obligation().dueDate(), F.calendar());
                boolean unexpired = !x.date().isAfter(last);
                if (earlier && unexpired) {
                    assertEquals(y.obligation().amountMinor(), (long) paid.getOrDefault(y.key(), 0L),
                            "unnamed " + x + " went to " + x.key() + " while " + y.key() + " was open");
                }
            }
        }
    }

    @Property(tries = 200)
    void reallocation_after_a_change_equals_allocation_from_scratch(@ForAll("ledgers") AccountLedger l,
                                                                      @ForAll("corrections") List<long[]> corr,
                                                                      @ForAll long seed) {
        Allocation before = PaymentAllocator.allocate(l, F, ProtocolSink.NONE);
        List<ChargeLine> changed = new ArrayList<>(l.charges());
        Map<String, Long> left = new HashMap<>();
        for (ChargeLine c : l.charges()) {
            left.merge(c.period() + "/" + c.service(), c.amountMinor(), Long::sum);
        }
        for (long[] c : corr) {
            ChargeLine target = l.charges().get((int) (c[0] % l.charges().size()));
            // downwards at most what the period still has, so no period goes negative
            String k = target.period() + "/" + target.service();
            long delta = c[1] >= 0 ? c[1] : -Math.min(-c[1], left.get(k));
            left.merge(k, delta, Long::sum);
            changed.add(Fixtures.correction(target.period(), target.period().plusMonths(2), target.service(), delta));
        }
        AccountLedger now = l.withCharges(changed);
        ReallocationReport r = Reallocation.reallocate(before, now, F, ProtocolSink.NONE);
        List<ChargeLine> shuffledLines = new ArrayList<>(changed);
        List<Payment> shuffledPayments = new ArrayList<>(l.payments());
        Collections.shuffle(shuffledLines, new Random(seed));
        Collections.shuffle(shuffledPayments, new Random(seed + 1));
        Allocation scratch = PaymentAllocator.allocate(now.withCharges(shuffledLines).withPayments(shuffledPayments),
                F, ProtocolSink.NONE);
        assertEquals(signature(scratch), signature(r.allocation()));
        for (ObligationPosition p : r.allocation().positions()) {
            long prev = before.find(p.key()).map(ObligationPosition::paidMinor).orElse(0L);
            long delta = r.changes().stream().filter(c -> c.key().equals(p.key()))
                    .mapToLong(c -> Amounts.toMinor(c.paidDelta())).sum();
            assertEquals(p.paidMinor(), prev + delta);
        }
    }

    @Property(tries = 100)
    void every_protocol_step_re_evaluates_from_its_inputs(@ForAll("ledgers") AccountLedger l) {
        ProtocolRecorder rec = new ProtocolRecorder();
        Allocation a = PaymentAllocator.allocate(l, F, rec);
        Reallocation.reallocate(a, l.withCharges(Fixtures.plus(l.charges(), Fixtures.correction(
                l.charges().get(0).period(), YearMonth.of(2025, 1), l.charges().get(0).service(), 12_345))), F, rec);
        Limitation.states(a, LocalDate.of(2025, 6, 1), rec);
        DebtLists.restriction(a, RestrictionInput.of(LocalDate.of(2024, 6, 1),
                Map.of(Resource.ELECTRICITY, Amounts.rub(50_000))), rec);
        assertEquals(List.of(), StepEvaluator.verifyAll(rec.protocol()));
    }

    static String signature(Allocation a) {
        StringBuilder b = new StringBuilder();
        for (ObligationPosition p : a.positions()) {
            b.append(p.key()).append(':').append(p.obligation().amountMinor()).append('/').append(p.paidMinor())
                    .append(p.obligation().dueDate()).append(';');
        }
        for (Application x : a.applications()) {
            b.append(x.paymentId()).append(x.key()).append(x.part()).append(x.amountMinor()).append(x.basis())
                    .append(';');
        }
        return b.append(a.advanceMinor()).toString();
    }

    @Provide
    Arbitrary<AccountLedger> ledgers() {
        Arbitrary<ChargeLine> line = Combinators.combine(Arbitraries.integers().between(0, 35),
                        Arbitraries.of(Resource.ELECTRICITY, Resource.COLD_WATER),
                        Arbitraries.longs().between(0, 500_000))
                .as((m, s, k) -> Fixtures.line(FIRST.plusMonths(m), FIRST.plusMonths(m), s,
                        org.raschet.core.ledger.ChargeKind.CONSUMPTION, k));
        Arbitrary<Payment> payment = Combinators.combine(Arbitraries.integers().between(0, 1_900),
                        Arbitraries.longs().between(0, 700_000), Arbitraries.integers().between(-40, 40),
                        Arbitraries.of(Resource.ELECTRICITY, Resource.COLD_WATER), Arbitraries.integers().between(0, 2))
                .as((day, k, named, s, mode) -> {
                    Payment p = Payment.of("p", Fixtures.ACC, DAY0.plusDays(day), Amounts.rub(k));
                    if (named < 0) {
                        return p;
                    }
                    YearMonth period = FIRST.plusMonths(named);
                    return mode == 0 ? p.naming(PaymentTarget.period(period)) : p.naming(PaymentTarget.of(period, s));
                });
        return Combinators.combine(line.list().ofMinSize(1).ofMaxSize(8), payment.list().ofMaxSize(6))
                .as((lines, payments) -> {
                    List<Payment> ids = new ArrayList<>();
                    for (int i = 0; i < payments.size(); i++) {
                        Payment p = payments.get(i);
                        ids.add(new Payment("p" + i, p.account(), p.date(), p.amount(), p.channel(), p.document(),
                                p.targets()));
                    }
                    return AccountLedger.of(Fixtures.ACC, Fixtures.OPENED, lines, ids);
                });
    }

    @Provide
    Arbitrary<List<long[]>> corrections() {
        return Combinators.combine(Arbitraries.longs().between(0, 1_000), Arbitraries.longs().between(-300_000, 300_000))
                .as((i, d) -> new long[] {i, d}).list().ofMinSize(1).ofMaxSize(3);
    }
}
