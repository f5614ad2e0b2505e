package org.raschet.examples.scenario.json;

import java.util.List;
import java.util.Objects;

/**
 * A single JSON value: a string, a date, a month, an exact decimal, an integer, a boolean, or one of a closed set of
 * names.
 *
 * @param kind    what the value is
 * @param choices the allowed names, for {@link Kind#CHOICE} (empty otherwise)
 */
public record ValueShape(Kind kind, List<String> choices) implements Shape {
    /** What a value is, and how it is written in JSON. */
    public enum Kind {
        /** A non-blank string. */
        STRING,
        /** A date {@code YYYY-MM-DD} (ISO 8601), as a string. */
        DATE,
        /** An exact decimal: a JSON number or a string such as {@code "5.67"}; never rounded when read. */
        DECIMAL,
        /** A JSON integer. */
        INTEGER,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** A string among {@link ValueShape#choices()}. */
        CHOICE,
        /** A calendar month {@code YYYY-MM} (a billing period), as a string. */
        MONTH
    }

    /** A non-blank string. */
    public static final ValueShape STRING = new ValueShape(Kind.STRING, List.of());
    /** A date {@code YYYY-MM-DD}. */
    public static final ValueShape DATE = new ValueShape(Kind.DATE, List.of());
    /** An exact decimal. */
    public static final ValueShape DECIMAL = new ValueShape(Kind.DECIMAL, List.of());
    /** An integer. */
    public static final ValueShape INTEGER = new ValueShape(Kind.INTEGER, List.of());
    /** A boolean. */
    public static final ValueShape BOOLEAN = new ValueShape(Kind.BOOLEAN, List.of());
    /** A month {@code YYYY-MM}. */
    public static final ValueShape MONTH = new ValueShape(Kind.MONTH, List.of());

    /** Validates the parts: choices exactly for {@link Kind#CHOICE}. */
    public ValueShape {
        Objects.requireNonNull(kind, "kind");
        choices = List.copyOf(choices);
        if ((kind == Kind.CHOICE) == choices.isEmpty()) {
            throw new IllegalArgumentException("choices are given exactly for a CHOICE value");
        }
    }

    /** One of the given names. */
    public static ValueShape choice(List<String> choices) {
        return new ValueShape(Kind.CHOICE, choices);
    }
}
