package org.raschet.core.error;

import java.time.LocalDate;

/** A reading that cannot be accepted: outside the meter's service, beyond its capacity, conflicting, decreasing. */
public class ReadingException extends RaschetException {
    private static final long serialVersionUID = 1L;

    /**
     * @param code   the stable error code
     * @param entity the entity concerned
     * @param date   the date concerned, or {@code null}
     * @param detail what is wrong, naming the value
     * @param rule   the rule broken
     */
    public ReadingException(ErrorCode code, String entity, LocalDate date, String detail, String rule) {
        super(code, entity, date, detail, rule);
    }
}
