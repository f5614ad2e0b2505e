package org.raschet.examples.scenario.tariff;

import java.util.Objects;
import org.raschet.examples.scenario.json.JsonPath;

/**
 * A value read from a scenario with where it was given, so that a fault found later (a gap in a tariff's periods
 * found while pricing) names its path.
 *
 * @param value the value
 * @param path  its path, e.g. {@code $.tariffs[0]}
 * @param <T>   the value type
 */
public record Entry<T>(T value, JsonPath path) {
    /** Validates the parts. */
    public Entry {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(path, "path");
    }
}
