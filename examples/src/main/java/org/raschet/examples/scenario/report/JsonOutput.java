package org.raschet.examples.scenario.report;

import org.raschet.core.json.RaschetJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes JSON as the runner prints it, with Raschet's deterministic mapper ({@link RaschetJson#mapper()}): two-space
 * indentation, {@code "\n"} line ends whatever the platform, properties in the order they were put, a final line
 * break.
 */
public final class JsonOutput {
    /** Raschet's mapper, built once (immutable and thread-safe). */
    static final JsonMapper MAPPER = RaschetJson.mapper();

    private static final ObjectWriter WRITER = MAPPER.writerWithDefaultPrettyPrinter();

    private JsonOutput() {
    }

    /** The tree as pretty-printed JSON text ending with {@code "\n"}. */
    public static String write(JsonNode tree) {
        return WRITER.writeValueAsString(tree) + "\n";
    }

    /** A Raschet value (a protocol, a quantity, …) as a JSON tree, in the forms of {@link RaschetJson}. */
    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }
}
