package org.raschet.examples.scenario.input;

import java.util.Objects;
import org.raschet.core.meter.Reading;
import org.raschet.examples.scenario.json.JsonPath;

/**
 * A reading read from a scenario, with where it was given, so that a fault found later (a decrease between two
 * readings) names the reading's path.
 *
 * @param reading the reading
 * @param path    its path, e.g. {@code $.readings[3]}
 */
public record ReadingEntry(Reading reading, JsonPath path) {
    /** Validates the parts. */
    public ReadingEntry {
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(path, "path");
    }
}
