package org.raschet.examples.scenario;

import java.util.Objects;
import java.util.Optional;
import org.raschet.core.error.RaschetException;
import org.raschet.examples.scenario.json.JsonPath;

/**
 * A scenario that cannot be run: malformed JSON, a property of the wrong type, unknown or missing, a broken
 * reference, or a domain fault raised by Raschet itself (a decreasing reading, a reading beyond the register's
 * capacity, …). Names the JSON path of the offending value and the rule broken; a domain fault also keeps the typed
 * {@link RaschetException} with its stable error code.
 *
 * <p>The message has the form {@code "<path>: <detail>; rule <rule>"}, or for a domain fault
 * {@code "<path>: <Raschet's own message>"} (which already names its rule and code).
 */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient JsonPath path;
    private final String rule;
    private final String detail;

    /**
     * A fault in the scenario's form.
     *
     * @param path   where it is
     * @param rule   the rule broken, e.g. {@code scenario.type}
     * @param detail what is wrong, naming the offending value
     */
    public ScenarioException(JsonPath path, String rule, String detail) {
        super(path + ": " + detail + "; rule " + rule);
        this.path = Objects.requireNonNull(path, "path");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    /**
     * A domain fault raised by Raschet for the value at {@code path}.
     *
     * @param path  where the offending value is
     * @param cause Raschet's typed exception
     */
    public ScenarioException(JsonPath path, RaschetException cause) {
        super(path + ": " + cause.getMessage(), cause);
        this.path = Objects.requireNonNull(path, "path");
        this.rule = cause.rule();
        this.detail = cause.getMessage();
    }

    /** The JSON path of the offending value, e.g. {@code $.readings[3].value}. */
    public JsonPath path() {
        return path;
    }

    /** The rule broken, e.g. {@code scenario.known-property} or {@code readings.non-decreasing}. */
    public String rule() {
        return rule;
    }

    /** What is wrong, without the path. */
    public String detail() {
        return detail;
    }

    /** Raschet's typed exception, when the fault is a domain fault. */
    public Optional<RaschetException> domain() {
        return getCause() instanceof RaschetException r ? Optional.of(r) : Optional.empty();
    }

    /** The stable error code of a domain fault, e.g. {@code RASCHET-READING-DECREASE}. */
    public Optional<String> code() {
        return domain().map(r -> r.code().code());
    }
}
