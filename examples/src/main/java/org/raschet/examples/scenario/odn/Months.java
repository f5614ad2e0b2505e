package org.raschet.examples.scenario.odn;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;
import org.raschet.core.protocol.Language;
import org.raschet.examples.scenario.json.JsonCursor;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.Rules;
import org.raschet.examples.scenario.json.ValueShape;

/**
 * Billing periods (calendar months, 354 p.37) in a scenario: written {@code "YYYY-MM"}, e.g. {@code "2026-01"}.
 * Declared as text in the parser's shapes ({@link #SHAPE}) and as {@code $defs/month} (a pattern) in the schema.
 */
public final class Months {
    /** The shape of a month: text of the form {@code YYYY-MM}, checked when read. */
    public static final ValueShape SHAPE = ValueShape.STRING;

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final String[] RU = {"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
        "сентябрь", "октябрь", "ноябрь", "декабрь"};
    private static final String[] EN = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    private Months() {
    }

    /**
     * The value at {@code at} as a month {@code YYYY-MM}.
     *
     * @param at the value
     * @return the month
     * @throws org.raschet.examples.scenario.ScenarioException ({@code scenario.type}) if it is not such a string
     */
    public static YearMonth parse(JsonCursor at) {
        if (!at.node().isString() || !MONTH.matcher(at.node().stringValue()).matches()) {
            throw at.fault(Rules.TYPE, "expected a month YYYY-MM, found "
                    + (at.node().isString() ? "\"" + at.node().stringValue() + "\"" : at.node().getNodeType()
                    .name().toLowerCase(java.util.Locale.ROOT)));
        }
        try {
            return YearMonth.parse(at.node().stringValue());
        } catch (DateTimeException e) {
            throw at.fault(Rules.TYPE, "\"" + at.node().stringValue() + "\" is not a calendar month");
        }
    }

    /** Month property {@code name} of {@code o}, which must be present. */
    static YearMonth get(ObjectCursor o, String name) {
        return parse(o.get(name));
    }

    /** Month property {@code name} of {@code o}, if present. */
    static Optional<YearMonth> find(ObjectCursor o, String name) {
        return o.find(name).map(Months::parse);
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
