package org.raschet.examples.scenario.report;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes JSON trees as the runner prints them: two-space indentation, {@code "\n"} line ends whatever the platform,
 * properties in the order they were put, a final line break.
 */
public final class JsonOutput {
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private static final ObjectWriter WRITER = JsonMapper.builder().build().writer(PRETTY);

    private JsonOutput() {
    }

    /** The tree as pretty-printed JSON text ending with {@code "\n"}. */
    public static String write(JsonNode tree) {
        return WRITER.writeValueAsString(tree) + "\n";
    }
}
