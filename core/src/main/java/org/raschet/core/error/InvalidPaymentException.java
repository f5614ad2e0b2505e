package org.raschet.core.error;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A payment that cannot be accepted: negative, in another currency, dated before the account was opened, of
 * another account, or a duplicate. The message names the account, the payment date and the offending value.
 */
public final class InvalidPaymentException extends RaschetException {
    private static final long serialVersionUID = 1L;

    private final String account;
    private final String value;

    /**
     * @param code    the stable error code
     * @param account the account the payment was made to
     * @param date    the payment date
     * @param value   the offending value as text (an amount, a currency, a date)
     * @param detail  what is wrong, naming the value
     * @param rule    the rule broken
     */
    public InvalidPaymentException(ErrorCode code, String account, LocalDate date, String value, String detail,
                                   String rule) {
        super(code, "account " + account, date, detail, rule);
        this.account = Objects.requireNonNull(account, "account");
        this.value = Objects.requireNonNull(value, "value");
    }

    /** The account's identifier. */
    public String account() {
        return account;
    }

    /** The offending value, as text. */
    public String value() {
        return value;
    }
}
