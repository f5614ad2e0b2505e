package org.raschet.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.raschet.core.error.Faults.assertFaultOn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.raschet.core.account.AccountId;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.meter.Register;
import org.raschet.core.money.Amounts;
import org.raschet.core.money.Price;
import org.raschet.core.money.RoundingRule;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.quantity.Unit;
import org.raschet.core.time.Days;
import org.threeten.extra.LocalDateRange;

/** A charge line: one span at one price, its amount rounded once (354 App. 2 f.1; LEGAL §11). */
class ChargeLineTest {
    private static final YearMonth MARCH = YearMonth.of(2025, 3);
    private static final Price T = Price.rub("5.67", Unit.KWH);
    private static final Quantity V = Quantity.of("123.456789", Unit.KWH);

    private static ChargeLine line(YearMonth period, YearMonth issuedIn, LocalDateRange span, Quantity q,
                                   javax.money.MonetaryAmount amount) {
        return new ChargeLine(AccountId.of("42"), Resource.ELECTRICITY, period, issuedIn, Register.TOTAL,
                ChargeKind.CONSUMPTION, span, q, T, amount);
    }

    @Test
    void a_line_holds_its_rounded_amount() {
        // 123.456789 kWh × 5.67 ₽ = 699.99999363 ₽ → 700.00 ₽
        ChargeLine l = line(MARCH, MARCH, Days.of(MARCH), V, T.charge(V, RoundingRule.KOPECKS_HALF_UP));
        assertEquals(70_000L, l.amountMinor());
        assertEquals(Amounts.rub(70_000L), l.amount());
        assertEquals(ChargeKind.CONSUMPTION, l.kind());
        // a correction issued later for March, downwards
        ChargeLine c = new ChargeLine(AccountId.of("42"), Resource.ELECTRICITY, MARCH, YearMonth.of(2025, 5),
                Register.TOTAL, ChargeKind.CORRECTION, Days.of(MARCH), V.negated(), T,
                T.charge(V.negated(), RoundingRule.KOPECKS_HALF_UP));
        assertEquals(-70_000L, c.amountMinor());
        assertEquals("перерасчёт", ChargeKind.CORRECTION.nameRu());
        assertEquals("common-house needs", ChargeKind.COMMON_HOUSE.nameEn());
    }

    @Test
    void bad_lines() {
        LocalDateRange leaving = LocalDateRange.of(LocalDate.of(2025, 3, 20), LocalDate.of(2025, 4, 2));
        assertFaultOn(InvalidValueException.class, ErrorCode.VALUE_OUT_OF_RANGE, LocalDate.of(2025, 3, 20),
                () -> line(MARCH, MARCH, leaving, V, Amounts.rub(70_000L)), "account 42",
                "span 2025-03-20/2025-04-02 leaves the period 2025-03", "charge-line.span-within-period");
        LocalDateRange before = LocalDateRange.of(LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 2));
        assertFaultOn(InvalidValueException.class, ErrorCode.VALUE_OUT_OF_RANGE, LocalDate.of(2025, 2, 28),
                () -> line(MARCH, MARCH, before, V, Amounts.rub(70_000L)), "leaves the period");
        assertFaultOn(InvalidValueException.class, ErrorCode.VALUE_OUT_OF_RANGE, LocalDate.of(2025, 3, 1),
                () -> line(MARCH, YearMonth.of(2025, 2), Days.of(MARCH), V, Amounts.rub(70_000L)),
                "line for 2025-03 is issued in the earlier period 2025-02", "charge-line.issued-not-before-period");
        assertFaultOn(InvalidValueException.class, ErrorCode.VALUE_UNIT_MISMATCH, LocalDate.of(2025, 3, 1),
                () -> line(MARCH, MARCH, Days.of(MARCH), Quantity.of("1", Unit.M3), Amounts.rub(567L)),
                "quantity 1.000000 m3, price 5.6700 RUB/kWh and amount 5.67 RUB", "charge-line.consistent-units");
        assertFaultOn(InvalidValueException.class, ErrorCode.VALUE_UNIT_MISMATCH, LocalDate.of(2025, 3, 1),
                () -> line(MARCH, MARCH, Days.of(MARCH), V, Money.of(new BigDecimal("700.00"), "EUR")),
                "700.00 EUR");
        // an amount finer than kopecks was not rounded: refused
        org.raschet.core.error.Faults.assertFault(InvalidValueException.class, ErrorCode.VALUE_TOO_PRECISE,
                () -> line(MARCH, MARCH, Days.of(MARCH), V, Money.of(new BigDecimal("699.99999363"), "RUB")),
                "699.99999363 RUB");
    }
}
