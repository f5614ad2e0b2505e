package org.raschet.allocation.odn;

import org.raschet.core.protocol.Input;
import org.raschet.core.quantity.Area;
import org.raschet.core.quantity.Quantity;
import org.threeten.extra.LocalDateRange;

/** Small helpers for protocol inputs and titles. */
final class Texts {
    private Texts() {
    }

    static Input input(String symbol, Quantity q) {
        return Input.of(symbol, q.micros(), Quantity.SCALE, q.unit().code());
    }

    static Input input(String symbol, Area a) {
        return Input.of(symbol, a.e4(), Area.SCALE, "m2");
    }

    static String plain(Quantity q) {
        return q.toBigDecimal().toPlainString();
    }

    /** A half-open span as inclusive dates, e.g. {@code 01.03.2026–31.03.2026}. */
    static String spanRu(LocalDateRange span) {
        return ru(span.getStart()) + "–" + ru(span.getEnd().minusDays(1));
    }

    /** A half-open span as inclusive dates, e.g. {@code 2026-03-01–2026-03-31}. */
    static String spanEn(LocalDateRange span) {
        return span.getStart() + "–" + span.getEnd().minusDays(1);
    }

    private static String ru(java.time.LocalDate d) {
        return String.format(java.util.Locale.ROOT, "%02d.%02d.%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
}
