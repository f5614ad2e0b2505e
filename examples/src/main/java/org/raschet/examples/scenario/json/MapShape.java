package org.raschet.examples.scenario.json;

import java.util.Objects;

/**
 * A JSON object used as a map: its property names are keys of one kind (e.g. dates), its values of one shape.
 *
 * @param keys   the kind of the keys (a {@link ValueShape} of string kind, such as {@link ValueShape#DATE})
 * @param values the shape of each value
 */
public record MapShape(ValueShape keys, Shape values) implements Shape {
    /** Validates the parts. */
    public MapShape {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(values, "values");
    }
}
