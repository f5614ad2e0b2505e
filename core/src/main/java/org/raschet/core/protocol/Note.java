package org.raschet.core.protocol;

import java.util.Objects;

/**
 * A remark or a policy applied, attached to a protocol step, in both languages (e.g. which policy chose the
 * rollover, that a reading was overruled by a control reading).
 *
 * @param id a stable identifier, e.g. {@code "policy:rollover.allowed"} or {@code "reading.overruled"}
 * @param ru the text in Russian
 * @param en the text in English
 */
public record Note(String id, String ru, String en) {
    /** Validates the parts. */
    public Note {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ru, "ru");
        Objects.requireNonNull(en, "en");
    }
}
