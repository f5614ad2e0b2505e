package org.raschet.examples.scenario.tariff;

import java.util.List;

/**
 * The sanction cases of a scenario, in document order.
 *
 * @param entries the cases
 */
public record SanctionCases(List<SanctionCase> entries) {
    /** Copies the entries. */
    public SanctionCases {
        entries = List.copyOf(entries);
    }
}
