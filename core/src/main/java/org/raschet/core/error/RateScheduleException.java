package org.raschet.core.error;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A rate schedule (the key rate, penalty rate rules) with a gap or an overlap between its entries, or asked
 * about a day it does not cover. The message names the schedule, the date and the value.
 */
public final class RateScheduleException extends RaschetException {
    private static final long serialVersionUID = 1L;

    private final String value;

    /**
     * @param code     the stable error code
     * @param schedule the schedule concerned, e.g. {@code "key rate schedule"}
     * @param date     the first day not covered, or the day asked about
     * @param value    the offending value as text (an entry, a date)
     * @param detail   what is wrong, naming the value
     * @param rule     the rule broken
     */
    public RateScheduleException(ErrorCode code, String schedule, LocalDate date, String value, String detail,
                                 String rule) {
        super(code, schedule, date, detail, rule);
        this.value = Objects.requireNonNull(value, "value");
    }

    /** The offending value, as text. */
    public String value() {
        return value;
    }
}
