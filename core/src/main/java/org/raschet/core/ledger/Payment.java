package org.raschet.core.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.raschet.core.account.AccountId;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidPaymentException;
import org.raschet.core.money.Amounts;

/**
 * A payment (платёж) to an account: the date the money was received, the amount, the channel, an optional
 * primary document (a bank's payment order number) and the periods it names, if any (ГК РФ ст. 319.1 п. 1).
 * A payment with no targets is unnamed and goes by the general rule. A refund is not a negative payment.
 *
 * @param id       the payment's identifier, unique within the account (orders payments of one day)
 * @param account  the account paid to
 * @param date     the day the money was received
 * @param amount   the amount, zero or positive
 * @param channel  how it was paid
 * @param document the primary document, if known
 * @param targets  the periods (and services) named, empty for an unnamed payment
 */
public record Payment(String id, AccountId account, LocalDate date, MonetaryAmount amount, PaymentChannel channel,
                      Optional<String> document, List<PaymentTarget> targets) {
    /**
     * Validates the parts.
     *
     * @throws InvalidPaymentException if the amount is negative or finer than the currency's minor unit, or the
     *                                 identifier is blank
     */
    public Payment {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(document, "document");
        targets = List.copyOf(targets);
        if (id == null || id.isBlank()) {
            throw new InvalidPaymentException(ErrorCode.PAYMENT_INVALID, account.value(), date, String.valueOf(id),
                    "payment identifier '" + id + "' is blank", "payment.id-non-blank");
        }
        if (amount.isNegative()) {
            java.math.BigDecimal v = amount.getNumber().numberValue(java.math.BigDecimal.class);
            int digits = amount.getCurrency().getDefaultFractionDigits();
            String text = (v.scale() < digits ? v.setScale(digits) : v).toPlainString() + " "
                    + amount.getCurrency().getCurrencyCode();
            throw new InvalidPaymentException(ErrorCode.PAYMENT_NEGATIVE, account.value(), date, text,
                    "payment " + id + " has the negative amount " + text + " (a refund is its own kind, not a payment)",
                    "payment.non-negative");
        }
        Amounts.toMinor(amount); // finer than kopecks throws
    }

    /** An unnamed payment by bank with no document. */
    public static Payment of(String id, AccountId account, LocalDate date, MonetaryAmount amount) {
        return new Payment(id, account, date, amount, PaymentChannel.BANK, Optional.empty(), List.of());
    }

    /** This payment naming {@code named} (replacing any targets it had). */
    public Payment naming(PaymentTarget... named) {
        return new Payment(id, account, date, amount, channel, document, List.of(named));
    }

    /** This payment with its primary document. */
    public Payment withDocument(String doc) {
        return new Payment(id, account, date, amount, channel, Optional.of(doc), targets);
    }

    /** This payment by {@code via}. */
    public Payment withChannel(PaymentChannel via) {
        return new Payment(id, account, date, amount, via, document, targets);
    }

    /** The amount in minor units (kopecks). */
    public long amountMinor() {
        return Amounts.toMinor(amount);
    }

    /** Whether the payment names a period. */
    public boolean isNamed() {
        return !targets.isEmpty();
    }
}
