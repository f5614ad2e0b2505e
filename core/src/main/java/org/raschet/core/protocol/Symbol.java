package org.raschet.core.protocol;

import java.util.Objects;

/**
 * A symbol of a formula with its meaning in both languages.
 *
 * @param name the symbol as it stands in the expression, e.g. {@code R2}
 * @param ru   its meaning in Russian
 * @param en   its meaning in English
 */
public record Symbol(String name, String ru, String en) {
    /** Validates the parts. */
    public Symbol {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ru, "ru");
        Objects.requireNonNull(en, "en");
    }
}
