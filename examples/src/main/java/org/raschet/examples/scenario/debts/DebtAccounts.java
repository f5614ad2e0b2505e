package org.raschet.examples.scenario.debts;

import java.util.List;
import java.util.Optional;
import org.raschet.core.account.AccountId;

/**
 * The accounts of a scenario's {@code accounts} section, in document order.
 *
 * @param entries the accounts
 */
public record DebtAccounts(List<DebtAccount> entries) {
    /** Copies the entries. */
    public DebtAccounts {
        entries = List.copyOf(entries);
    }

    /** The account {@code id}, if declared. */
    public Optional<DebtAccount> find(AccountId id) {
        return entries.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
