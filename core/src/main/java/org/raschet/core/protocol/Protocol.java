package org.raschet.core.protocol;

import java.util.List;

/**
 * A formula protocol: the tree of steps that explains a calculation, in the order they were made. Rendered by
 * {@link TextRenderer} in Russian or English, and to JSON by {@link org.raschet.core.json.RaschetJson}.
 *
 * @param entries the top-level entries
 */
public record Protocol(List<ProtocolEntry> entries) {
    /** Copies the entries. */
    public Protocol {
        entries = List.copyOf(entries);
    }

    /** Every step of the tree, depth first, parents before their children. */
    public List<ProtocolStep> steps() {
        List<ProtocolStep> out = new java.util.ArrayList<>();
        collect(entries, out);
        return out;
    }

    private static void collect(List<ProtocolEntry> entries, List<ProtocolStep> out) {
        for (ProtocolEntry e : entries) {
            if (e instanceof ProtocolStep s) {
                out.add(s);
                collect(s.children(), out);
            } else if (e instanceof ProtocolSection sec) {
                collect(sec.entries(), out);
            }
        }
    }
}
