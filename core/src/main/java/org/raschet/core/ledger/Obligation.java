package org.raschet.core.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidLedgerException;
import org.raschet.core.money.Amounts;

/**
 * An obligation (обязательство по оплате): what one account owes for one service for one billing period, with
 * its due date. Its amount is the sum of the period's charge lines, corrections included in the period they
 * correct; built by {@link Obligations#group}.
 *
 * <p>The due date is the policy's nominal date ({@link DueDatePolicy}) moved to the next working day when it is a
 * non-working one (ГК РФ ст. 193). An obligation arises over its billing period: it counts as having arisen
 * before a date when its period ends before that date ({@link #arisenBefore}).
 *
 * @param key            account, period and service
 * @param amount         the amount owed (never negative)
 * @param nominalDueDate the due date by the policy, before the move to a working day
 * @param dueDate        the last day to pay (the day after it is the first day of delay)
 * @param lines          the charge lines that make it up, in the order given; the amount is their sum plus any
 *                       amount carried in from before the lines (a debt taken over from a previous system)
 */
public record Obligation(ObligationKey key, MonetaryAmount amount, LocalDate nominalDueDate, LocalDate dueDate,
                         List<ChargeLine> lines) {
    /**
     * Validates the parts.
     *
     * @throws InvalidLedgerException if the amount is negative, the due date precedes the nominal one, or a line
     *                                belongs to another obligation
     */
    public Obligation {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(nominalDueDate, "nominalDueDate");
        Objects.requireNonNull(dueDate, "dueDate");
        lines = List.copyOf(lines);
        String account = key.account().value();
        LocalDate first = key.period().atDay(1);
        long minor = Amounts.toMinor(amount);
        if (minor < 0) {
            throw new InvalidLedgerException(ErrorCode.LEDGER_INVALID, account, first, Amounts.format(amount),
                    "obligation " + key + " adds up to the negative amount " + Amounts.format(amount),
                    "obligation.non-negative");
        }
        if (dueDate.isBefore(nominalDueDate)) {
            throw new InvalidLedgerException(ErrorCode.LEDGER_INVALID, account, first, dueDate.toString(),
                    "due date " + dueDate + " is before the nominal due date " + nominalDueDate,
                    "obligation.due-date-moves-forward");
        }
        for (ChargeLine l : lines) {
            if (!l.account().equals(key.account()) || !l.period().equals(key.period())
                    || l.service() != key.service()) {
                throw new InvalidLedgerException(ErrorCode.LEDGER_INVALID, account, first,
                        l.account() + "/" + l.period() + "/" + l.service(),
                        "charge line of " + l.account() + "/" + l.period() + "/" + l.service()
                                + " is not part of obligation " + key, "obligation.lines-of-key");
            }
        }
    }

    /** The amount in minor units (kopecks). */
    public long amountMinor() {
        return Amounts.toMinor(amount);
    }

    /** The currency of the amount. */
    public CurrencyUnit currency() {
        return amount.getCurrency();
    }

    /** Whether the due date was moved from a non-working day (ГК РФ ст. 193). */
    public boolean dueDateMoved() {
        return !dueDate.equals(nominalDueDate);
    }

    /** Whether the obligation arose before {@code day}: its billing period ended before it. */
    public boolean arisenBefore(LocalDate day) {
        return key.period().atEndOfMonth().isBefore(day);
    }
}
