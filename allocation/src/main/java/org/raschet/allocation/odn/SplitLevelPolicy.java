package org.raschet.allocation.odn;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.raschet.core.protocol.Note;

/**
 * At which nodes of a house the common-house volume is split (уровень распределения). The house is always a split
 * node; a policy may add metered nodes below it (entrances, risers) so that their own imbalance is shared only among
 * the premises below them, and the house then shares what its meter shows above those nodes' meters.
 */
public interface SplitLevelPolicy {
    /** Federal default (354 p.44): the split is made at the house only; lower meters are ignored for it. */
    SplitLevelPolicy HOUSE = atMetered(EnumSet.noneOf(NodeKind.class));

    /**
     * Split also at every metered node of these kinds inside the house (e.g. entrances), as a client may want losses
     * shared below the house.
     */
    static SplitLevelPolicy atMetered(Set<NodeKind> kinds) {
        Set<NodeKind> levels = kinds.isEmpty() ? EnumSet.noneOf(NodeKind.class) : EnumSet.copyOf(kinds);
        levels.remove(NodeKind.HOUSE);
        levels.remove(NodeKind.PREMISE);
        // Locale.ROOT: the id is part of the protocol, which is identical under any JVM locale
        String names = levels.stream().map(k -> k.name().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(","));
        String ru = levels.stream().map(NodeKind::nameRu).collect(Collectors.joining(", "));
        String en = levels.stream().map(NodeKind::nameEn).collect(Collectors.joining(", "));
        return new SplitLevelPolicy() {
            @Override
            public boolean splitsAt(NetworkNode node) {
                return node.metered() && levels.contains(node.kind());
            }

            @Override
            public Set<NodeKind> levels() {
                return levels.isEmpty() ? EnumSet.noneOf(NodeKind.class) : EnumSet.copyOf(levels);
            }

            @Override
            public String id() {
                return levels.isEmpty() ? "house" : "house+" + names;
            }

            @Override
            public Note note() {
                return levels.isEmpty()
                        ? new Note("policy:odn.split-level.house",
                                "политика: распределение по дому в целом (Правила № 354, п. 44)",
                                "policy: the split is made for the house as a whole (Rules No. 354, p. 44)")
                        : new Note("policy:odn.split-level." + id(),
                                "политика: распределение также по узлам с приборами учёта уровня: " + ru
                                        + "; небаланс узла распределяется между помещениями ниже него",
                                "policy: the split is also made at metered nodes of level: " + en
                                        + "; a node's imbalance is shared among the premises below it");
            }
        };
    }

    /** Whether {@code node}, a node strictly inside a house, is a split node. */
    boolean splitsAt(NetworkNode node);

    /** The kinds of node below the house at which metered nodes are split nodes (empty: the house only). */
    Set<NodeKind> levels();

    /** A short stable identifier, e.g. {@code house} or {@code house+entrance}. */
    String id();

    /** The note the protocol shows where this policy applied. */
    Note note();
}
