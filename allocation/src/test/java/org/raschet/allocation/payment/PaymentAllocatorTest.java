package org.raschet.allocation.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raschet.allocation.payment.Fixtures.d;
import static org.raschet.allocation.payment.Fixtures.el;
import static org.raschet.allocation.payment.Fixtures.electricity;
import static org.raschet.allocation.payment.Fixtures.key;
import static org.raschet.allocation.payment.Fixtures.ledger;
import static org.raschet.allocation.payment.Fixtures.outstanding;
import static org.raschet.allocation.payment.Fixtures.paid;
import static org.raschet.allocation.payment.Fixtures.pay;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.raschet.core.account.AccountId;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidPaymentException;
import org.raschet.core.ledger.Payment;
import org.raschet.core.ledger.PaymentTarget;
import org.raschet.core.money.Amounts;
import org.raschet.core.protocol.Note;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.core.quantity.Resource;

/** Allocation of payments over obligations: ГК РФ ст. 319.1, Пленум ВС РФ № 22 п. 32 (LEGAL §7). */
class PaymentAllocatorTest {
    static final DebtPolicies F = DebtPolicies.FEDERAL;

    @Test
    void oldest_first_across_four_months_with_a_partial_payment_gk_319_1_p3() {
        // Jan..Apr 2024: 1000.00, 1200.00, 900.00, 1100.00; due 12.02 (10.02 Sat), 11.03 (10.03 Sun), 10.04, 10.05.
        // Unnamed 2500.00 on 20.05.2024, everything due: Jan 1000 + Feb 1200 + Mar 300 (partial); Apr untouched.
        Allocation a = PaymentAllocator.allocate(ledger(List.of(electricity(2024, 4, 110_000),
                electricity(2024, 1, 100_000), electricity(2024, 3, 90_000), electricity(2024, 2, 120_000)),
                List.of(pay("p1", d(2024, 5, 20), 250_000))), F, ProtocolSink.NONE);
        assertEquals(100_000, paid(a, el(2024, 1)));
        assertEquals(120_000, paid(a, el(2024, 2)));
        assertEquals(30_000, paid(a, el(2024, 3)));
        assertEquals(60_000, outstanding(a, el(2024, 3)));
        assertEquals(0, paid(a, el(2024, 4)));
        assertEquals(0, a.advanceMinor());
        assertEquals(d(2024, 2, 12), a.find(el(2024, 1)).orElseThrow().obligation().dueDate());
        assertEquals(d(2024, 3, 11), a.find(el(2024, 2)).orElseThrow().obligation().dueDate());
        assertTrue(a.applications().stream().allMatch(x -> x.basis() == ApplicationBasis.EARLIEST_DUE));
        assertEquals(List.of(el(2024, 1), el(2024, 2), el(2024, 3)),
                a.applications().stream().map(Application::key).toList());
        // balance on 20.05.2024: charged 4200.00, outstanding 4200 − 2500 = 1700.00, all of it overdue
        var b = a.balance(d(2024, 5, 20));
        assertEquals(Amounts.rub(420_000), b.charged());
        assertEquals(Amounts.rub(170_000), b.outstanding());
        assertEquals(Amounts.rub(170_000), b.overdue());
        // on 10.05.2024 (April's due date, before the payment): April is not yet overdue
        var early = a.balance(d(2024, 5, 10));
        assertEquals(Amounts.rub(420_000), early.outstanding());
        assertEquals(Amounts.rub(310_000), early.overdue());
    }

    @Test
    void equal_due_dates_share_in_proportion_to_their_amounts_gk_319_1_p3() {
        // Jan 2024 electricity 1000.00 and cold water 500.00, both due 12.02.2024; 1000.00 paid on 20.02.2024.
        // 1000 × 1000/1500 = 666.666… → 666.66 + the largest remainder's kopeck = 666.67; 1000 × 500/1500 = 333.33.
        Allocation a = PaymentAllocator.allocate(ledger(List.of(electricity(2024, 1, 100_000),
                Fixtures.charge(2024, 1, Resource.COLD_WATER, 50_000)),
                List.of(pay("p1", d(2024, 2, 20), 100_000))), F, ProtocolSink.NONE);
        assertEquals(66_667, paid(a, el(2024, 1)));
        assertEquals(33_333, paid(a, key(2024, 1, Resource.COLD_WATER)));
        assertTrue(a.applications().stream().allMatch(Application::proportional));
    }

    @Test
    void a_named_period_goes_first_and_the_excess_by_the_general_rule_gk_319_1_p1() {
        // Jan 1000.00, Feb 1200.00, Mar 900.00 (2024); 1500.00 on 15.04.2024 naming February:
        // February 1200.00 (named), the excess 300.00 to January, due first.
        Allocation a = PaymentAllocator.allocate(ledger(List.of(electricity(2024, 1, 100_000),
                electricity(2024, 2, 120_000), electricity(2024, 3, 90_000)),
                List.of(pay("p1", d(2024, 4, 15), 150_000, YearMonth.of(2024, 2)))), F, ProtocolSink.NONE);
        assertEquals(120_000, paid(a, el(2024, 2)));
        assertEquals(30_000, paid(a, el(2024, 1)));
        assertEquals(0, paid(a, el(2024, 3)));
        assertEquals(ApplicationBasis.NAMED, a.applications().get(0).basis());
        assertEquals(ApplicationBasis.EARLIEST_DUE, a.applications().get(1).basis());
        // the contract variant keeps the excess as an advance
        Allocation b = PaymentAllocator.allocate(ledger(List.of(electricity(2024, 1, 100_000),
                electricity(2024, 2, 120_000)), List.of(pay("p1", d(2024, 4, 15), 150_000, YearMonth.of(2024, 2)))),
                F.withAllocation(AllocationPolicy.NAMED_EXCESS_AS_ADVANCE), ProtocolSink.NONE);
        assertEquals(0, paid(b, el(2024, 1)));
        assertEquals(30_000, b.advanceMinor());
    }

    @Test
    void an_overpayment_becomes_an_advance_that_settles_the_next_obligation() {
        // Jan 2024 1000.00 (due 12.02.2024); 1500.00 paid on 05.02.2024: nothing due yet → the one due first,
        // 500.00 left as an advance.
        var jan = List.of(electricity(2024, 1, 100_000));
        var payments = List.of(pay("p1", d(2024, 2, 5), 150_000));
        Allocation a = PaymentAllocator.allocate(ledger(jan, payments), F, ProtocolSink.NONE);
        assertEquals(100_000, paid(a, el(2024, 1)));
        assertEquals(50_000, a.advanceMinor());
        assertEquals(ApplicationBasis.NOT_YET_DUE, a.applications().get(0).basis());
        // February is billed (1200.00): the advance settles 500.00 of it, dated 05.02.2024 (before its due date)
        Allocation b = PaymentAllocator.allocate(ledger(Fixtures.plus(jan, electricity(2024, 2, 120_000)), payments),
                F, ProtocolSink.NONE);
        assertEquals(50_000, paid(b, el(2024, 2)));
        assertEquals(0, b.advanceMinor());
        assertEquals(d(2024, 2, 5), b.applicationsTo(el(2024, 2), AppliedPart.PRINCIPAL).get(0).date());
    }

    @Test
    void a_correction_reallocates_and_reports_the_differences_per_obligation() {
        // Jan 1000.00, Feb 1200.00 (2024); 2000.00 on 20.03.2024: Jan 1000.00, Feb 1000.00.
        // A March correction of January by −300.00: Jan 700.00, Feb 1200.00, advance 100.00.
        var lines = List.of(electricity(2024, 1, 100_000), electricity(2024, 2, 120_000));
        var payments = List.of(pay("p1", d(2024, 3, 20), 200_000));
        Allocation before = PaymentAllocator.allocate(ledger(lines, payments), F, ProtocolSink.NONE);
        assertEquals(100_000, paid(before, el(2024, 1)));
        assertEquals(100_000, paid(before, el(2024, 2)));
        var corrected = Fixtures.plus(lines, Fixtures.correction(YearMonth.of(2024, 1), YearMonth.of(2024, 3),
                Resource.ELECTRICITY, -30_000));
        ProtocolRecorder rec = new ProtocolRecorder();
        ReallocationReport r = Reallocation.reallocate(before, ledger(corrected, payments), F, rec);
        assertEquals(70_000, paid(r.allocation(), el(2024, 1)));
        assertEquals(120_000, paid(r.allocation(), el(2024, 2)));
        assertEquals(10_000, r.allocation().advanceMinor());
        assertEquals(2, r.changes().size());
        assertEquals(Amounts.rub(-30_000), r.changes().get(0).paidDelta());
        assertEquals(Amounts.rub(20_000), r.changes().get(1).paidDelta());
        assertEquals(Amounts.rub(0), r.advanceBefore());
        assertEquals(Amounts.rub(10_000), r.advanceAfter());
        assertFalse(rec.protocol().steps().isEmpty());
    }

    @Test
    void an_expired_obligation_is_skipped_by_an_unnamed_payment_but_paid_when_named_plenum_22_p32_gk_206() {
        // Jan 2021 1000.00 due 10.02.2021: limitation 3 years from 11.02.2021, last day 11.02.2024 (Sunday)
        // → Monday 12.02.2024 (ГК РФ ст. 193). Feb 2021 800.00 due 10.03.2021: last day 11.03.2024.
        var lines = List.of(electricity(2021, 1, 100_000), electricity(2021, 2, 80_000));
        // unnamed 1000.00 on 12.02.2024, January's last day: it is still within limitation and gets paid
        Allocation onLastDay = PaymentAllocator.allocate(ledger(lines, List.of(pay("p1", d(2024, 2, 12), 100_000))),
                F, ProtocolSink.NONE);
        assertEquals(100_000, paid(onLastDay, el(2021, 1)));
        // unnamed 1000.00 on 13.02.2024: January expired → skipped; February 800.00; advance 200.00
        ProtocolRecorder rec = new ProtocolRecorder();
        Allocation a = PaymentAllocator.allocate(ledger(lines, List.of(pay("p1", d(2024, 2, 13), 100_000))), F, rec);
        assertEquals(0, paid(a, el(2021, 1)));
        assertEquals(80_000, paid(a, el(2021, 2)));
        assertEquals(20_000, a.advanceMinor());
        assertTrue(notes(rec).stream().anyMatch(n -> n.id().equals("payment.skipped-expired")
                && n.ru().contains("13.02.2024")));
        // the same payment naming January 2021 pays it (ГК РФ ст. 206 п. 2)
        Allocation named = PaymentAllocator.allocate(ledger(lines, List.of(pay("p1", d(2024, 2, 13), 100_000,
                YearMonth.of(2021, 1)))), F, ProtocolSink.NONE);
        assertEquals(100_000, paid(named, el(2021, 1)));
        assertEquals(0, paid(named, el(2021, 2)));
    }

    @Test
    void principal_before_penalties_within_an_obligation_legal_7() {
        // Jan 2024 1000.00 with 50.00 penalties billed, Feb 1200.00; 1100.00 unnamed on 20.05.2024:
        // all principal first by due date: Jan 1000.00, Feb 100.00; penalties untouched.
        var lines = List.of(electricity(2024, 1, 100_000), electricity(2024, 2, 120_000));
        AccountLedger l = ledger(lines, List.of(pay("p1", d(2024, 5, 20), 110_000)))
                .withPenalties(List.of(new BilledPenalty(el(2024, 1), Amounts.rub(5_000))));
        Allocation a = PaymentAllocator.allocate(l, F, ProtocolSink.NONE);
        assertEquals(100_000, paid(a, el(2024, 1)));
        assertEquals(10_000, paid(a, el(2024, 2)));
        assertEquals(5_000, a.find(el(2024, 1)).orElseThrow().penaltyOutstandingMinor());
        // 1050.00 naming January: principal 1000.00 then its penalties 50.00
        Allocation b = PaymentAllocator.allocate(l.withPayments(List.of(pay("p1", d(2024, 5, 20), 105_000,
                YearMonth.of(2024, 1)))), F, ProtocolSink.NONE);
        assertEquals(100_000, paid(b, el(2024, 1)));
        assertEquals(0, b.find(el(2024, 1)).orElseThrow().penaltyOutstandingMinor());
        assertEquals(0, paid(b, el(2024, 2)));
        // 2500.00 unnamed: all principal (2200.00), then penalties (50.00), advance 250.00
        Allocation c = PaymentAllocator.allocate(l.withPayments(List.of(pay("p1", d(2024, 5, 20), 250_000))), F,
                ProtocolSink.NONE);
        assertEquals(List.of(AppliedPart.PRINCIPAL, AppliedPart.PRINCIPAL, AppliedPart.PENALTY),
                c.applications().stream().map(Application::part).toList());
        assertEquals(25_000, c.advanceMinor());
    }

    @Test
    void a_payment_naming_a_period_without_charges_goes_by_the_general_rule_and_the_protocol_says_so() {
        ProtocolRecorder rec = new ProtocolRecorder();
        Allocation a = PaymentAllocator.allocate(ledger(List.of(electricity(2024, 1, 100_000)),
                List.of(pay("p1", d(2024, 3, 1), 40_000, YearMonth.of(2023, 6)))), F, rec);
        assertEquals(40_000, paid(a, el(2024, 1)));
        assertEquals(ApplicationBasis.EARLIEST_DUE, a.applications().get(0).basis());
        assertTrue(notes(rec).stream().anyMatch(n -> n.id().equals("payment.named-period-without-charges")
                && n.ru().contains("06.2023")));
    }

    @Test
    void bad_payments_are_typed_errors_naming_account_date_and_value() {
        var lines = List.of(electricity(2024, 1, 100_000));
        // another currency
        Payment usd = new Payment("p1", Fixtures.ACC, d(2024, 3, 1), Amounts.ofMinor(1000, javax.money.Monetary.getCurrency("USD")),
                org.raschet.core.ledger.PaymentChannel.BANK, java.util.Optional.empty(), List.of());
        InvalidPaymentException e1 = assertThrows(InvalidPaymentException.class,
                () -> PaymentAllocator.allocate(ledger(lines, List.of(usd)), F, ProtocolSink.NONE));
        assertEquals(ErrorCode.PAYMENT_CURRENCY, e1.code());
        assertTrue(e1.getMessage().startsWith("account 42 on 2024-03-01: "), e1.getMessage());
        assertEquals("10.00 USD", e1.value());
        // before the account was opened
        InvalidPaymentException e2 = assertThrows(InvalidPaymentException.class,
                () -> PaymentAllocator.allocate(ledger(lines, List.of(pay("p0", d(2014, 12, 31), 100))), F,
                        ProtocolSink.NONE));
        assertEquals(ErrorCode.PAYMENT_BEFORE_ACCOUNT_OPENED, e2.code());
        assertTrue(e2.getMessage().contains("account 42 on 2014-12-31"), e2.getMessage());
        assertTrue(e2.getMessage().contains("2015-01-01"), e2.getMessage());
        // another account, duplicate identifiers
        Payment other = Payment.of("p1", AccountId.of("43"), d(2024, 3, 1), Amounts.rub(100));
        assertEquals(ErrorCode.PAYMENT_INVALID, assertThrows(InvalidPaymentException.class,
                () -> PaymentAllocator.allocate(ledger(lines, List.of(other)), F, ProtocolSink.NONE)).code());
        assertEquals(ErrorCode.PAYMENT_INVALID, assertThrows(InvalidPaymentException.class,
                () -> PaymentAllocator.allocate(ledger(lines, List.of(pay("p1", d(2024, 3, 1), 100),
                        pay("p1", d(2024, 3, 2), 100))), F, ProtocolSink.NONE)).code());
    }

    @Test
    void the_protocol_shows_each_application_and_the_advance_with_the_policies() {
        ProtocolRecorder rec = new ProtocolRecorder();
        Allocation a = PaymentAllocator.allocate(ledger(List.of(electricity(2024, 1, 100_000),
                Fixtures.charge(2024, 1, Resource.COLD_WATER, 50_000)),
                List.of(pay("p1", d(2024, 2, 20), 200_000).withDocument("п/п 17")
                        .naming(PaymentTarget.of(YearMonth.of(2024, 1), Resource.COLD_WATER)))), F, rec);
        assertEquals(50_000, a.advanceMinor());
        List<ProtocolStep> steps = rec.protocol().steps();
        ProtocolStep last = steps.get(steps.size() - 1);
        assertEquals("payment.advance", last.formula().id());
        assertEquals(0, last.result().value().compareTo(new java.math.BigDecimal("500.00")));
        assertTrue(last.notes().stream().anyMatch(n -> n.id().equals("policy:payment.allocation.federal")));
        assertTrue(last.notes().stream().anyMatch(n -> n.id().equals("policy:due-date.federal")));
        assertTrue(steps.stream().anyMatch(s -> s.inputs().stream().anyMatch(i -> i.document().isPresent())));
    }

    static List<Note> notes(ProtocolRecorder rec) {
        return rec.protocol().steps().stream().flatMap(s -> s.notes().stream()).toList();
    }
}
