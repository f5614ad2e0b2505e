package org.raschet.examples.scenario.input;

import java.util.Objects;
import org.raschet.core.meter.Meter;
import org.raschet.examples.scenario.json.JsonPath;

/**
 * A meter read from a scenario, with where it was declared and its metering point.
 *
 * @param meter         the meter
 * @param path          its path, e.g. {@code $.meters[0]}
 * @param meteringPoint its metering point (точка учёта) within its account's service: meters of one point succeed
 *                      each other, meters of different points measure in parallel (kitchen and bathroom water);
 *                      {@link #DEFAULT_POINT} when the scenario names none
 */
public record MeterEntry(Meter meter, JsonPath path, String meteringPoint) {
    /** The point of a meter whose scenario names none: every such meter of a service is of one point. */
    public static final String DEFAULT_POINT = "";

    /** Validates the parts. */
    public MeterEntry {
        Objects.requireNonNull(meter, "meter");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(meteringPoint, "meteringPoint");
    }

    /** A meter of the default point. */
    public MeterEntry(Meter meter, JsonPath path) {
        this(meter, path, DEFAULT_POINT);
    }
}
