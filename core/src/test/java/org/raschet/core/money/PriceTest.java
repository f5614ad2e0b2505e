package org.raschet.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.raschet.core.error.Faults.assertFault;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.error.OverflowException;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Unit;

/**
 * Charge by a meter, P = V × T (354 p.42, App. 2, formula 1), rounded once per line half-up to kopecks (LEGAL §11).
 * Every expected figure is worked by hand in the comment beside it.
 */
class PriceTest {
    private static final RoundingRule RULE = RoundingRule.KOPECKS_HALF_UP;
    private static final Price T = Price.rub("5.67", Unit.KWH);

    private static Quantity kwh(String v) {
        return Quantity.of(v, Unit.KWH);
    }

    @Test
    void price_value_and_canonical_text() {
        assertEquals(56_700L, T.e4());
        assertEquals(Amounts.RUB, T.currency());
        assertEquals(Unit.KWH, T.per());
        assertEquals("5.6700 RUB/kWh", T.toString());
        assertEquals(new BigDecimal("5.6700"), T.toBigDecimal());
        assertEquals(T, Price.ofE4(56_700L, Amounts.RUB, Unit.KWH));
        assertEquals(T, Price.of(new BigDecimal("5.67000"), Amounts.RUB, Unit.KWH));
    }

    @Test
    void parse_reads_back_the_canonical_text() {
        assertEquals(T, Price.parse("5.6700 RUB/kWh"));
        assertEquals(Price.rub("48.1", Unit.M3), Price.parse(" 48.1 RUB/m3 "));
        Price p = Price.ofE4(Long.MIN_VALUE, Amounts.RUB, Unit.GCAL);
        assertEquals(p, Price.parse(p.toString()));
        assertFault(InvalidValueException.class, ErrorCode.VALUE_UNPARSEABLE, () -> Price.parse("5.67 RUB"),
                "price", "'5.67 RUB'", "price.text-form");
        assertFault(InvalidValueException.class, ErrorCode.VALUE_UNPARSEABLE, () -> Price.parse("5.67RUB/kWh"),
                "price.text-form");
        assertFault(InvalidValueException.class, ErrorCode.VALUE_UNKNOWN_UNIT, () -> Price.parse("5.67 RUB/kW"),
                "'kW'");
        assertFault(InvalidValueException.class, ErrorCode.VALUE_TOO_PRECISE, () -> Price.parse("5.67891 RUB/kWh"),
                "price", "5.67891 RUB/kWh", "price.scale-4");
        assertFault(OverflowException.class, ErrorCode.VALUE_OVERFLOW, () -> Price.rub("1E+20", Unit.KWH),
                "price");
    }

    @Test
    void charge_rounds_up_just_below_the_kopeck_boundary() {
        // 123.456789 kWh × 5.6700 ₽/kWh = 617.283945 + 82.71604863 = 699.99999363 ₽ → 700.00 ₽ (354 App. 2 f.1)
        assertEquals(70_000L, T.chargeMinor(kwh("123.456789"), RULE));
        assertEquals(Amounts.rub(70_000L), T.charge(kwh("123.456789"), RULE));
    }

    @Test
    void charge_rounds_an_exact_half_kopeck_away_from_zero() {
        // 1.5 kWh × 5.67 ₽/kWh = 8.505 ₽: half-up → 8.51 (half-even would give 8.50) — LEGAL §11
        assertEquals(851L, T.chargeMinor(kwh("1.5"), RULE));
        // 1.499999 × 5.67 = 8.50499433 ₽: below the half → 8.50
        assertEquals(850L, T.chargeMinor(kwh("1.499999"), RULE));
        // a correction of −1.5 kWh: −8.505 ₽ → −8.51, half away from zero as BigDecimal HALF_UP, so the
        // correction is exactly the negation of the line it reverses
        assertEquals(-851L, T.chargeMinor(kwh("-1.5"), RULE));
        assertEquals(-850L, T.chargeMinor(kwh("-1.499999"), RULE));
        // other modes, for contracts that name them: half-even keeps 8.50, floor/ceiling go to −∞/+∞
        assertEquals(850L, T.chargeMinor(kwh("1.5"), new RoundingRule(2, RoundingMode.HALF_EVEN, "contract")));
        assertEquals(-851L, T.chargeMinor(kwh("-1.499999"), new RoundingRule(2, RoundingMode.FLOOR, "contract")));
        assertEquals(-850L, T.chargeMinor(kwh("-1.5"), new RoundingRule(2, RoundingMode.CEILING, "contract")));
    }

    @Test
    void charge_of_zero_and_of_a_single_micro() {
        assertEquals(0L, T.chargeMinor(kwh("0"), RULE));
        // 0.000001 kWh × 5.67 = 0.00000567 ₽ → 0.00
        assertEquals(0L, T.chargeMinor(kwh("0.000001"), RULE));
        // 0.000882 kWh × 5.67 = 0.00500094 ₽ → 0.01 (just above half a kopeck)
        assertEquals(1L, T.chargeMinor(kwh("0.000882"), RULE));
        // 0.000881 × 5.67 = 0.00499527 → 0.00
        assertEquals(0L, T.chargeMinor(kwh("0.000881"), RULE));
    }

    @Test
    void a_line_above_nine_hundred_million_rubles_is_exact() {
        // 200 000 000.123457 kWh × 5.6789 ₽: micros × e4 = 200000000123457 × 56789 = 11357800007010999573 > 2^63−1,
        // the product no long holds. Exactly: 1 135 780 000 + 0.123457 × 5.6789 (= 0.7010999573) ₽
        // = 1 135 780 000.7010999573 ₽ → 1 135 780 000.70 ₽
        Price p = Price.rub("5.6789", Unit.KWH);
        assertEquals(113_578_000_070L, p.chargeMinor(kwh("200000000.123457"), RULE));
        assertEquals(-113_578_000_070L, p.chargeMinor(kwh("-200000000.123457"), RULE));
        // 999 999 999.999999 kWh × 9.9999 ₽ = 9 999 899 999.9999900001 ₽ → 9 999 900 000.00 ₽ (the carry crosses
        // every digit)
        Price q = Price.rub("9.9999", Unit.KWH);
        assertEquals(999_990_000_000L, q.chargeMinor(kwh("999999999.999999"), RULE));
        assertEquals(-999_990_000_000L, q.chargeMinor(kwh("-999999999.999999"), RULE));
    }

    @Test
    void the_largest_quantity_at_the_largest_four_digit_price_still_fits() {
        // 9 223 372 036 854.775807 kWh × 9999.9999 ₽ = 92 233 719 446 210 554.3845224193 ₽
        // → 9 223 371 944 621 055 438 kopecks, just below Long.MAX_VALUE = 9 223 372 036 854 775 807
        Price p = Price.rub("9999.9999", Unit.KWH);
        assertEquals(9_223_371_944_621_055_438L,
                p.chargeMinor(Quantity.ofMicros(Long.MAX_VALUE, Unit.KWH), RULE));
        // × 10000 ₽ it is 92 233 720 368 547 758.07 ₽ = Long.MAX_VALUE kopecks exactly: still fits
        assertEquals(Long.MAX_VALUE,
                Price.rub("10000", Unit.KWH).chargeMinor(Quantity.ofMicros(Long.MAX_VALUE, Unit.KWH), RULE));
        // × 10000.0001 ₽ it no longer fits: a typed overflow, never a wrapped amount
        assertFault(OverflowException.class, ErrorCode.VALUE_OVERFLOW,
                () -> Price.rub("10000.0001", Unit.KWH).chargeMinor(Quantity.ofMicros(Long.MAX_VALUE, Unit.KWH),
                        RULE), "charge 9223372036854.775807 kWh × 10000.0001 RUB/kWh");
        assertFault(OverflowException.class, ErrorCode.VALUE_OVERFLOW,
                () -> Price.rub("-10000.0001", Unit.KWH).chargeMinor(Quantity.ofMicros(Long.MAX_VALUE, Unit.KWH),
                        RULE));
    }

    @Test
    void charge_refuses_a_rule_that_is_not_kopecks_and_an_unnecessary_rounding() {
        assertFault(InvalidValueException.class, ErrorCode.VALUE_OUT_OF_RANGE,
                () -> T.chargeMinor(kwh("1"), new RoundingRule(0, RoundingMode.HALF_UP, "contract: whole rubles")),
                "rounding rule contract: whole rubles", "scale 0 is not the minor unit scale 2 of RUB",
                "rounding.minor-units");
        RoundingRule exactOnly = new RoundingRule(2, RoundingMode.UNNECESSARY, "test: exact");
        // 2 kWh × 5.67 = 11.34 exactly: no rounding needed
        assertEquals(1134L, T.chargeMinor(kwh("2"), exactOnly));
        assertFault(InvalidValueException.class, ErrorCode.VALUE_TOO_PRECISE, () -> T.chargeMinor(kwh("1.5"), exactOnly),
                "charge 1.500000 kWh × 5.6700 RUB/kWh", "rounding.unnecessary");
    }

    @Test
    void rounding_rule_is_validated() {
        assertEquals(2, RULE.scale());
        assertEquals(RoundingMode.HALF_UP, RULE.mode());
        assertEquals("policy: rounding.kopecks-half-up-per-line", RULE.source());
        assertFault(InvalidValueException.class, ErrorCode.VALUE_OUT_OF_RANGE,
                () -> new RoundingRule(11, RoundingMode.HALF_UP, "x"), "scale 11 is outside 0..10");
        assertFault(InvalidValueException.class, ErrorCode.VALUE_OUT_OF_RANGE,
                () -> new RoundingRule(-1, RoundingMode.HALF_UP, "x"), "scale -1");
        assertFault(InvalidValueException.class, ErrorCode.VALUE_OUT_OF_RANGE,
                () -> new RoundingRule(2, RoundingMode.HALF_UP, " "), "rounding.source-named");
        // the bounds themselves are valid
        assertEquals(0, new RoundingRule(0, RoundingMode.DOWN, "x").scale());
        assertEquals(10, new RoundingRule(10, RoundingMode.DOWN, "x").scale());
    }
}
