package org.raschet.core.error;

import java.time.LocalDate;

/** A policy or calculation needs an input that was not given (a normative, a calendar, a price for a day). */
public final class MissingPolicyInputException extends RaschetException {
    private static final long serialVersionUID = 1L;

    /**
     * @param code   the stable error code
     * @param entity the entity concerned
     * @param date   the date concerned, or {@code null}
     * @param detail what is wrong, naming the value
     * @param rule   the rule broken
     */
    public MissingPolicyInputException(ErrorCode code, String entity, LocalDate date, String detail, String rule) {
        super(code, entity, date, detail, rule);
    }
}
