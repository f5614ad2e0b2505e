package org.raschet.examples.scenario.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.raschet.examples.scenario.ScenarioException;

/**
 * An object of a scenario checked against its {@link ObjectShape}, read property by property. Asking for a property
 * the shape does not declare, or as another kind than declared, is a programming error
 * ({@link IllegalStateException}): this ties the parser to the shapes, and the shapes to the published schema.
 */
public final class ObjectCursor {
    private final JsonCursor cursor;
    private final ObjectShape shape;

    ObjectCursor(JsonCursor cursor, ObjectShape shape) {
        this.cursor = Objects.requireNonNull(cursor, "cursor");
        this.shape = Objects.requireNonNull(shape, "shape");
    }

    /** Where the object is. */
    public JsonPath path() {
        return cursor.path();
    }

    /** The object as a plain cursor. */
    public JsonCursor cursor() {
        return cursor;
    }

    /** The shape it was checked against. */
    public ObjectShape shape() {
        return shape;
    }

    /** The path of property {@code name} (present or not). */
    public JsonPath pathOf(String name) {
        declared(name);
        return cursor.path().property(name);
    }

    /** Whether property {@code name} is present. */
    public boolean has(String name) {
        declared(name);
        return cursor.node().has(name);
    }

    /** Property {@code name}, if present. */
    public Optional<JsonCursor> find(String name) {
        declared(name);
        return cursor.node().has(name)
                ? Optional.of(new JsonCursor(cursor.node().get(name), cursor.path().property(name)))
                : Optional.empty();
    }

    /** Property {@code name}, which the shape requires (checked when the object was opened). */
    public JsonCursor get(String name) {
        return find(name).orElseThrow(() -> new ScenarioException(pathOf(name), Rules.REQUIRED_PROPERTY,
                "required property '" + name + "' of " + shape.name() + " is missing"));
    }

    /** A non-blank string property that must be present. */
    public String string(String name) {
        value(name, ValueShape.Kind.STRING);
        return get(name).string();
    }

    /** A non-blank string property, if present. */
    public Optional<String> findString(String name) {
        value(name, ValueShape.Kind.STRING);
        return find(name).map(JsonCursor::string);
    }

    /** A date property that must be present. */
    public LocalDate date(String name) {
        value(name, ValueShape.Kind.DATE);
        return get(name).date();
    }

    /** A date property, if present. */
    public Optional<LocalDate> findDate(String name) {
        value(name, ValueShape.Kind.DATE);
        return find(name).map(JsonCursor::date);
    }

    /** A month property that must be present. */
    public YearMonth month(String name) {
        value(name, ValueShape.Kind.MONTH);
        return get(name).month();
    }

    /** A month property, if present. */
    public Optional<YearMonth> findMonth(String name) {
        value(name, ValueShape.Kind.MONTH);
        return find(name).map(JsonCursor::month);
    }

    /** An exact decimal property, if present. */
    public Optional<BigDecimal> findDecimal(String name) {
        value(name, ValueShape.Kind.DECIMAL);
        return find(name).map(JsonCursor::decimal);
    }

    /** An exact decimal property that must be present. */
    public BigDecimal decimal(String name) {
        value(name, ValueShape.Kind.DECIMAL);
        return get(name).decimal();
    }

    /** An integer property within {@code [min, max]} that must be present. */
    public long integer(String name, long min, long max) {
        value(name, ValueShape.Kind.INTEGER);
        return get(name).integer(min, max);
    }

    /** An integer property within {@code [min, max]}, or {@code otherwise} if absent. */
    public long integer(String name, long min, long max, long otherwise) {
        value(name, ValueShape.Kind.INTEGER);
        return find(name).map(c -> c.integer(min, max)).orElse(otherwise);
    }

    /** A boolean property, or {@code otherwise} if absent. */
    public boolean bool(String name, boolean otherwise) {
        value(name, ValueShape.Kind.BOOLEAN);
        return find(name).map(JsonCursor::bool).orElse(otherwise);
    }

    /** A choice property that must be present. */
    public String choice(String name) {
        ValueShape v = value(name, ValueShape.Kind.CHOICE);
        return get(name).choice(v);
    }

    /** A choice property, if present. */
    public Optional<String> findChoice(String name) {
        ValueShape v = value(name, ValueShape.Kind.CHOICE);
        return find(name).map(c -> c.choice(v));
    }

    /** An object property, if present, checked against its declared shape. */
    public Optional<ObjectCursor> findObject(String name) {
        ObjectShape s = declaredAs(name, ObjectShape.class);
        return find(name).map(c -> c.object(s));
    }

    /** An object property that must be present, checked against its declared shape. */
    public ObjectCursor object(String name) {
        ObjectShape s = declaredAs(name, ObjectShape.class);
        return get(name).object(s);
    }

    /** An array-of-objects property (empty if absent), each element checked against the declared item shape. */
    public List<ObjectCursor> objects(String name) {
        ArrayShape a = declaredAs(name, ArrayShape.class);
        if (!(a.items() instanceof ObjectShape items)) {
            throw new IllegalStateException(shape.name() + "." + name + " is not declared as an array of objects");
        }
        List<ObjectCursor> out = new ArrayList<>();
        find(name).ifPresent(c -> c.elements().forEach(e -> out.add(e.object(items))));
        return out;
    }

    /** An array-of-strings property (empty if absent). */
    public List<String> strings(String name) {
        ArrayShape a = declaredAs(name, ArrayShape.class);
        if (!(a.items() instanceof ValueShape v) || v.kind() != ValueShape.Kind.STRING) {
            throw new IllegalStateException(shape.name() + "." + name + " is not declared as an array of strings");
        }
        List<String> out = new ArrayList<>();
        find(name).ifPresent(c -> c.elements().forEach(e -> out.add(e.string())));
        return out;
    }

    /** An array-of-dates property (empty if absent), each element with its path. */
    public List<Map.Entry<LocalDate, JsonCursor>> dates(String name) {
        ArrayShape a = declaredAs(name, ArrayShape.class);
        if (!(a.items() instanceof ValueShape v) || v.kind() != ValueShape.Kind.DATE) {
            throw new IllegalStateException(shape.name() + "." + name + " is not declared as an array of dates");
        }
        List<Map.Entry<LocalDate, JsonCursor>> out = new ArrayList<>();
        find(name).ifPresent(c -> c.elements().forEach(e -> out.add(Map.entry(e.date(), e))));
        return out;
    }

    /**
     * A map property keyed by dates (empty if absent): each entry's key is checked as a date, its value returned
     * with its path.
     */
    public List<Map.Entry<LocalDate, JsonCursor>> dateMap(String name) {
        MapShape m = declaredAs(name, MapShape.class);
        if (m.keys().kind() != ValueShape.Kind.DATE) {
            throw new IllegalStateException(shape.name() + "." + name + " is not declared as a map keyed by dates");
        }
        List<Map.Entry<LocalDate, JsonCursor>> out = new ArrayList<>();
        find(name).ifPresent(c -> c.entries().forEach(e ->
                out.add(Map.entry(JsonCursor.parseDate(e.getKey(), e.getValue()), e.getValue()))));
        return out;
    }

    private Property declared(String name) {
        return shape.property(name).orElseThrow(() ->
                new IllegalStateException("property " + name + " is not declared in shape " + shape.name()));
    }

    private <S extends Shape> S declaredAs(String name, Class<S> type) {
        Shape s = declared(name).shape();
        if (!type.isInstance(s)) {
            throw new IllegalStateException(shape.name() + "." + name + " is declared as " + s + ", not "
                    + type.getSimpleName());
        }
        return type.cast(s);
    }

    private ValueShape value(String name, ValueShape.Kind kind) {
        ValueShape v = declaredAs(name, ValueShape.class);
        if (v.kind() != kind) {
            throw new IllegalStateException(shape.name() + "." + name + " is declared as " + v.kind() + ", not "
                    + kind);
        }
        return v;
    }
}
