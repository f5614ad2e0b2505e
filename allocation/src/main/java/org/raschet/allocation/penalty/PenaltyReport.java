package org.raschet.allocation.penalty;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.raschet.core.account.AccountId;
import org.raschet.core.money.Amounts;

/**
 * Penalties of an account as of a calculation date, per obligation.
 *
 * @param account         the account
 * @param currency        its currency
 * @param calculationDate the calculation date
 * @param obligations     every obligation's penalty, in due-date order (zero ones included)
 */
public record PenaltyReport(AccountId account, CurrencyUnit currency, LocalDate calculationDate,
                            List<ObligationPenalty> obligations) {
    /** Validates the parts. */
    public PenaltyReport {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(calculationDate, "calculationDate");
        obligations = List.copyOf(obligations);
    }

    /** Σ penalties, expired ones included. */
    public MonetaryAmount total() {
        return Amounts.ofMinor(obligations.stream().mapToLong(ObligationPenalty::amountMinor).sum(), currency);
    }

    /** Σ penalties whose principal is within its limitation. */
    public MonetaryAmount claimableTotal() {
        return Amounts.ofMinor(obligations.stream().filter(o -> !o.limitationExpired())
                .mapToLong(ObligationPenalty::amountMinor).sum(), currency);
    }
}
