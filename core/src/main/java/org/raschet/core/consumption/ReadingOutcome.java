package org.raschet.core.consumption;

import java.util.Objects;
import java.util.Optional;
import org.raschet.core.meter.Reading;

/**
 * An input reading and what became of it.
 *
 * @param reading the reading as given
 * @param status  its status
 * @param by      the reading that overruled or superseded it, or that it duplicates
 */
public record ReadingOutcome(Reading reading, ReadingStatus status, Optional<Reading> by) {
    /** Validates the parts. */
    public ReadingOutcome {
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(by, "by");
    }
}
