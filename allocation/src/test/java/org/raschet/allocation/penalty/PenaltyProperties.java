package org.raschet.allocation.penalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.raschet.allocation.payment.AccountLedger;
import org.raschet.allocation.payment.Allocation;
import org.raschet.allocation.payment.DebtPolicies;
import org.raschet.allocation.payment.Fixtures;
import org.raschet.allocation.payment.PaymentAllocator;
import org.raschet.core.ledger.ChargeKind;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.ledger.Obligation;
import org.raschet.core.ledger.Obligations;
import org.raschet.core.ledger.Payment;
import org.raschet.core.ledger.PaymentTarget;
import org.raschet.core.money.Amounts;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.core.protocol.StepEvaluator;
import org.raschet.core.quantity.Resource;

/** Invariants of penalties (ЖК РФ ст. 155 ч. 14; LEGAL §9). */
class PenaltyProperties {
    static final DebtPolicies F = DebtPolicies.FEDERAL;
    static final YearMonth FIRST = YearMonth.of(2019, 1);
    /** A constant 10 % key rate with the plain rule: only days late can change the penalty. */
    static final PenaltyRules CONSTANT = new PenaltyRules(
            KeyRateSchedule.of(List.of(KeyRate.of(LocalDate.of(2016, 1, 1), new BigDecimal("10.00")))),
            RateRuleSchedule.of(List.of(RateRulePeriod.from(LocalDate.of(2016, 1, 1), RateRule.KEY_RATE))),
            Moratorium.FEDERAL);

    @Property(tries = 200)
    void penalties_are_zero_when_every_payment_is_on_time(@ForAll("lines") List<ChargeLine> lines,
                                                         @ForAll @IntRange(min = 0, max = 40) int early,
                                                         @ForAll @IntRange(min = 0, max = 900) int after) {
        List<Obligation> obligations = Obligations.group(Fixtures.ACC, Amounts.RUB, lines, F.dueDates(), F.calendar());
        List<Payment> payments = new ArrayList<>();
        LocalDate lastDue = obligations.get(0).dueDate();
        for (Obligation o : obligations) {
            // each obligation paid in full, naming it, on or before its due date
            LocalDate day = o.dueDate().minusDays(early);
            payments.add(Payment.of("p" + payments.size(), Fixtures.ACC, day, o.amount())
                    .naming(PaymentTarget.of(o.key().period(), o.key().service())));
            lastDue = o.dueDate().isAfter(lastDue) ? o.dueDate() : lastDue;
        }
        Allocation a = PaymentAllocator.allocate(AccountLedger.of(Fixtures.ACC, Fixtures.OPENED, lines, payments), F,
                ProtocolSink.NONE);
        LocalDate calc = lastDue.plusDays(after);
        PenaltyReport r = PenaltyCalculator.calculate(a, calc, PenaltyRules.FEDERAL, ProtocolSink.NONE);
        assertEquals(0, Amounts.toMinor(r.total()));
    }

    @Property(tries = 300)
    void penalties_are_monotone_in_days_late(@ForAll @LongRange(min = 1, max = 50_000_000) long kopecks,
                                             @ForAll @IntRange(min = 0, max = 120) int month,
                                             @ForAll @IntRange(min = 0, max = 1_500) int late,
                                             @ForAll @IntRange(min = 1, max = 400) int more) {
        long fewer = penalty(kopecks, month, late);
        long later = penalty(kopecks, month, late + more);
        assertTrue(fewer <= later, fewer + " > " + later);
    }

    @Property(tries = 100)
    void protocol_steps_re_evaluate_and_totals_equal_the_returned_amounts(
            @ForAll("lines") List<ChargeLine> lines, @ForAll("payments") List<Payment> payments,
            @ForAll @IntRange(min = 0, max = 700) int calcOffset) {
        Allocation a = PaymentAllocator.allocate(AccountLedger.of(Fixtures.ACC, Fixtures.OPENED, lines, payments), F,
                ProtocolSink.NONE);
        ProtocolRecorder rec = new ProtocolRecorder();
        PenaltyReport r = PenaltyCalculator.calculate(a, LocalDate.of(2023, 1, 1).plusDays(calcOffset),
                PenaltyRules.FEDERAL, rec);
        assertEquals(List.of(), StepEvaluator.verifyAll(rec.protocol()));
        BigDecimal totals = rec.protocol().steps().stream().filter(s -> s.formula().id().equals("penalty.total"))
                .map(ProtocolStep::result).map(i -> i.value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, totals.compareTo(new BigDecimal(Amounts.toMinor(r.total())).movePointLeft(2)));
        for (ObligationPenalty op : r.obligations()) {
            BigDecimal ranges = op.portions().stream().flatMap(p -> p.ranges().stream()).map(PenaltyRange::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, ranges.compareTo(op.exactSum()));
        }
    }

    static long penalty(long kopecks, int month, int late) {
        YearMonth period = FIRST.plusMonths(month);
        List<ChargeLine> lines = List.of(Fixtures.line(period, period, Resource.ELECTRICITY, ChargeKind.CONSUMPTION,
                kopecks));
        LocalDate due = Obligations.group(Fixtures.ACC, Amounts.RUB, lines, F.dueDates(), F.calendar()).get(0)
                .dueDate();
        Payment p = Payment.of("p1", Fixtures.ACC, due.plusDays(late), Amounts.rub(kopecks));
        Allocation a = PaymentAllocator.allocate(AccountLedger.of(Fixtures.ACC, Fixtures.OPENED, lines, List.of(p)), F,
                ProtocolSink.NONE);
        return Amounts.toMinor(PenaltyCalculator.calculate(a, due.plusDays(2_000), CONSTANT, ProtocolSink.NONE)
                .total());
    }

    @Provide
    Arbitrary<List<ChargeLine>> lines() {
        return Combinators.combine(Arbitraries.integers().between(0, 40),
                        Arbitraries.of(Resource.ELECTRICITY, Resource.COLD_WATER),
                        Arbitraries.longs().between(1, 500_000))
                .as((m, s, k) -> Fixtures.line(FIRST.plusMonths(m), FIRST.plusMonths(m), s, ChargeKind.CONSUMPTION, k))
                .list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<Payment>> payments() {
        return Combinators.combine(Arbitraries.integers().between(0, 1_400), Arbitraries.longs().between(0, 700_000))
                .as((day, k) -> new long[] {day, k}).list().ofMaxSize(6).map(list -> {
                    List<Payment> out = new ArrayList<>();
                    for (long[] x : list) {
                        out.add(Payment.of("p" + out.size(), Fixtures.ACC, LocalDate.of(2019, 1, 1).plusDays(x[0]),
                                Amounts.rub(x[1])));
                    }
                    return out;
                });
    }
}
