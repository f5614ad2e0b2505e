package org.raschet.examples.scenario.json;

import java.util.Objects;

/**
 * A JSON array whose elements all have one shape.
 *
 * @param items the shape of each element
 */
public record ArrayShape(Shape items) implements Shape {
    /** Validates the parts. */
    public ArrayShape {
        Objects.requireNonNull(items, "items");
    }

    /** An array of {@code items}. */
    public static ArrayShape of(Shape items) {
        return new ArrayShape(items);
    }
}
