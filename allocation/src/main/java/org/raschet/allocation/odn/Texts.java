package org.raschet.allocation.odn;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.raschet.core.protocol.Input;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.TextRenderer;
import org.raschet.core.quantity.Area;
import org.raschet.core.quantity.Quantity;
import org.threeten.extra.LocalDateRange;

/** Small helpers for protocol inputs, notes and titles; independent of the JVM locale. */
final class Texts {
    private static final String[] MONTHS_RU = {"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
        "сентябрь", "октябрь", "ноябрь", "декабрь"};
    private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private Texts() {
    }

    static Input input(String symbol, Quantity q) {
        return Input.of(symbol, q.micros(), Quantity.SCALE, q.unit().code());
    }

    static Input input(String symbol, Area a) {
        return Input.of(symbol, a.e4(), Area.SCALE, "m2");
    }

    /** A quantity with its unit as the protocol prints it, e.g. {@code 400,000000 кВт·ч}. */
    static String value(Quantity q, Language language) {
        return TextRenderer.value(q.toBigDecimal(), q.unit().code(), language);
    }

    /** A price with its unit as the protocol prints it, e.g. {@code 5,6700 ₽/кВт·ч}. */
    static String price(org.raschet.core.money.Price p, Language language) {
        return TextRenderer.value(p.toBigDecimal(), p.currency().getCurrencyCode() + "/" + p.per().code(), language);
    }

    /** A billing period, e.g. {@code март 2026} / {@code March 2026}. */
    static String period(YearMonth p, Language language) {
        String[] names = language == Language.RU ? MONTHS_RU : MONTHS_EN;
        return names[p.getMonthValue() - 1] + " " + p.getYear();
    }

    /** A half-open span as inclusive dates, e.g. {@code 01.03.2026–31.03.2026}. */
    static String spanRu(LocalDateRange span) {
        return ru(span.getStart()) + "–" + ru(span.getEnd().minusDays(1));
    }

    /** A half-open span as inclusive dates, e.g. {@code 2026-03-01–2026-03-31}. */
    static String spanEn(LocalDateRange span) {
        return span.getStart() + "–" + span.getEnd().minusDays(1);
    }

    private static String ru(LocalDate d) {
        return String.format(Locale.ROOT, "%02d.%02d.%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
}
