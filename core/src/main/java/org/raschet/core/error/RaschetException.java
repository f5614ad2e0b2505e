package org.raschet.core.error;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Root of every exception Raschet throws on bad input. Each carries a stable {@link ErrorCode}, the entity it is
 * about (an account, a meter, a value), the date concerned where there is one, and the rule broken.
 *
 * <p>The message has the canonical form {@code "<entity> on <date>: <detail>; rule <rule> [<code>]"}, so a log
 * line alone tells what, when, which value and why.
 */
public abstract class RaschetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String entity;
    private final LocalDate date;
    private final String detail;
    private final String rule;

    /**
     * @param code   the stable error code
     * @param entity the entity the fault is about, e.g. {@code "meter 77-0042"}
     * @param date   the date concerned, or {@code null} where none applies
     * @param detail what is wrong, naming the offending value(s)
     * @param rule   the rule broken, e.g. {@code "readings.non-decreasing"}
     */
    protected RaschetException(ErrorCode code, String entity, LocalDate date, String detail, String rule) {
        super(format(code, entity, date, detail, rule));
        this.code = Objects.requireNonNull(code, "code");
        this.entity = Objects.requireNonNull(entity, "entity");
        this.date = date;
        this.detail = Objects.requireNonNull(detail, "detail");
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    private static String format(ErrorCode code, String entity, LocalDate date, String detail, String rule) {
        return entity + (date == null ? "" : " on " + date) + ": " + detail + "; rule " + rule + " [" + code.code() + "]";
    }

    /** The stable error code. */
    public ErrorCode code() {
        return code;
    }

    /** The entity the fault is about, e.g. {@code "meter 77-0042"}. */
    public String entity() {
        return entity;
    }

    /** The date concerned, if the fault has one. */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    /**
     * What is wrong, naming the offending value(s), without the entity, date, rule and code around it.
     *
     * @return the detail, e.g. {@code "reading 1203.500000 kWh is below the previous 1210.000000 kWh"}
     */
    public String detail() {
        return detail;
    }

    /** The rule broken, e.g. {@code "readings.non-decreasing"}. */
    public String rule() {
        return rule;
    }
}
