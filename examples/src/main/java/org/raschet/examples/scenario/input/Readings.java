package org.raschet.examples.scenario.input;

import java.util.Comparator;
import java.util.List;
import org.raschet.core.meter.MeterId;
import org.raschet.core.meter.Register;

/**
 * The readings of a scenario, in document order.
 *
 * @param entries the readings with their paths
 */
public record Readings(List<ReadingEntry> entries) {
    /** Copies the entries. */
    public Readings {
        entries = List.copyOf(entries);
    }

    /** The readings of one register of one meter, by date (several on one day keep their document order). */
    public List<ReadingEntry> of(MeterId meter, Register register) {
        return entries.stream()
                .filter(e -> e.reading().meter().equals(meter) && e.reading().register() == register)
                .sorted(Comparator.comparing(e -> e.reading().date()))
                .toList();
    }
}
