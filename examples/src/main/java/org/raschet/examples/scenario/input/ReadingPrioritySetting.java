package org.raschet.examples.scenario.input;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.raschet.core.consumption.ReadingPriorityPolicy.SourceRanks;
import org.raschet.core.meter.ReadingSource;
import org.raschet.core.protocol.Note;
import org.raschet.examples.scenario.json.JsonCursor;
import org.raschet.examples.scenario.json.Names;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.ValueShape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code readingPriority} policy (приоритет источников показаний; LEGAL §4, 354 p.61, p.82–85): a rank per
 * reading source, higher outranking lower. Each source omitted keeps its federal rank
 * ({@link SourceRanks#FEDERAL}: control 3, remote 2, the consumer's 1, estimated 0). Named {@code federal} when
 * the ranks are the federal ones, {@code scenario} otherwise.
 */
public final class ReadingPrioritySetting implements PolicySetting<SourceRanks> {
    /** The one instance. */
    public static final ReadingPrioritySetting INSTANCE = new ReadingPrioritySetting();

    /** The highest rank a scenario may give. */
    public static final int MAX_RANK = 100;

    /** The shape: one optional integer rank per reading source, by the source's name. */
    public static final ObjectShape SHAPE = new ObjectShape("reading priority",
            Names.all(ReadingSource.class).stream().map(n -> Property.optional(n, ValueShape.INTEGER)).toList());

    private ReadingPrioritySetting() {
    }

    @Override
    public String key() {
        return "readingPriority";
    }

    @Override
    public ObjectShape shape() {
        return SHAPE;
    }

    @Override
    public SourceRanks defaultValue() {
        return SourceRanks.FEDERAL;
    }

    @Override
    public SourceRanks parse(JsonCursor value) {
        ObjectCursor o = value.object(SHAPE);
        Map<ReadingSource, Integer> ranks = new EnumMap<>(ReadingSource.class);
        for (ReadingSource s : ReadingSource.values()) {
            ranks.put(s, (int) o.integer(Names.of(s), 0, MAX_RANK, SourceRanks.FEDERAL.rank(s)));
        }
        SourceRanks federal = new SourceRanks("federal", ranks);
        return federal.equals(SourceRanks.FEDERAL) ? SourceRanks.FEDERAL : new SourceRanks("scenario", ranks);
    }

    @Override
    public String name(SourceRanks value) {
        return value.id();
    }

    @Override
    public Note note(SourceRanks value) {
        Note n = value.note();
        if (value.equals(SourceRanks.FEDERAL)) {
            return n;
        }
        List<String> ranks = new ArrayList<>();
        for (ReadingSource s : ReadingSource.values()) {
            ranks.add(Names.of(s) + " " + value.rank(s));
        }
        String list = String.join(", ", ranks);
        return new Note(n.id(), "политика: приоритет показаний по рангам источников (больше — выше): " + list,
                "policy: reading priority by source rank (higher outranks lower): " + list);
    }

    @Override
    public Optional<JsonNode> details(SourceRanks value, JsonNodeFactory nodes) {
        ObjectNode o = nodes.objectNode();
        for (ReadingSource s : ReadingSource.values()) {
            o.put(Names.of(s), value.rank(s));
        }
        return Optional.of(o);
    }
}
