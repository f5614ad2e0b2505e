package org.raschet.core.ledger;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;
import org.raschet.core.account.AccountId;
import org.raschet.core.quantity.Resource;

/**
 * What identifies an obligation (обязательство): the account, the billing period and the service.
 *
 * @param account the account
 * @param period  the billing period (corrections count in the period they correct)
 * @param service the service billed
 */
public record ObligationKey(AccountId account, YearMonth period, Resource service)
        implements Comparable<ObligationKey> {
    private static final Comparator<ObligationKey> ORDER = Comparator
            .comparing((ObligationKey k) -> k.account().value())
            .thenComparing(ObligationKey::period)
            .thenComparing(ObligationKey::service);

    /** Validates the parts. */
    public ObligationKey {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(service, "service");
    }

    /** The key of {@code account}'s obligation for {@code service} in {@code period}. */
    public static ObligationKey of(AccountId account, YearMonth period, Resource service) {
        return new ObligationKey(account, period, service);
    }

    /** Order: account, period, service (in {@link Resource} order). */
    @Override
    public int compareTo(ObligationKey o) {
        return ORDER.compare(this, o);
    }

    /** Canonical text, e.g. {@code "42/2024-01/ELECTRICITY"}. */
    @Override
    public String toString() {
        return account + "/" + period + "/" + service;
    }
}
