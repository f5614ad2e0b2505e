package org.raschet.examples.scenario.compute;

import java.util.Objects;
import org.raschet.core.consumption.ReadingStatus;
import org.raschet.examples.scenario.input.ReadingEntry;

/**
 * A reading not used because another reading of the same register and day was chosen by the reading priority
 * policy (LEGAL §4): a duplicate of it, superseded by a later-known reading of the same rank, or overruled by a
 * higher-ranked one. Shown in the results, never dropped silently.
 *
 * @param reading the reading not used, with its path
 * @param status  {@link ReadingStatus#DUPLICATE}, {@link ReadingStatus#SUPERSEDED} or {@link ReadingStatus#OVERRULED}
 * @param by      the reading of that day that was used
 */
public record SameDayReading(ReadingEntry reading, ReadingStatus status, ReadingEntry by) {
    /** Validates the parts. */
    public SameDayReading {
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(by, "by");
    }
}
