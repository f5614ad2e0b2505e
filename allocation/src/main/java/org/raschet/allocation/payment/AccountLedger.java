package org.raschet.allocation.payment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import org.raschet.core.account.AccountId;
import org.raschet.core.ledger.CarriedDebt;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.ledger.Payment;
import org.raschet.core.money.Amounts;

/**
 * An account's ledger as it now stands (лицевой счёт: начисления и оплаты): its charge lines (corrections
 * included), debts carried in, penalties billed, and payments. The input to payment allocation; allocation is
 * always recomputed from it, so a correction or a late reading changes the allocation deterministically.
 *
 * @param account   the account
 * @param openedOn  the day the account was opened (no payment may be dated before it)
 * @param currency  the account's currency
 * @param charges   charge lines, in any order
 * @param carried   debts carried in without lines
 * @param penalties penalties billed, payable after their obligation's principal
 * @param payments  payments, in any order
 */
public record AccountLedger(AccountId account, LocalDate openedOn, CurrencyUnit currency, List<ChargeLine> charges,
                            List<CarriedDebt> carried, List<BilledPenalty> penalties, List<Payment> payments) {
    /** Validates the parts (the content is checked when allocated). */
    public AccountLedger {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(openedOn, "openedOn");
        Objects.requireNonNull(currency, "currency");
        charges = List.copyOf(charges);
        carried = List.copyOf(carried);
        penalties = List.copyOf(penalties);
        payments = List.copyOf(payments);
    }

    /** A ruble ledger with charges and payments only. */
    public static AccountLedger of(AccountId account, LocalDate openedOn, List<ChargeLine> charges,
                                   List<Payment> payments) {
        return new AccountLedger(account, openedOn, Amounts.RUB, charges, List.of(), List.of(), payments);
    }

    /** This ledger with other charge lines. */
    public AccountLedger withCharges(List<ChargeLine> lines) {
        return new AccountLedger(account, openedOn, currency, lines, carried, penalties, payments);
    }

    /** This ledger with other debts carried in. */
    public AccountLedger withCarried(List<CarriedDebt> debts) {
        return new AccountLedger(account, openedOn, currency, charges, debts, penalties, payments);
    }

    /** This ledger with other penalties billed. */
    public AccountLedger withPenalties(List<BilledPenalty> billed) {
        return new AccountLedger(account, openedOn, currency, charges, carried, billed, payments);
    }

    /** This ledger with other payments. */
    public AccountLedger withPayments(List<Payment> paid) {
        return new AccountLedger(account, openedOn, currency, charges, carried, penalties, paid);
    }

    /** This ledger with only the payments received up to and including {@code day}. */
    public AccountLedger asOf(LocalDate day) {
        return withPayments(payments.stream().filter(p -> !p.date().isAfter(day)).toList());
    }
}
