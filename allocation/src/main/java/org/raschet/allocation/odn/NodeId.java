package org.raschet.allocation.odn;

import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;

/**
 * Identifier of a node of the supply network (узел сети): a feeder, a substation, a house, an entrance, a riser or
 * a premise. A premise's node id is its account id ({@link org.raschet.core.account.AccountId}), so its charge lines
 * name that account. Ordered by the identifier text, the stable order every split uses.
 *
 * @param value the non-blank identifier
 */
public record NodeId(String value) implements Comparable<NodeId> {
    /** Validates that the identifier is not blank. */
    public NodeId {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "node id", null,
                    "identifier '" + value + "' is blank", "id.non-blank");
        }
    }

    /** The node with this identifier. */
    public static NodeId of(String value) {
        return new NodeId(value);
    }

    @Override
    public int compareTo(NodeId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
