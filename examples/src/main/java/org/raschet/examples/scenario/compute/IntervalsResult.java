package org.raschet.examples.scenario.compute;

import java.util.ArrayList;
import java.util.List;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.ProtocolEntry;
import org.raschet.core.protocol.ProtocolSection;
import org.raschet.examples.scenario.input.PolicyChoice;
import org.raschet.examples.scenario.input.PolicySetting;
import org.raschet.examples.scenario.input.ReadingEntry;
import org.raschet.examples.scenario.input.ReadingPrioritySetting;
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
 * @param notUsed   the readings not used because another of the same register and day was chosen
 */
public record IntervalsResult(List<Interval> intervals, List<SameDayReading> notUsed) implements SectionResult {
    /** Protocol and report title, in Russian. */
    public static final String TITLE_RU = "Объём потребления между показаниями";
    /** Protocol and report title, in English. */
    public static final String TITLE_EN = "Consumption between readings";

    /** Copies the intervals. */
    public IntervalsResult {
        intervals = List.copyOf(intervals);
        notUsed = List.copyOf(notUsed);
    }

    /** The rollover policy always; the reading priority policy when it chose between readings of one day. */
    @Override
    public List<PolicySetting<?>> policies() {
        return notUsed.isEmpty() ? List.of(PolicyChoice.ROLLOVER)
                : List.of(PolicyChoice.ROLLOVER, ReadingPrioritySetting.INSTANCE);
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
        StringBuilder out = new StringBuilder();
        if (intervals.isEmpty()) {
            out.append(language.pick("нет интервалов: ни у одного регистра нет двух показаний\n",
                    "no intervals: no register has two readings\n"));
        }
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
        if (!notUsed.isEmpty()) {
            out.append(language.pick("Не использованы (выбрано одно показание дня по приоритету источников):\n",
                    "Not used (one reading a day chosen by source priority):\n"));
            for (SameDayReading n : notUsed) {
                out.append("  ").append(Texts.sameDay(n, language)).append('\n');
            }
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
            o.set("earlier", reading(nodes, i.earlier()));
            o.set("later", reading(nodes, i.later()));
            o.put("firstDay", i.firstDay().toString());
            o.put("lastDay", i.lastDay().toString());
            o.put("days", i.days());
            o.put("ratio", i.meter().ratio());
            o.put("rollover", i.rollover());
            o.put("volume", i.volume().toString());
        }
        return out;
    }

    /** A reading as JSON, with the other readings of its register and day that were not used, if any. */
    private ObjectNode reading(JsonNodeFactory nodes, ReadingEntry e) {
        ObjectNode o = Texts.reading(nodes, e.reading(), e.path().text());
        ArrayNode others = nodes.arrayNode();
        for (SameDayReading n : notUsed) {
            if (n.by() == e) {
                ObjectNode x = Texts.reading(nodes, n.reading().reading(), n.reading().path().text());
                x.put("status", Names.of(n.status()));
                others.add(x);
            }
        }
        if (!others.isEmpty()) {
            o.set("notUsed", others);
        }
        return o;
    }
}
