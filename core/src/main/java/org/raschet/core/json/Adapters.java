package org.raschet.core.json;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.raschet.core.time.Timeline;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/** Thin Jackson adapters around {@link Codec}: the JSON form lives in one place, Jackson only carries it. */
final class Adapters {
    private Adapters() {
    }

    /** Writes a value as an object with {@code writer}. */
    static final class ObjectSerializer<T> extends ValueSerializer<T> {
        private final Class<T> type;
        private final BiConsumer<T, JsonGenerator> writer;

        ObjectSerializer(Class<T> type, BiConsumer<T, JsonGenerator> writer) {
            this.type = type;
            this.writer = writer;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
            writer.accept(value, g);
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }

    /** Writes a value as one canonical string. */
    static final class StringSerializer<T> extends ValueSerializer<T> {
        private final Class<T> type;
        private final Function<T, String> format;

        StringSerializer(Class<T> type, Function<T, String> format) {
            this.type = type;
            this.format = format;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
            g.writeString(format.apply(value));
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }

    /** Reads a value from its JSON tree with {@code reader}. */
    static final class TreeDeserializer<T> extends ValueDeserializer<T> {
        private final Class<T> type;
        private final Function<JsonNode, T> reader;

        TreeDeserializer(Class<T> type, Function<JsonNode, T> reader) {
            this.type = type;
            this.reader = reader;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            return reader.apply(ctxt.readTree(p));
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }

    /** Reads a value from one canonical string. */
    static final class StringDeserializer<T> extends ValueDeserializer<T> {
        private final Class<T> type;
        private final String entity;
        private final Function<String, T> parse;

        StringDeserializer(Class<T> type, String entity, Function<String, T> parse) {
            this.type = type;
            this.entity = entity;
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonNode n = ctxt.readTree(p);
            if (!n.isString()) {
                throw Codec.unparseable(entity, "a string is expected, found " + n);
            }
            return parse.apply(n.stringValue());
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }

    /** A timeline as an object {@code {"2026-01-01": value, …}} in date order; values by the mapper. */
    @SuppressWarnings("rawtypes")
    static final class TimelineSerializer extends ValueSerializer<Timeline> {
        @Override
        public void serialize(Timeline value, JsonGenerator g, SerializationContext ctxt) {
            g.writeStartObject();
            for (Object o : value.entries().entrySet()) {
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                g.writeName(e.getKey().toString());
                ctxt.writeValue(g, e.getValue());
            }
            g.writeEndObject();
        }

        @Override
        public Class<?> handledType() {
            return Timeline.class;
        }
    }

    /** Reads a timeline; the value type comes from the declared {@code Timeline<T>} where there is one. */
    @SuppressWarnings("rawtypes")
    static final class TimelineDeserializer extends ValueDeserializer<Timeline> {
        private final JavaType valueType;

        TimelineDeserializer(JavaType valueType) {
            this.valueType = valueType;
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            JavaType declared = property != null ? property.getType() : ctxt.getContextualType();
            if (declared != null && declared.containedTypeCount() == 1) {
                return new TimelineDeserializer(declared.containedType(0));
            }
            return this;
        }

        @Override
        public Timeline deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonNode n = ctxt.readTree(p);
            if (!n.isObject()) {
                throw Codec.unparseable("timeline", "an object date → value is expected, found " + n);
            }
            Map<LocalDate, Object> entries = new TreeMap<>();
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                if (e.getValue().isNull()) {
                    throw Codec.unparseable("timeline", "the value of " + e.getKey() + " is null");
                }
                Object v = valueType == null ? ctxt.readTreeAsValue(e.getValue(), Object.class)
                        : ctxt.readTreeAsValue(e.getValue(), valueType);
                entries.put(Codec.date(e.getKey(), "timeline"), v);
            }
            return Timeline.of(entries);
        }

        @Override
        public Class<?> handledType() {
            return Timeline.class;
        }
    }
}
