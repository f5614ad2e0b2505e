package org.raschet.examples.scenario.input;

import java.util.List;
import java.util.Optional;
import org.raschet.core.account.AccountId;

/**
 * The premises (accounts) of a scenario, in document order.
 *
 * @param entries the premises with their paths
 */
public record Premises(List<PremiseEntry> entries) {
    /** Copies the entries. */
    public Premises {
        entries = List.copyOf(entries);
    }

    /** The premise of account {@code id}, if declared. */
    public Optional<PremiseEntry> find(AccountId id) {
        return entries.stream().filter(e -> e.premise().id().equals(id)).findFirst();
    }
}
