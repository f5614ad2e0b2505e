package org.raschet.examples.scenario.input;

import java.util.List;
import java.util.Optional;
import org.raschet.core.account.AccountId;
import org.raschet.core.quantity.Resource;

/**
 * The services of a scenario's accounts, in document order.
 *
 * @param entries the services with their paths
 */
public record Services(List<ServiceEntry> entries) {
    /** Copies the entries. */
    public Services {
        entries = List.copyOf(entries);
    }

    /** The service of {@code resource} of {@code account}, if declared. */
    public Optional<ServiceEntry> find(AccountId account, Resource resource) {
        return entries.stream().filter(e -> e.account().equals(account) && e.resource() == resource).findFirst();
    }
}
