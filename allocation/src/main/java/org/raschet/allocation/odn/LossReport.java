package org.raschet.allocation.odn;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.raschet.core.quantity.Resource;
import org.threeten.extra.LocalDateRange;

/**
 * The losses report of a network over a span (отчёт о небалансах): every node, depth first, with its balance.
 *
 * @param span     the days covered, half-open
 * @param resource the resource
 * @param nodes    every node's balance, depth first from the roots in id order
 */
public record LossReport(LocalDateRange span, Resource resource, List<NodeBalance> nodes) {
    /** Validates the parts. */
    public LossReport {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(resource, "resource");
        nodes = List.copyOf(nodes);
    }

    /** The balance of {@code node}, if it is in the report. */
    public Optional<NodeBalance> find(NodeId node) {
        return nodes.stream().filter(b -> b.node().equals(node)).findFirst();
    }
}
