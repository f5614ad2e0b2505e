package org.raschet.examples.scenario.input;

import java.util.Optional;
import org.raschet.core.consumption.ForecastRules;
import org.raschet.core.protocol.Note;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.json.JsonCursor;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.Rules;
import org.raschet.examples.scenario.json.ValueShape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code forecast} policy (354 p.59, p.60; LEGAL §3): how many months are averaged, for how many billing periods
 * each case may be billed by the average, and whether the normative after the limit carries the increasing
 * coefficient, as a {@link ForecastRules}. Each number omitted keeps its federal value ({@link ForecastRules#FEDERAL}).
 * Named {@code federal} or {@code federal.no-readings-3} when the numbers are those of a Raschet constant,
 * {@code scenario} otherwise.
 */
public final class ForecastSetting implements PolicySetting<ForecastRules> {
    /** The one instance. */
    public static final ForecastSetting INSTANCE = new ForecastSetting();

    /** The most months or periods a scenario may give. */
    public static final int MAX_MONTHS = 120;

    /** The shape: every number and flag of {@link ForecastRules}, each optional. */
    public static final ObjectShape SHAPE = ObjectShape.of("forecast policy",
            Property.optional("averageMonths", ValueShape.INTEGER),
            Property.optional("minimumMonths", ValueShape.INTEGER),
            Property.optional("limitOutOfOrder", ValueShape.INTEGER),
            Property.optional("limitNoReadings", ValueShape.INTEGER),
            Property.optional("limitNoAccess", ValueShape.INTEGER),
            Property.optional("coefficientOutOfOrder", ValueShape.BOOLEAN),
            Property.optional("coefficientNoReadings", ValueShape.BOOLEAN),
            Property.optional("coefficientNoAccess", ValueShape.BOOLEAN),
            Property.optional("supplierReplacementUnlimited", ValueShape.BOOLEAN));

    private ForecastSetting() {
    }

    @Override
    public String key() {
        return "forecast";
    }

    @Override
    public ObjectShape shape() {
        return SHAPE;
    }

    @Override
    public ForecastRules defaultValue() {
        return ForecastRules.FEDERAL;
    }

    @Override
    public ForecastRules parse(JsonCursor value) {
        ObjectCursor o = value.object(SHAPE);
        ForecastRules f = ForecastRules.FEDERAL;
        int average = (int) o.integer("averageMonths", 1, MAX_MONTHS, f.averageMonths());
        int minimum = (int) o.integer("minimumMonths", 1, MAX_MONTHS, Math.min(f.minimumMonths(), average));
        if (minimum > average) {
            throw new ScenarioException(o.pathOf("minimumMonths"), Rules.RANGE, "minimumMonths " + minimum
                    + " is above averageMonths " + average + " (1 ≤ minimumMonths ≤ averageMonths)");
        }
        ForecastRules rules = new ForecastRules("scenario", average, minimum,
                (int) o.integer("limitOutOfOrder", 0, MAX_MONTHS, f.limitOutOfOrder()),
                (int) o.integer("limitNoReadings", 0, MAX_MONTHS, f.limitNoReadings()),
                (int) o.integer("limitNoAccess", 0, MAX_MONTHS, f.limitNoAccess()),
                o.bool("coefficientOutOfOrder", f.coefficientOutOfOrder()),
                o.bool("coefficientNoReadings", f.coefficientNoReadings()),
                o.bool("coefficientNoAccess", f.coefficientNoAccess()),
                o.bool("supplierReplacementUnlimited", f.supplierReplacementUnlimited()),
                f.limitOutOfOrderNonResidential(), f.repeatedRefusals());
        for (ForecastRules known : new ForecastRules[] {ForecastRules.FEDERAL, ForecastRules.NO_READINGS_3}) {
            if (withId(rules, known.id()).equals(known)) {
                return known;
            }
        }
        return rules;
    }

    private static ForecastRules withId(ForecastRules r, String id) {
        return new ForecastRules(id, r.averageMonths(), r.minimumMonths(), r.limitOutOfOrder(), r.limitNoReadings(),
                r.limitNoAccess(), r.coefficientOutOfOrder(), r.coefficientNoReadings(), r.coefficientNoAccess(),
                r.supplierReplacementUnlimited(), r.limitOutOfOrderNonResidential(), r.repeatedRefusals());
    }

    @Override
    public String name(ForecastRules value) {
        return value.id();
    }

    @Override
    public Note note(ForecastRules value) {
        Note n = value.note();
        String ru = "; повышающий коэффициент после предела: п. 59(а) " + yes(value.coefficientOutOfOrder(), true)
                + ", (б) " + yes(value.coefficientNoReadings(), true) + ", (в) " + yes(value.coefficientNoAccess(), true);
        String en = "; increasing coefficient after the limit: p. 59(a) " + yes(value.coefficientOutOfOrder(), false)
                + ", (b) " + yes(value.coefficientNoReadings(), false) + ", (c) "
                + yes(value.coefficientNoAccess(), false);
        return new Note(n.id(), n.ru() + ru, n.en() + en);
    }

    private static String yes(boolean b, boolean ru) {
        return ru ? (b ? "да" : "нет") : (b ? "yes" : "no");
    }

    @Override
    public Optional<JsonNode> details(ForecastRules value, JsonNodeFactory nodes) {
        ObjectNode o = nodes.objectNode();
        o.put("averageMonths", value.averageMonths());
        o.put("minimumMonths", value.minimumMonths());
        o.put("limitOutOfOrder", value.limitOutOfOrder());
        o.put("limitNoReadings", value.limitNoReadings());
        o.put("limitNoAccess", value.limitNoAccess());
        o.put("coefficientOutOfOrder", value.coefficientOutOfOrder());
        o.put("coefficientNoReadings", value.coefficientNoReadings());
        o.put("coefficientNoAccess", value.coefficientNoAccess());
        o.put("supplierReplacementUnlimited", value.supplierReplacementUnlimited());
        return Optional.of(o);
    }
}
