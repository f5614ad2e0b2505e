package org.raschet.examples.scenario.report;

import java.math.BigDecimal;
import org.raschet.core.meter.Reading;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.TextRenderer;
import org.raschet.core.quantity.Quantity;
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
