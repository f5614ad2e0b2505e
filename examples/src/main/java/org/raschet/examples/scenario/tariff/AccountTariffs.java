package org.raschet.examples.scenario.tariff;

import java.util.List;
import java.util.Optional;
import org.raschet.core.account.AccountId;
import org.raschet.core.quantity.Resource;

/**
 * The account tariffs of a scenario, in document order.
 *
 * @param entries the account tariffs
 */
public record AccountTariffs(List<AccountTariff> entries) {
    /** Copies the entries. */
    public AccountTariffs {
        entries = List.copyOf(entries);
    }

    /** What the scenario says about {@code account}'s {@code service}, if anything. */
    public Optional<AccountTariff> find(AccountId account, Resource service) {
        return entries.stream().filter(e -> e.account().equals(account) && e.service() == service).findFirst();
    }
}
