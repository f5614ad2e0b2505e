package org.raschet.examples.scenario.input;

import java.util.List;

/**
 * The lines billed so far (выставленные объёмы), in document order: the input of a recalculation.
 *
 * @param entries the lines with their paths
 */
public record Billed(List<BilledEntry> entries) {
    /** Copies the entries. */
    public Billed {
        entries = List.copyOf(entries);
    }
}
