package org.raschet.core.protocol;

import java.util.List;
import java.util.Objects;

/**
 * A titled group of protocol entries, e.g. one account, one period, one register.
 *
 * @param titleRu the title in Russian
 * @param titleEn the title in English
 * @param entries the entries, in order
 */
public record ProtocolSection(String titleRu, String titleEn, List<ProtocolEntry> entries)
        implements ProtocolEntry {
    /** Validates the parts. */
    public ProtocolSection {
        Objects.requireNonNull(titleRu, "titleRu");
        Objects.requireNonNull(titleEn, "titleEn");
        entries = List.copyOf(entries);
    }
}
