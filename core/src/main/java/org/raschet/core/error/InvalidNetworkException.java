package org.raschet.core.error;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A supply network or its data that a calculation cannot use: a cycle, a node under two parents, a node meter with
 * nothing below it, unusable areas, a missing volume. The message names the node.
 */
public final class InvalidNetworkException extends RaschetException {
    private static final long serialVersionUID = 1L;

    private final String node;

    /**
     * @param code   the stable error code
     * @param node   the identifier of the node the fault is about
     * @param date   the date concerned, or {@code null}
     * @param detail what is wrong, naming the value
     * @param rule   the rule broken
     */
    public InvalidNetworkException(ErrorCode code, String node, LocalDate date, String detail, String rule) {
        super(code, "node " + Objects.requireNonNull(node, "node"), date, detail, rule);
        this.node = node;
    }

    /** The identifier of the node the fault is about. */
    public String node() {
        return node;
    }
}
