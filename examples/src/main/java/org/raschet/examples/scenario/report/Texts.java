package org.raschet.examples.scenario.report;

import java.math.BigDecimal;
import java.util.Optional;
import org.raschet.core.consumption.ReadingStatus;
import org.raschet.core.meter.Reading;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.TextRenderer;
import org.raschet.core.quantity.Quantity;
import org.raschet.examples.scenario.compute.SameDayReading;
import org.raschet.examples.scenario.json.Names;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * How the report writes values, in text (numbers and units exactly as the protocol prints them, by
 * {@link TextRenderer}) and in JSON (exact values as strings in the canonical text forms of Raschet's JSON support,
 * such as {@code "150.000000 kWh"}, {@code "5.6700 RUB/kWh"}, {@code "850.50 RUB"}; enum names as in the scenario
 * format). Nothing here depends on the JVM's locale or time zone.
 */
public final class Texts {
    private Texts() {
    }

    /** A quantity with its unit, e.g. {@code "150,000000 кВт·ч"} or {@code "150.000000 kWh"}. */
    public static String quantity(Quantity q, Language language) {
        return TextRenderer.value(q.toBigDecimal(), q.unit().code(), language);
    }

    /** A number of days, e.g. {@code "28 дн."} or {@code "28 days"}. */
    public static String days(long days, Language language) {
        return TextRenderer.value(BigDecimal.valueOf(days), "day", language);
    }

    /** A value with a unit code, as the protocol prints it. */
    public static String value(BigDecimal value, String unitCode, Language language) {
        return TextRenderer.value(value, unitCode, language);
    }

    /** A register with its code and name, e.g. {@code "T (сутки)"}. */
    public static String register(Register register, Language language) {
        return register.code() + " (" + language.pick(register.nameRu(), register.nameEn()) + ")";
    }

    /** A number without a unit, as the protocol prints it (decimal comma in Russian, a true minus sign). */
    public static String number(BigDecimal value, Language language) {
        return TextRenderer.number(value, language);
    }

    /**
     * A reading in one line: meter, register, date, value, source, the date it became known (when later) and its
     * document, e.g. {@code "77-0042, T, 2026-02-28: 1250,000000 кВт·ч (контрольное снятие; документ акт № 15)"}.
     */
    public static String reading(Reading r, Language language) {
        StringBuilder b = new StringBuilder().append(r.meter()).append(", ").append(r.register().code()).append(", ")
                .append(r.date()).append(": ").append(quantity(r.value(), language)).append(" (")
                .append(language.pick(r.source().nameRu(), r.source().nameEn()));
        if (!r.knownOn().equals(r.date())) {
            b.append(language.pick("; известно с ", "; known on ")).append(r.knownOn());
        }
        r.document().ifPresent(d -> b.append(language.pick("; документ ", "; document ")).append(d));
        return b.append(')').toString();
    }

    /** What became of a reading, e.g. {@code "принято"} or {@code "overruled …: 1250.000000 kWh (control) of …"}. */
    public static String status(ReadingStatus status, Optional<Reading> by, Language language) {
        StringBuilder b = new StringBuilder(language.pick(status.nameRu(), status.nameEn()));
        by.ifPresent(x -> b.append(": ").append(quantity(x.value(), language)).append(" (")
                .append(language.pick(x.source().nameRu(), x.source().nameEn())).append(')')
                .append(language.pick(" от ", " of ")).append(x.date()));
        return b.toString();
    }

    /** A reading of one day not used, and why. */
    public static String sameDay(SameDayReading n, Language language) {
        return reading(n.reading().reading(), language) + " — "
                + status(n.status(), Optional.of(n.by().reading()), language);
    }

    /** A reading as JSON: date, value, source, document if any, and the path it was given at. */
    public static ObjectNode reading(JsonNodeFactory nodes, Reading r, String path) {
        ObjectNode o = nodes.objectNode();
        o.put("date", r.date().toString());
        o.put("value", r.value().toString());
        o.put("source", Names.of(r.source()));
        if (!r.knownOn().equals(r.date())) {
            o.put("knownOn", r.knownOn().toString());
        }
        r.document().ifPresent(d -> o.put("document", d));
        o.put("input", path);
        return o;
    }
}
