package org.raschet.core.protocol;

import java.util.Objects;

/**
 * The source of a formula or rule: a legal act's point, a contract, or a named policy.
 *
 * @param id a stable identifier, e.g. {@code "354.app2.f1"} or {@code "policy:rollover"}
 * @param ru the citation in Russian, e.g. {@code "Правила № 354, прил. 2, формула 1"}
 * @param en the citation in English, e.g. {@code "Rules No. 354, App. 2, formula 1"}
 */
public record LegalRef(String id, String ru, String en) {
    /** Validates the parts. */
    public LegalRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ru, "ru");
        Objects.requireNonNull(en, "en");
    }

    /** A policy as the source: {@code "policy: <id>"}. */
    public static LegalRef policy(String id, String ru, String en) {
        return new LegalRef("policy:" + id, "политика: " + ru, "policy: " + en);
    }
}
