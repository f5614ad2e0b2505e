package org.raschet.examples.scenario.debts;

import java.util.Objects;
import org.raschet.examples.scenario.json.JsonPath;

/**
 * A value read from a scenario together with the path it was given at, so that a fault found later (an obligation
 * that adds up to a negative amount, a payment the library refuses) names where the value is.
 *
 * @param value the value
 * @param path  its path, e.g. {@code $.payments[2]}
 * @param <T>   the value's type
 */
public record Located<T>(T value, JsonPath path) {
    /** Validates the parts. */
    public Located {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(path, "path");
    }
}
