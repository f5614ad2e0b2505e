package org.raschet.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.raschet.core.error.Faults.assertFault;

import java.math.BigDecimal;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.error.OverflowException;

/** Money at the API as Moneta amounts, kopecks inside (DESIGN "Numeric model"); never rounded on the way in. */
class AmountsTest {

    @Test
    void kopecks_to_rubles_and_back() {
        assertEquals(Money.of(new BigDecimal("699.98"), "RUB"), Amounts.rub(69_998L));
        assertEquals(69_998L, Amounts.toMinor(Amounts.rub(69_998L)));
        assertEquals(-1L, Amounts.toMinor(Money.of(new BigDecimal("-0.01"), "RUB")));
        assertEquals(150L, Amounts.toMinor(Money.of(new BigDecimal("1.5"), "RUB")));
        assertEquals(Amounts.rub(69_998L), Amounts.rub("699.98"));
        // a currency without minor units keeps whole units
        assertEquals(Money.of(new BigDecimal("1500"), "JPY"), Amounts.ofMinor(1500, Monetary.getCurrency("JPY")));
    }

    @Test
    void canonical_text_keeps_every_decimal_and_parse_reads_it_back() {
        // Moneta prints "RUB 1.5"; the canonical text keeps kopecks
        assertEquals("1.50 RUB", Amounts.format(Amounts.rub(150L)));
        assertEquals("-0.05 RUB", Amounts.format(Amounts.rub(-5L)));
        assertEquals("0.00 RUB", Amounts.format(Amounts.rub(0L)));
        assertEquals("699.98", Amounts.plain(69_998L, 2));
        assertEquals(Amounts.rub(150L), Amounts.parse("1.50 RUB"));
        assertEquals(Amounts.rub(150L), Amounts.parse(" 1.5 RUB "));
        assertEquals(Amounts.rub(Long.MAX_VALUE), Amounts.parse(Amounts.format(Amounts.rub(Long.MAX_VALUE))));
        assertEquals(Amounts.rub(Long.MIN_VALUE), Amounts.parse(Amounts.format(Amounts.rub(Long.MIN_VALUE))));
    }

    @Test
    void bad_amounts() {
        assertFault(InvalidValueException.class, ErrorCode.VALUE_TOO_PRECISE,
                () -> Amounts.toMinor(Money.of(new BigDecimal("0.005"), "RUB")), "amount", "0.005 RUB",
                "amount.minor-units");
        assertFault(OverflowException.class, ErrorCode.VALUE_OVERFLOW,
                () -> Amounts.rub("92233720368547758.08"), "amount", "92233720368547758.08 RUB");
        assertFault(InvalidValueException.class, ErrorCode.VALUE_UNPARSEABLE, () -> Amounts.rub("1 234.50"),
                "amount", "'1 234.50'", "amount.decimal");
        assertFault(InvalidValueException.class, ErrorCode.VALUE_UNPARSEABLE, () -> Amounts.parse("12.50"),
                "amount", "'12.50'", "amount.text-form");
        assertFault(InvalidValueException.class, ErrorCode.VALUE_UNKNOWN_UNIT, () -> Amounts.parse("12.50 руб"),
                "currency", "'руб'", "currency.known");
    }
}
