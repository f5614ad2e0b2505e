package org.raschet.allocation.payment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.raschet.core.account.AccountId;
import org.raschet.core.ledger.Balance;
import org.raschet.core.ledger.ObligationKey;
import org.raschet.core.ledger.Payment;
import org.raschet.core.money.Amounts;
import org.raschet.core.split.Exact;

/**
 * The result of allocating an account's payments over its obligations (распределение оплаты): each obligation's
 * position, each application of a payment, and the advance. Always Σ applied + advance = Σ payments.
 *
 * @param account      the account
 * @param currency     the account's currency
 * @param positions    every obligation with what was covered, ordered by due date, period and service
 * @param applications every application, in the order made (payments by date and identifier)
 * @param payments     the payments allocated, by date and identifier
 * @param advance      what the payments left after every obligation (аванс)
 * @param policies     the policies it was computed with
 */
public record Allocation(AccountId account, CurrencyUnit currency, List<ObligationPosition> positions,
                         List<Application> applications, List<Payment> payments, MonetaryAmount advance,
                         DebtPolicies policies) {
    /** Validates the parts. */
    public Allocation {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(currency, "currency");
        positions = List.copyOf(positions);
        applications = List.copyOf(applications);
        payments = List.copyOf(payments);
        Objects.requireNonNull(advance, "advance");
        Objects.requireNonNull(policies, "policies");
    }

    /** The position of the obligation {@code key}, if the account has it. */
    public Optional<ObligationPosition> find(ObligationKey key) {
        return positions.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** The applications to {@code key}'s {@code part}, in the order made. */
    public List<Application> applicationsTo(ObligationKey key, AppliedPart part) {
        return applications.stream().filter(a -> a.key().equals(key) && a.part() == part).toList();
    }

    /** Σ payments, in minor units. */
    public long paymentsMinor() {
        long s = 0;
        for (Payment p : payments) {
            s = Exact.add(s, p.amountMinor(), "allocation totals");
        }
        return s;
    }

    /** Σ applied (principal and penalties), in minor units. */
    public long appliedMinor() {
        long s = 0;
        for (Application a : applications) {
            s = Exact.add(s, a.amountMinor(), "allocation totals");
        }
        return s;
    }

    /** The advance, in minor units. */
    public long advanceMinor() {
        return Amounts.toMinor(advance);
    }

    /**
     * The account's balance as of {@code asOf}: payments received up to and including that day and what they
     * covered; overdue are the obligations whose due date is before {@code asOf}.
     */
    public Balance balance(LocalDate asOf) {
        long charged = 0;
        long outstanding = 0;
        long overdue = 0;
        for (ObligationPosition p : positions) {
            long paid = 0;
            for (Application a : applicationsTo(p.key(), AppliedPart.PRINCIPAL)) {
                if (!a.date().isAfter(asOf)) {
                    paid += a.amountMinor();
                }
            }
            long owed = p.obligation().amountMinor() - paid;
            charged += p.obligation().amountMinor();
            outstanding += owed;
            if (p.obligation().dueDate().isBefore(asOf)) {
                overdue += owed;
            }
        }
        long paid = 0;
        for (Payment p : payments) {
            if (!p.date().isAfter(asOf)) {
                paid += p.amountMinor();
            }
        }
        long applied = 0;
        long penaltiesPaid = 0;
        for (Application a : applications) {
            if (!a.date().isAfter(asOf)) {
                applied += a.amountMinor();
                if (a.part() == AppliedPart.PENALTY) {
                    penaltiesPaid += a.amountMinor();
                }
            }
        }
        return new Balance(account, asOf, money(charged), money(paid), money(outstanding), money(overdue),
                money(paid - applied), money(penaltiesPaid));
    }

    private MonetaryAmount money(long minor) {
        return Amounts.ofMinor(minor, currency);
    }
}
