package org.raschet.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.raschet.core.account.AccountId;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidLedgerException;
import org.raschet.core.error.InvalidPaymentException;
import org.raschet.core.meter.Register;
import org.raschet.core.money.Amounts;
import org.raschet.core.money.Price;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.time.Days;
import org.raschet.core.time.WorkingCalendar;
import org.junit.jupiter.api.Test;

class ObligationsTest {
    static final AccountId ACC = AccountId.of("42");

    static ChargeLine line(YearMonth period, YearMonth issuedIn, Resource service, ChargeKind kind, long kopecks) {
        // 1 unit × (kopecks / 100) RUB per unit: the amount is exactly the kopecks given
        return new ChargeLine(ACC, service, period, issuedIn, Register.TOTAL, kind, Days.of(period),
                Quantity.ofMicros(1_000_000, service.unit()), Price.of(BigDecimal.valueOf(kopecks, 2), Amounts.RUB,
                service.unit()), Amounts.rub(kopecks));
    }

    static LocalDate due(DueDatePolicy p, WorkingCalendar c, YearMonth period) {
        return Obligations.group(ACC, Amounts.RUB, List.of(line(period, period, Resource.ELECTRICITY,
                ChargeKind.CONSUMPTION, 100)), p, c).get(0).dueDate();
    }

    @Test
    void due_date_switches_from_the_10th_to_the_15th_in_march_2026_zhk_155_p1_legal_1() {
        WorkingCalendar w = WorkingCalendar.WEEKENDS_ONLY;
        // LEGAL §1: the 10th for periods up to February 2026 (10.02.2026 and 10.03.2026 are Tuesdays)
        assertEquals(LocalDate.of(2026, 2, 10), due(DueDatePolicy.FEDERAL, w, YearMonth.of(2026, 1)));
        assertEquals(LocalDate.of(2026, 3, 10), due(DueDatePolicy.FEDERAL, w, YearMonth.of(2026, 2)));
        // the 15th from March 2026 (15.04.2026 is a Wednesday)
        assertEquals(LocalDate.of(2026, 4, 15), due(DueDatePolicy.FEDERAL, w, YearMonth.of(2026, 3)));
        // the disputed February 2026 bill under the new rule: 15.03.2026 is a Sunday → Monday 16.03.2026
        assertEquals(LocalDate.of(2026, 3, 16), due(DueDatePolicy.FEB_2026_ON_15TH, w, YearMonth.of(2026, 2)));
    }

    @Test
    void a_due_date_on_a_weekend_moves_to_the_next_working_day_gk_193() {
        WorkingCalendar w = WorkingCalendar.WEEKENDS_ONLY;
        // 10.02.2024 is a Saturday → 12.02.2024
        Obligation o = Obligations.group(ACC, Amounts.RUB, List.of(line(YearMonth.of(2024, 1), YearMonth.of(2024, 1),
                Resource.ELECTRICITY, ChargeKind.CONSUMPTION, 100)), DueDatePolicy.FEDERAL, w).get(0);
        assertEquals(LocalDate.of(2024, 2, 10), o.nominalDueDate());
        assertEquals(LocalDate.of(2024, 2, 12), o.dueDate());
        assertTrue(o.dueDateMoved());
        // 15.08.2026 is a Saturday → 17.08.2026
        assertEquals(LocalDate.of(2026, 8, 17), due(DueDatePolicy.FEDERAL, w, YearMonth.of(2026, 7)));
        // a holiday from the calendar input: 10.05.2021 was a day off → 11.05.2021
        WorkingCalendar y2021 = WorkingCalendar.of(List.of(LocalDate.of(2021, 5, 10)), List.of());
        assertEquals(LocalDate.of(2021, 5, 10), due(DueDatePolicy.FEDERAL, w, YearMonth.of(2021, 4)));
        assertEquals(LocalDate.of(2021, 5, 11), due(DueDatePolicy.FEDERAL, y2021, YearMonth.of(2021, 4)));
        // a contract's day: the 25th
        assertEquals(LocalDate.of(2024, 2, 26), due(DueDatePolicy.dayOfNextMonth(25), w, YearMonth.of(2024, 1)));
    }

    @Test
    void corrections_count_in_the_period_they_correct() {
        YearMonth jan = YearMonth.of(2024, 1);
        YearMonth mar = YearMonth.of(2024, 3);
        List<Obligation> os = Obligations.group(ACC, Amounts.RUB, List.of(
                line(jan, jan, Resource.ELECTRICITY, ChargeKind.CONSUMPTION, 100_000),
                line(jan, mar, Resource.ELECTRICITY, ChargeKind.CORRECTION, -30_000),
                line(jan, jan, Resource.COLD_WATER, ChargeKind.CONSUMPTION, 50_000),
                line(mar, mar, Resource.ELECTRICITY, ChargeKind.CONSUMPTION, 90_000)),
                DueDatePolicy.FEDERAL, WorkingCalendar.WEEKENDS_ONLY);
        assertEquals(3, os.size());
        assertEquals(ObligationKey.of(ACC, jan, Resource.ELECTRICITY), os.get(0).key());
        assertEquals(70_000, os.get(0).amountMinor());
        assertEquals(2, os.get(0).lines().size());
        assertEquals(50_000, os.get(1).amountMinor());
        assertEquals(90_000, os.get(2).amountMinor());
    }

    @Test
    void a_period_adding_up_to_a_negative_amount_is_rejected() {
        YearMonth jan = YearMonth.of(2024, 1);
        InvalidLedgerException e = assertThrows(InvalidLedgerException.class, () -> Obligations.group(ACC,
                Amounts.RUB, List.of(line(jan, jan, Resource.ELECTRICITY, ChargeKind.CORRECTION, -100)),
                DueDatePolicy.FEDERAL, WorkingCalendar.WEEKENDS_ONLY));
        assertEquals(ErrorCode.LEDGER_INVALID, e.code());
        assertTrue(e.getMessage().contains("account 42"), e.getMessage());
        assertTrue(e.getMessage().contains("-1.00 RUB"), e.getMessage());
    }

    @Test
    void a_negative_payment_is_rejected_naming_account_date_and_value() {
        InvalidPaymentException e = assertThrows(InvalidPaymentException.class, () -> Payment.of("p1", ACC,
                LocalDate.of(2024, 3, 1), Amounts.rub(-50_000)));
        assertEquals(ErrorCode.PAYMENT_NEGATIVE, e.code());
        assertEquals("42", e.account());
        assertEquals(LocalDate.of(2024, 3, 1), e.date().orElseThrow());
        assertTrue(e.getMessage().contains("account 42 on 2024-03-01"), e.getMessage());
        assertTrue(e.getMessage().contains("-500.00 RUB"), e.getMessage());
    }
}
