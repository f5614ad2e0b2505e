package org.raschet.core.ledger;

import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A debt carried in (входящее сальдо по периоду): the amount owed for one period and service that the host knows
 * without its charge lines, e.g. taken over from a previous billing system. It joins that period's obligation.
 *
 * @param key    account, period and service
 * @param amount the amount owed, in the account's currency
 */
public record CarriedDebt(ObligationKey key, MonetaryAmount amount) {
    /** Validates the parts. */
    public CarriedDebt {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(amount, "amount");
    }
}
