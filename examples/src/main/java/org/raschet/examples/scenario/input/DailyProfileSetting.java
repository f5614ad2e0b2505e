package org.raschet.examples.scenario.input;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.raschet.core.consumption.DailyProfile;
import org.raschet.core.protocol.Note;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.json.ArrayShape;
import org.raschet.examples.scenario.json.JsonCursor;
import org.raschet.examples.scenario.json.MapShape;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.Rules;
import org.raschet.examples.scenario.json.ValueShape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code dailyProfile} policy (суточный профиль; LEGAL §2: "days weighted equally unless a profile is given"): the
 * weights by which the {@code consumption} section spreads the volume between two readings over its days, as a
 * {@link DailyProfile} — one weight per calendar month (January first, repeated every year) and weights of particular
 * dates that override their month's. Omitted, or with every month weighing 1 and no dates, it is
 * {@link DailyProfile#EQUAL} (named {@code equal}); otherwise it is named by its {@code id} ({@code scenario} by
 * default). Only measured intervals are weighted: a month billed by the average or the normative keeps equal days
 * (354 p.59: a full month gets the monthly figure exactly).
 */
public final class DailyProfileSetting implements PolicySetting<DailyProfile> {
    /** The one instance. */
    public static final DailyProfileSetting INSTANCE = new DailyProfileSetting();

    /** The largest weight a scenario may give. */
    public static final int MAX_WEIGHT = 1_000_000;

    /** The name of a profile the scenario gives without an {@code id}. */
    public static final String DEFAULT_ID = "scenario";

    /** The shape: an optional id, twelve month weights, and weights of particular dates. */
    public static final ObjectShape SHAPE = ObjectShape.of("daily profile",
            Property.optional("id", ValueShape.STRING),
            Property.optional("monthWeights", ArrayShape.of(ValueShape.INTEGER)),
            Property.optional("dayWeights", new MapShape(ValueShape.DATE, ValueShape.INTEGER)));

    private DailyProfileSetting() {
    }

    @Override
    public String key() {
        return "dailyProfile";
    }

    @Override
    public ObjectShape shape() {
        return SHAPE;
    }

    @Override
    public DailyProfile defaultValue() {
        return DailyProfile.EQUAL;
    }

    @Override
    public DailyProfile parse(JsonCursor value) {
        ObjectCursor o = value.object(SHAPE);
        List<Long> months = new ArrayList<>(Collections.nCopies(12, 1L));
        Optional<JsonCursor> given = o.find("monthWeights");
        if (given.isPresent()) {
            List<JsonCursor> elements = given.get().elements();
            if (elements.size() != 12) {
                throw given.get().fault(Rules.RANGE, elements.size() + " month weights: give twelve, January first");
            }
            for (int i = 0; i < 12; i++) {
                months.set(i, elements.get(i).integer(0, MAX_WEIGHT));
            }
        }
        Map<LocalDate, Long> days = new TreeMap<>();
        for (Map.Entry<LocalDate, JsonCursor> e : o.dateMap("dayWeights")) {
            days.put(e.getKey(), e.getValue().integer(0, MAX_WEIGHT));
        }
        Optional<String> id = o.findString("id");
        DailyProfile equal = DailyProfile.EQUAL;
        boolean equalWeights = months.equals(equal.monthWeights()) && days.isEmpty();
        if (equalWeights && id.map(equal.id()::equals).orElse(true)) {
            return equal;
        }
        if (id.isPresent() && id.get().equals(equal.id())) {
            throw new ScenarioException(o.pathOf("id"), Rules.RANGE, "the name '" + equal.id() + "' is kept for equal"
                    + " weights (every month 1, no dates); name this profile otherwise");
        }
        return new DailyProfile(id.orElse(DEFAULT_ID), months, days);
    }

    @Override
    public String name(DailyProfile value) {
        return value.id();
    }

    @Override
    public Note note(DailyProfile value) {
        if (value.equals(DailyProfile.EQUAL)) {
            return new Note("policy:daily-profile.equal", "политика: дни интервала между показаниями равноценны",
                    "policy: the days of an interval between readings weigh the same");
        }
        Note n = value.note();
        StringBuilder ru = new StringBuilder(n.ru());
        StringBuilder en = new StringBuilder(n.en());
        if (!value.dayWeights().isEmpty()) {
            List<String> days = new ArrayList<>();
            value.dayWeights().forEach((d, w) -> days.add(d + " " + w));
            ru.append(" (").append(String.join(", ", days)).append(')');
            en.append(" (").append(String.join(", ", days)).append(')');
        }
        ru.append("; средний и нормативный объём — поровну по дням месяца");
        en.append("; the average and the normative keep equal days");
        return new Note(n.id(), ru.toString(), en.toString());
    }

    @Override
    public Optional<JsonNode> details(DailyProfile value, JsonNodeFactory nodes) {
        ObjectNode o = nodes.objectNode();
        o.put("id", value.id());
        ArrayNode months = o.putArray("monthWeights");
        value.monthWeights().forEach(months::add);
        ObjectNode days = o.putObject("dayWeights");
        value.dayWeights().forEach((d, w) -> days.put(d.toString(), w));
        return Optional.of(o);
    }
}
