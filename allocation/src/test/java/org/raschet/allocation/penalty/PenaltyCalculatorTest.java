package org.raschet.allocation.penalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raschet.allocation.payment.Fixtures.d;
import static org.raschet.allocation.payment.Fixtures.electricity;
import static org.raschet.allocation.payment.Fixtures.ledger;
import static org.raschet.allocation.payment.Fixtures.pay;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raschet.allocation.payment.Allocation;
import org.raschet.allocation.payment.DebtPolicies;
import org.raschet.allocation.payment.PaymentAllocator;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.RateScheduleException;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.ledger.Payment;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.protocol.ProtocolStep;

/** Penalties by ЖК РФ ст. 155 ч. 14 (LEGAL §9), hand-computed. */
class PenaltyCalculatorTest {
    static final DebtPolicies F = DebtPolicies.FEDERAL;

    static ObligationPenalty penalty(List<ChargeLine> lines, List<Payment> payments, LocalDate calc,
                                     PenaltyRules rules, ProtocolSink sink) {
        Allocation a = PaymentAllocator.allocate(ledger(lines, payments), F, ProtocolSink.NONE);
        return PenaltyCalculator.calculate(a, calc, rules, sink).obligations().get(0);
    }

    @Test
    void across_days_30_and_90_with_a_partial_payment_and_the_9_5_percent_cap_zhk_155_p14_decree_474() {
        // January 2024, 10 000.00, due 12.02.2024 (10.02 a Saturday); day 1 = 13.02, day 31 = 14.03, day 91 = 13.05.
        // 4 000.00 paid on 01.04.2024 (day 49): key rate that day 16 % (from 18.12.2023), capped at 9.5 %:
        //   days 31–49 (14.03–01.04), d = 19: 4000 × 9.5/100 × 19/300 = 24.0666666667
        // the rest, 6 000.00, unpaid on 01.07.2024 (day 140): key rate 16 %, capped at 9.5 %:
        //   days 31–90 (14.03–12.05), d = 60: 6000 × 9.5/100 × 60/300 = 114.0000000000
        //   days 91–140 (13.05–01.07), d = 50: 6000 × 9.5/100 × 50/130 = 219.2307692308
        // S = 357.2974358975 → P = 357.30
        ProtocolRecorder rec = new ProtocolRecorder();
        ObligationPenalty p = penalty(List.of(electricity(2024, 1, 1_000_000)),
                List.of(pay("p1", d(2024, 4, 1), 400_000)), d(2024, 7, 1), PenaltyRules.FEDERAL, rec);
        assertEquals(35_730, p.amountMinor());
        assertEquals(new BigDecimal("357.2974358975"), p.exactSum());
        assertEquals(2, p.portions().size());
        PenaltyPortion paid = p.portions().get(0);
        assertEquals(Optional.of(d(2024, 4, 1)), paid.paidOn());
        assertEquals(49, paid.daysLate());
        assertEquals(new BigDecimal("16.00"), paid.keyRate().orElseThrow().percent());
        assertEquals(new BigDecimal("9.50"), paid.ratePercent());
        assertEquals(2, paid.ranges().size());
        assertEquals(RangeKind.GRACE, paid.ranges().get(0).kind());
        assertEquals(d(2024, 3, 13), paid.ranges().get(0).through());
        PenaltyRange r31 = paid.ranges().get(1);
        assertEquals(d(2024, 3, 14), r31.from());
        assertEquals(19, r31.days());
        assertEquals(300, r31.denominator());
        assertEquals(new BigDecimal("24.0666666667"), r31.amount());
        PenaltyPortion unpaid = p.portions().get(1);
        assertEquals(Optional.empty(), unpaid.paidOn());
        assertEquals(140, unpaid.daysLate());
        assertEquals(new BigDecimal("114.0000000000"), unpaid.ranges().get(1).amount());
        assertEquals(d(2024, 5, 13), unpaid.ranges().get(2).from());
        assertEquals(130, unpaid.ranges().get(2).denominator());
        assertEquals(new BigDecimal("219.2307692308"), unpaid.ranges().get(2).amount());
        // protocol: capped rate steps, range steps, and the total equal to the returned amount
        List<ProtocolStep> steps = rec.protocol().steps();
        assertTrue(steps.stream().anyMatch(s -> s.formula().id().equals("penalty.rate.capped")));
        ProtocolStep total = steps.get(steps.size() - 1);
        assertEquals("penalty.total", total.formula().id());
        assertEquals(0, total.result().value().compareTo(new BigDecimal("357.30")));
        assertEquals(0, total.inputs().get(0).value().compareTo(new BigDecimal("357.2974358975")));
    }

    @Test
    void the_plain_key_rate_before_the_cap_and_the_rate_of_the_payment_day() {
        // December 2018, 1 000.00, due 10.01.2019 (Thursday); paid in full on 15.04.2019 (day 95):
        // key rate 7.75 % (from 17.12.2018), no cap before 28.02.2022.
        //   days 31–90 (10.02–10.04.2019), d = 60: 1000 × 7.75/100 × 60/300 = 15.5
        //   days 91–95 (11.04–15.04.2019), d = 5: 1000 × 7.75/100 × 5/130 = 2.9807692308
        // S = 18.4807692308 → 18.48
        ObligationPenalty p = penalty(List.of(electricity(2018, 12, 100_000)),
                List.of(pay("p1", d(2019, 4, 15), 100_000)), d(2019, 12, 31), PenaltyRules.FEDERAL, ProtocolSink.NONE);
        assertEquals(1_848, p.amountMinor());
        assertEquals(new BigDecimal("7.75"), p.portions().get(0).ratePercent());
        assertEquals(RateRule.KEY_RATE, p.portions().get(0).rule().orElseThrow());
    }

    @Test
    void the_2020_moratorium_zeroes_its_days_while_the_counter_runs_decree_424() {
        // January 2020, 1 000.00, due 10.02.2020 (Monday); unpaid on 31.01.2021 (day 356); key rate 4.25 %.
        // Day 31 = 12.03.2020; the moratorium 06.04–31.12.2020 is days 56–325.
        //   days 31–55 (12.03–05.04.2020), d = 25: 1000 × 4.25/100 × 25/300 = 3.5416666667
        //   days 56–90 and 91–325: moratorium, 0
        //   days 326–356 (01.01–31.01.2021), d = 31, the counter kept running so 1/130:
        //     1000 × 4.25/100 × 31/130 = 10.1346153846
        // S = 13.6762820513 → 13.68
        ProtocolRecorder rec = new ProtocolRecorder();
        ObligationPenalty p = penalty(List.of(electricity(2020, 1, 100_000)), List.of(), d(2021, 1, 31),
                PenaltyRules.FEDERAL, rec);
        assertEquals(1_368, p.amountMinor());
        List<PenaltyRange> r = p.portions().get(0).ranges();
        assertEquals(List.of(RangeKind.GRACE, RangeKind.ACCRUING, RangeKind.MORATORIUM, RangeKind.MORATORIUM,
                RangeKind.ACCRUING), r.stream().map(PenaltyRange::kind).toList());
        assertEquals(55, r.get(1).lastDayLate());
        assertEquals(d(2020, 4, 6), r.get(2).from());
        assertEquals(325, r.get(3).lastDayLate());
        assertEquals(d(2020, 12, 31), r.get(3).through());
        assertEquals(326, r.get(4).firstDayLate());
        assertEquals(130, r.get(4).denominator());
        assertEquals(new BigDecimal("10.1346153846"), r.get(4).amount());
        assertTrue(rec.protocol().steps().stream().flatMap(s -> s.notes().stream())
                .anyMatch(n -> n.id().equals("penalty.moratorium") && n.ru().contains("№ 424")));
    }

    @Test
    void the_2022_moratorium_covers_only_obligations_that_arose_before_1_april_2022_decree_497() {
        // March 2022 (due 11.04.2022, 10.04 a Sunday): arose before 01.04.2022, every accruing day in the
        // moratorium → 0 on 30.09.2022.
        ObligationPenalty march = penalty(List.of(electricity(2022, 3, 100_000)), List.of(), d(2022, 9, 30),
                PenaltyRules.FEDERAL, ProtocolSink.NONE);
        assertEquals(0, march.amountMinor());
        // April 2022 (due 10.05.2022): not covered. On 30.09.2022 (day 143) key rate 7.5 % (< the 9.5 % cap):
        //   days 31–90, d = 60: 1000 × 7.5/100 × 60/300 = 15.00; days 91–143, d = 53: 1000 × 7.5/100 × 53/130
        //   = 30.5769230769; S = 45.5769230769 → 45.58
        ObligationPenalty april = penalty(List.of(electricity(2022, 4, 100_000)), List.of(), d(2022, 9, 30),
                PenaltyRules.FEDERAL, ProtocolSink.NONE);
        assertEquals(4_558, april.amountMinor());
    }

    @Test
    void paid_within_30_days_no_penalty_and_limitation_expiry_marks_the_penalty() {
        ObligationPenalty onTime = penalty(List.of(electricity(2024, 1, 100_000)),
                List.of(pay("p1", d(2024, 3, 13), 100_000)), d(2024, 12, 31), PenaltyRules.FEDERAL, ProtocolSink.NONE);
        // 13.03.2024 is day 30: nothing accrues
        assertEquals(0, onTime.amountMinor());
        assertFalse(onTime.limitationExpired());
        // a debt of January 2021 unpaid on 01.03.2024: limitation expired 13.02.2024 → penalty marked expired
        PenaltyRules constant = PenaltyRules.FEDERAL.withMoratoriums(List.of());
        ObligationPenalty old = penalty(List.of(electricity(2021, 1, 100_000)), List.of(), d(2024, 3, 1), constant,
                ProtocolSink.NONE);
        assertTrue(old.limitationExpired());
        assertTrue(old.amountMinor() > 0);
    }

    @Test
    void a_rate_schedule_with_a_gap_or_a_day_it_does_not_cover_is_a_typed_error() {
        RateScheduleException gap = assertThrows(RateScheduleException.class, () -> KeyRateSchedule.of(List.of(
                new KeyRate(d(2024, 1, 1), Optional.of(d(2024, 1, 31)), new BigDecimal("16.00"), Optional.empty()),
                KeyRate.of(d(2024, 2, 5), new BigDecimal("16.00")))));
        assertEquals(ErrorCode.RATE_SCHEDULE_GAP, gap.code());
        assertEquals(d(2024, 2, 1), gap.date().orElseThrow());
        assertTrue(gap.getMessage().contains("2024-02-01 to 2024-02-04"), gap.getMessage());
        assertThrows(RateScheduleException.class, () -> RateRuleSchedule.of(List.of(
                new RateRulePeriod(d(2024, 1, 1), Optional.of(d(2024, 1, 31)), RateRule.KEY_RATE),
                RateRulePeriod.from(d(2024, 3, 1), RateRule.KEY_RATE))));
        // the federal history ends on 21.12.2025: a later rate day must be supplied by the host
        RateScheduleException late = assertThrows(RateScheduleException.class,
                () -> penalty(List.of(electricity(2025, 10, 100_000)), List.of(), d(2026, 3, 1), PenaltyRules.FEDERAL,
                        ProtocolSink.NONE));
        assertEquals(d(2026, 3, 1), late.date().orElseThrow());
        // extending it continues the schedule (illustrative rate, not a real decision)
        PenaltyRules extended = PenaltyRules.FEDERAL.withKeyRates(KeyRateSchedule.FEDERAL_HISTORY.with(
                KeyRate.of(d(2025, 12, 22), new BigDecimal("16.00"))));
        assertEquals(new BigDecimal("9.50"), penalty(List.of(electricity(2025, 10, 100_000)), List.of(),
                d(2026, 3, 1), extended, ProtocolSink.NONE).portions().get(0).ratePercent());
    }

    @Test
    void the_federal_key_rate_history_spot_checks() {
        KeyRateSchedule k = KeyRateSchedule.FEDERAL_HISTORY;
        assertEquals(new BigDecimal("9.50"), k.on(d(2022, 2, 27)).percent());
        assertEquals(new BigDecimal("20.00"), k.on(d(2022, 2, 28)).percent());
        assertEquals(new BigDecimal("21.00"), k.on(d(2025, 6, 8)).percent());
        assertEquals(new BigDecimal("16.50"), k.on(d(2025, 12, 21)).percent());
        assertTrue(k.find(d(2025, 12, 22)).isEmpty());
        assertTrue(k.find(d(2015, 12, 31)).isEmpty());
        assertEquals(RateRule.KEY_RATE, RateRuleSchedule.FEDERAL.on(d(2022, 2, 27)));
        assertEquals(RateRule.DECREE_474_CAP, RateRuleSchedule.FEDERAL.on(d(2026, 12, 31)));
        assertEquals(RateRule.KEY_RATE, RateRuleSchedule.FEDERAL.on(d(2027, 1, 1)));
    }
}
