package org.raschet.examples.scenario.input;

import java.util.Objects;
import org.raschet.core.consumption.BilledVolume;
import org.raschet.examples.scenario.json.JsonPath;

/**
 * A billed line read from a scenario, with where it was given.
 *
 * @param line the line the host billed
 * @param path its path, e.g. {@code $.billed[0]}
 */
public record BilledEntry(BilledVolume line, JsonPath path) {
    /** Validates the parts. */
    public BilledEntry {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(path, "path");
    }
}
