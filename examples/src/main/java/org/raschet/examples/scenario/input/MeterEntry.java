package org.raschet.examples.scenario.input;

import java.util.Objects;
import org.raschet.core.meter.Meter;
import org.raschet.examples.scenario.json.JsonPath;

/**
 * A meter read from a scenario, with where it was declared.
 *
 * @param meter the meter
 * @param path  its path, e.g. {@code $.meters[0]}
 */
public record MeterEntry(Meter meter, JsonPath path) {
    /** Validates the parts. */
    public MeterEntry {
        Objects.requireNonNull(meter, "meter");
        Objects.requireNonNull(path, "path");
    }
}
