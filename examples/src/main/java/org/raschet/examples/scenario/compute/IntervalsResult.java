package org.raschet.examples.scenario.compute;

import java.util.ArrayList;
import java.util.List;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.ProtocolEntry;
import org.raschet.core.protocol.ProtocolSection;
import org.raschet.examples.scenario.json.Names;
import org.raschet.examples.scenario.report.Texts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The results of the {@code intervals} section: one {@link Interval} per two consecutive readings of a register.
 *
 * @param intervals the intervals: meters in document order, registers in their order, readings by date
 */
public record IntervalsResult(List<Interval> intervals) implements SectionResult {
    /** Protocol and report title, in Russian. */
    public static final String TITLE_RU = "Объём потребления между показаниями";
    /** Protocol and report title, in English. */
    public static final String TITLE_EN = "Consumption between readings";

    /** Copies the intervals. */
    public IntervalsResult {
        intervals = List.copyOf(intervals);
    }

    @Override
    public String key() {
        return IntervalsSection.KEY;
    }

    @Override
    public ProtocolSection protocol() {
        List<ProtocolEntry> entries = new ArrayList<>();
        for (Interval i : intervals) {
            entries.add(new ProtocolSection(i.titleRu(), i.titleEn(), List.of(i.step())));
        }
        return new ProtocolSection(TITLE_RU, TITLE_EN, entries);
    }

    @Override
    public String text(Language language) {
        if (intervals.isEmpty()) {
            return language.pick("нет интервалов: ни у одного регистра нет двух показаний\n",
                    "no intervals: no register has two readings\n");
        }
        StringBuilder out = new StringBuilder();
        Interval previous = null;
        for (Interval i : intervals) {
            if (previous == null || !previous.meter().id().equals(i.meter().id())
                    || previous.register() != i.register()) {
                out.append(language.pick("Прибор учёта ", "Meter ")).append(i.meter().id())
                        .append(" (").append(language.pick("лицевой счёт ", "account ")).append(i.meter().account())
                        .append(", ").append(language.pick(i.meter().resource().nameRu(), i.meter().resource().nameEn()))
                        .append("), ").append(language.pick("регистр ", "register "))
                        .append(Texts.register(i.register(), language)).append(":\n");
            }
            out.append("  ").append(i.earlier().reading().date()).append(" → ").append(i.later().reading().date())
                    .append(", ").append(Texts.days(i.days(), language)).append(": V = ")
                    .append(Texts.quantity(i.volume(), language));
            if (i.rollover()) {
                out.append(language.pick(", переход через ноль", ", register rolled over"));
            }
            out.append('\n');
            previous = i;
        }
        return out.toString();
    }

    @Override
    public JsonNode json(JsonNodeFactory nodes) {
        ArrayNode out = nodes.arrayNode();
        for (Interval i : intervals) {
            ObjectNode o = out.addObject();
            o.put("meter", i.meter().id().value());
            o.put("account", i.meter().account().value());
            o.put("resource", Names.of(i.meter().resource()));
            o.put("register", Names.of(i.register()));
            o.set("earlier", Texts.reading(nodes, i.earlier().reading(), i.earlier().path().text()));
            o.set("later", Texts.reading(nodes, i.later().reading(), i.later().path().text()));
            o.put("firstDay", i.firstDay().toString());
            o.put("lastDay", i.lastDay().toString());
            o.put("days", i.days());
            o.put("ratio", i.meter().ratio());
            o.put("rollover", i.rollover());
            o.put("volume", i.volume().toString());
        }
        return out;
    }
}
