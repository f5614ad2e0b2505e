package org.raschet.core.error;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Charges that cannot form an account's obligations: a line of another account or currency, or a period and
 * service whose lines add up to a negative amount. The message names the account, the date and the value.
 */
public final class InvalidLedgerException extends RaschetException {
    private static final long serialVersionUID = 1L;

    private final String account;
    private final String value;

    /**
     * @param code    the stable error code
     * @param account the account concerned
     * @param date    the date concerned (e.g. the first day of the period), or {@code null}
     * @param value   the offending value as text
     * @param detail  what is wrong, naming the value
     * @param rule    the rule broken
     */
    public InvalidLedgerException(ErrorCode code, String account, LocalDate date, String value, String detail,
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
