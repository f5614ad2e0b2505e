package org.raschet.core.error;

import java.time.LocalDate;

/** A value that cannot be constructed or combined: out of range, too precise, of a wrong unit, unparseable. */
public class InvalidValueException extends RaschetException {
    private static final long serialVersionUID = 1L;

    /**
     * @param code   the stable error code
     * @param entity the entity concerned
     * @param date   the date concerned, or {@code null}
     * @param detail what is wrong, naming the value
     * @param rule   the rule broken
     */
    public InvalidValueException(ErrorCode code, String entity, LocalDate date, String detail, String rule) {
        super(code, entity, date, detail, rule);
    }
}
