package org.raschet.examples.scenario.input;

import java.util.List;
import java.util.Optional;
import org.raschet.core.meter.MeterId;

/**
 * The meters of a scenario, in document order.
 *
 * @param entries the meters with their paths
 */
public record Meters(List<MeterEntry> entries) {
    /** Copies the entries. */
    public Meters {
        entries = List.copyOf(entries);
    }

    /** The meter {@code id}, if declared. */
    public Optional<MeterEntry> find(MeterId id) {
        return entries.stream().filter(e -> e.meter().id().equals(id)).findFirst();
    }
}
