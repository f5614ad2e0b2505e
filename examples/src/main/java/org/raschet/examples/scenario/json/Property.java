package org.raschet.examples.scenario.json;

import java.util.Objects;

/**
 * A property of an {@link ObjectShape}.
 *
 * @param name     the JSON property name
 * @param required whether it must be present
 * @param shape    the shape of its value
 */
public record Property(String name, boolean required, Shape shape) {
    /** Validates the parts. */
    public Property {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shape, "shape");
    }

    /** A property that must be present. */
    public static Property required(String name, Shape shape) {
        return new Property(name, true, shape);
    }

    /** A property that may be absent (its default is documented in {@code docs/scenario-format.md}). */
    public static Property optional(String name, Shape shape) {
        return new Property(name, false, shape);
    }
}
