package org.raschet.allocation.payment;

import org.raschet.core.protocol.Note;

/** An {@link AllocationPolicy} given by its two choices. */
record StandardAllocationPolicy(boolean namedExcessByGeneralRule, boolean unnamedSkipsExpired, Note note)
        implements AllocationPolicy {
    StandardAllocationPolicy(boolean namedExcessByGeneralRule, boolean unnamedSkipsExpired, String id, String ru,
                             String en) {
        this(namedExcessByGeneralRule, unnamedSkipsExpired, new Note("policy:" + id, "политика: " + ru,
                "policy: " + en));
    }
}
