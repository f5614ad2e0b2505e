package org.raschet.examples.scenario.debts;

import java.time.LocalDate;
import java.util.Objects;
import org.raschet.core.account.AccountId;
import org.raschet.examples.scenario.json.JsonPath;

/**
 * An account whose debts a scenario computes (лицевой счёт), with the day it was opened: no payment may be dated
 * before it.
 *
 * @param id     the account
 * @param opened the day it was opened
 * @param path   where it was declared, e.g. {@code $.accounts[0]}
 */
public record DebtAccount(AccountId id, LocalDate opened, JsonPath path) {
    /** Validates the parts. */
    public DebtAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(opened, "opened");
        Objects.requireNonNull(path, "path");
    }
}
