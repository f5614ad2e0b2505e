package org.raschet.core.error;

import java.time.LocalDate;

/**
 * A protocol step that cannot be re-evaluated from its own inputs: its expression does not parse, calls an unknown
 * function or a function with the wrong number of arguments, names a symbol that has no input, or divides by zero.
 */
public final class InvalidProtocolException extends RaschetException {
    private static final long serialVersionUID = 1L;

    /**
     * @param code   the stable error code
     * @param entity the entity concerned, e.g. {@code "protocol step consumption.interval"}
     * @param date   the date concerned, or {@code null}
     * @param detail what is wrong, naming the expression and the offending symbol or position
     * @param rule   the rule broken
     */
    public InvalidProtocolException(ErrorCode code, String entity, LocalDate date, String detail, String rule) {
        super(code, entity, date, detail, rule);
    }
}
