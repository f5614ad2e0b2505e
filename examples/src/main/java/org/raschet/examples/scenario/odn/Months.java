package org.raschet.examples.scenario.odn;

import java.time.YearMonth;
import java.util.Optional;
import org.raschet.core.protocol.Language;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ValueShape;

/**
 * Billing periods (calendar months, 354 p.37) in a scenario: written {@code "YYYY-MM"}, e.g. {@code "2026-01"}
 * ({@link ValueShape#MONTH}, {@code $defs/month} in the schema), and their names in reports.
 */
public final class Months {
    /** The shape of a month: {@code YYYY-MM}. */
    public static final ValueShape SHAPE = ValueShape.MONTH;

    private static final String[] RU = {"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
        "сентябрь", "октябрь", "ноябрь", "декабрь"};
    private static final String[] EN = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    private Months() {
    }

    /** Month property {@code name} of {@code o}, which must be present. */
    static YearMonth get(ObjectCursor o, String name) {
        return o.month(name);
    }

    /** Month property {@code name} of {@code o}, if present. */
    static Optional<YearMonth> find(ObjectCursor o, String name) {
        return o.findMonth(name);
    }

    /**
     * A month as the report names it, e.g. {@code "январь 2026"} or {@code "January 2026"}.
     *
     * @param month    the month
     * @param language the language
     * @return its name and year
     */
    public static String name(YearMonth month, Language language) {
        return (language == Language.RU ? RU : EN)[month.getMonthValue() - 1] + " " + month.getYear();
    }
}
