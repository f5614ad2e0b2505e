package org.raschet.examples.scenario.json;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A location in a scenario document, in the JSONPath notation users read in error messages:
 * {@code $}, {@code $.readings[3].value}, {@code $.premises[0].residents['2025-01-01']}. Immutable.
 *
 * @param text the canonical text of the path
 */
public record JsonPath(String text) {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    /** The document itself, {@code $}. */
    public static final JsonPath ROOT = new JsonPath("$");

    /** Validates the text. */
    public JsonPath {
        Objects.requireNonNull(text, "text");
        if (!text.startsWith("$")) {
            throw new IllegalArgumentException("a JSON path starts with $: " + text);
        }
    }

    /** The path of property {@code name} of the object at this path. */
    public JsonPath property(String name) {
        if (IDENTIFIER.matcher(name).matches()) {
            return new JsonPath(text + "." + name);
        }
        return new JsonPath(text + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']");
    }

    /** The path of element {@code index} (0-based) of the array at this path. */
    public JsonPath index(int index) {
        return new JsonPath(text + "[" + index + "]");
    }

    @Override
    public String toString() {
        return text;
    }
}
