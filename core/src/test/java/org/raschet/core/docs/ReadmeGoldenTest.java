package org.raschet.core.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README cannot drift from the code: every block of README.md marked
 * {@code <!-- golden: docs/examples/NAME.txt -->} must equal that golden file byte for byte, and each golden file
 * is itself compared with what the code renders by the test that owns it.
 */
class ReadmeGoldenTest {
    private static final Pattern BLOCK = Pattern.compile(
            "<!-- golden: (\\S+) -->\\n```text\\n(.*?)```\\n<!-- /golden -->", Pattern.DOTALL);

    private static final Pattern SNIPPET = Pattern.compile(
            "<!-- snippet: (\\S+)#(\\S+) -->\\n```java\\n(.*?)```\\n<!-- /snippet -->", Pattern.DOTALL);

    /** README code blocks marked as snippets equal the marked region of a compiled source file. */
    @Test
    void readme_snippets_equal_compiled_sources() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
        Matcher m = SNIPPET.matcher(readme);
        int count = 0;
        while (m.find()) {
            String source = Files.readString(root.resolve(m.group(1)), StandardCharsets.UTF_8);
            String start = "// snippet:" + m.group(2) + "\n";
            int from = source.indexOf(start);
            assertTrue(from >= 0, "no snippet " + m.group(2) + " in " + m.group(1));
            int to = source.indexOf("// end-snippet", from);
            String region = source.substring(from + start.length(), source.lastIndexOf('\n', to) + 1);
            assertEquals(dedent(region), m.group(3), "README snippet differs from " + m.group(1));
            count++;
        }
        assertEquals(readme.split("<!-- snippet: ", -1).length - 1, count, "a snippet marker is malformed");
    }

    private static String dedent(String region) {
        List<String> lines = region.lines().toList();
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder out = new StringBuilder();
        for (String l : lines) {
            out.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
        }
        return out.toString();
    }

    @Test
    void readme_blocks_equal_their_golden_files() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
        Matcher m = BLOCK.matcher(readme);
        List<String> checked = new ArrayList<>();
        while (m.find()) {
            Path golden = root.resolve(m.group(1));
            assertTrue(Files.exists(golden), "README names a golden file that does not exist: " + m.group(1));
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), m.group(2),
                    "README block differs from " + m.group(1));
            checked.add(m.group(1));
        }
        assertFalse(checked.isEmpty(), "README has no golden blocks");
        int markers = readme.split("<!-- golden: ", -1).length - 1;
        assertEquals(markers, checked.size(), "a golden marker in README is malformed");
    }
}
