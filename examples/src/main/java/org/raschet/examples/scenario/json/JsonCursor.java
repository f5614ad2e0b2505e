package org.raschet.examples.scenario.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.raschet.examples.scenario.ScenarioException;
import tools.jackson.databind.JsonNode;

/**
 * A value of a scenario document together with its {@link JsonPath}, so that every fault found while reading it
 * names where it is. Reading never rounds: decimals are exact, dates strict {@code YYYY-MM-DD}, and {@code null}
 * is not a value (an optional property is omitted instead).
 */
public final class JsonCursor {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final JsonNode node;
    private final JsonPath path;

    /**
     * A cursor on {@code node} at {@code path}.
     *
     * @param node the JSON value
     * @param path where it is in the document
     */
    public JsonCursor(JsonNode node, JsonPath path) {
        this.node = Objects.requireNonNull(node, "node");
        this.path = Objects.requireNonNull(path, "path");
    }

    /** A cursor on the whole document, {@code $}. */
    public static JsonCursor root(JsonNode document) {
        return new JsonCursor(document, JsonPath.ROOT);
    }

    /** The JSON value. */
    public JsonNode node() {
        return node;
    }

    /** Where the value is. */
    public JsonPath path() {
        return path;
    }

    /** A fault of the scenario's form at this value. */
    public ScenarioException fault(String rule, String detail) {
        return new ScenarioException(path, rule, detail);
    }

    /**
     * This value as an object of {@code shape}: checks it is an object, has no property the shape does not declare
     * (the first, in document order, is reported) and has every required one.
     *
     * @throws ScenarioException if not
     */
    public ObjectCursor object(ObjectShape shape) {
        if (!node.isObject()) {
            throw fault(Rules.TYPE, "expected an object (" + shape.name() + "), found " + describe(node));
        }
        for (String name : node.propertyNames()) {
            if (shape.property(name).isEmpty()) {
                throw new ScenarioException(path.property(name), Rules.KNOWN_PROPERTY,
                        "property '" + name + "' is not defined for " + shape.name() + " (known: "
                                + String.join(", ", shape.properties().stream().map(Property::name).toList()) + ")");
            }
        }
        for (Property p : shape.properties()) {
            if (p.required() && !node.has(p.name())) {
                throw new ScenarioException(path.property(p.name()), Rules.REQUIRED_PROPERTY,
                        "required property '" + p.name() + "' of " + shape.name() + " is missing");
            }
        }
        return new ObjectCursor(this, shape);
    }

    /**
     * The elements of this array, each with its path.
     *
     * @throws ScenarioException if this is not an array
     */
    public List<JsonCursor> elements() {
        if (!node.isArray()) {
            throw fault(Rules.TYPE, "expected an array, found " + describe(node));
        }
        List<JsonCursor> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            out.add(new JsonCursor(node.get(i), path.index(i)));
        }
        return out;
    }

    /**
     * The properties of this object read as a map, in document order, each value with its path.
     *
     * @throws ScenarioException if this is not an object
     */
    public List<Map.Entry<String, JsonCursor>> entries() {
        if (!node.isObject()) {
            throw fault(Rules.TYPE, "expected an object, found " + describe(node));
        }
        List<Map.Entry<String, JsonCursor>> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            out.add(Map.entry(e.getKey(), new JsonCursor(e.getValue(), path.property(e.getKey()))));
        }
        return out;
    }

    /**
     * This value as a non-blank string.
     *
     * @throws ScenarioException if it is not a string or is blank
     */
    public String string() {
        if (!node.isString()) {
            throw fault(Rules.TYPE, "expected a string, found " + describe(node));
        }
        String s = node.stringValue();
        if (s.isBlank()) {
            throw fault(Rules.TYPE, "expected a non-blank string, found \"" + s + "\"");
        }
        return s;
    }

    /**
     * This value as a date {@code YYYY-MM-DD}.
     *
     * @throws ScenarioException if it is not such a string or not a real date
     */
    public LocalDate date() {
        if (!node.isString()) {
            throw fault(Rules.TYPE, "expected a date YYYY-MM-DD, found " + describe(node));
        }
        return parseDate(node.stringValue(), this);
    }

    /**
     * Reads {@code text} as a date {@code YYYY-MM-DD}; a fault is reported at {@code where}.
     *
     * @throws ScenarioException if it is not a real date in that form
     */
    public static LocalDate parseDate(String text, JsonCursor where) {
        if (!DATE.matcher(text).matches()) {
            throw where.fault(Rules.TYPE, "expected a date YYYY-MM-DD, found \"" + text + "\"");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw where.fault(Rules.TYPE, "\"" + text + "\" is not a calendar date");
        }
    }

    /**
     * This value as a month {@code YYYY-MM} (a billing period).
     *
     * @throws ScenarioException if it is not such a string
     */
    public YearMonth month() {
        if (!node.isString() || !MONTH.matcher(node.stringValue()).matches()) {
            throw fault(Rules.TYPE, "expected a month YYYY-MM, found " + describe(node));
        }
        return YearMonth.parse(node.stringValue());
    }

    /**
     * This value as an exact decimal: a JSON number, or a string of digits with an optional sign and fraction.
     *
     * @throws ScenarioException if it is neither
     */
    public BigDecimal decimal() {
        if (node.isIntegralNumber()) {
            return new BigDecimal(node.bigIntegerValue());
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isString() && DECIMAL.matcher(node.stringValue()).matches()) {
            return new BigDecimal(node.stringValue());
        }
        throw fault(Rules.TYPE, "expected an exact decimal (a JSON number or a string such as \"5.67\"), found "
                + describe(node));
    }

    /**
     * This value as an integer within {@code [min, max]}.
     *
     * @throws ScenarioException if it is not an integer or out of range
     */
    public long integer(long min, long max) {
        if (!node.isIntegralNumber()) {
            throw fault(Rules.TYPE, "expected an integer, found " + describe(node));
        }
        BigInteger v = node.bigIntegerValue();
        if (v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
            throw fault(Rules.RANGE, "integer " + v + " is outside " + min + ".." + max);
        }
        return v.longValueExact();
    }

    /**
     * This value as a boolean.
     *
     * @throws ScenarioException if it is not {@code true} or {@code false}
     */
    public boolean bool() {
        if (!node.isBoolean()) {
            throw fault(Rules.TYPE, "expected true or false, found " + describe(node));
        }
        return node.booleanValue();
    }

    /**
     * This value as one of the names {@code shape} allows.
     *
     * @throws ScenarioException if it is not a string or not among them
     */
    public String choice(ValueShape shape) {
        if (!node.isString()) {
            throw fault(Rules.TYPE, "expected one of " + String.join(", ", shape.choices()) + ", found "
                    + describe(node));
        }
        String s = node.stringValue();
        if (!shape.choices().contains(s)) {
            throw fault(Rules.CHOICE, "\"" + s + "\" is not one of " + String.join(", ", shape.choices()));
        }
        return s;
    }

    /** A short description of a JSON value for messages: its type, and the value if it is short. */
    static String describe(JsonNode node) {
        if (node.isNull()) {
            return "null (omit an optional property instead)";
        }
        if (node.isString()) {
            String s = node.stringValue();
            return "string \"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
        }
        if (node.isNumber()) {
            return "number " + node.numberValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "true" : "false";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isObject()) {
            return "an object";
        }
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
