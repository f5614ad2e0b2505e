package org.raschet.allocation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.money.CurrencyUnit;
import org.raschet.core.ledger.ObligationKey;
import org.raschet.core.money.Amounts;

/** Locale-independent texts for protocol notes and section titles. */
public final class Texts {
    private static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.uuuu", Locale.ROOT);
    private static final DateTimeFormatter RU_MONTH = DateTimeFormatter.ofPattern("MM.uuuu", Locale.ROOT);

    private Texts() {
    }

    /** {@code 12.02.2024}. */
    public static String ru(LocalDate d) {
        return RU.format(d);
    }

    /** {@code 2024-02-12}. */
    public static String en(LocalDate d) {
        return d.toString();
    }

    /** {@code 01.2024}. */
    public static String ru(YearMonth m) {
        return RU_MONTH.format(m);
    }

    /** {@code 1000,00 ₽} (other currencies: their code). */
    public static String moneyRu(long minor, CurrencyUnit currency) {
        String plain = Amounts.plain(minor, currency.getDefaultFractionDigits()).replace('.', ',');
        return plain + " " + (currency.getCurrencyCode().equals("RUB") ? "₽" : currency.getCurrencyCode());
    }

    /** {@code 1000.00 RUB}. */
    public static String moneyEn(long minor, CurrencyUnit currency) {
        return Amounts.plain(minor, currency.getDefaultFractionDigits()) + " " + currency.getCurrencyCode();
    }

    /** {@code 9,5} for a percentage. */
    public static String percentRu(BigDecimal p) {
        return p.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** {@code 9.5} for a percentage. */
    public static String percentEn(BigDecimal p) {
        return p.stripTrailingZeros().toPlainString();
    }

    /** {@code 01.2024, электроснабжение}. */
    public static String obligationRu(ObligationKey k) {
        return ru(k.period()) + ", " + k.service().nameRu();
    }

    /** {@code 2024-01, electricity}. */
    public static String obligationEn(ObligationKey k) {
        return k.period() + ", " + k.service().nameEn();
    }
}
