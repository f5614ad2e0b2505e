package org.raschet.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.raschet.examples.scenario.ScenarioFormat;
import org.raschet.examples.scenario.json.ArrayShape;
import org.raschet.examples.scenario.json.MapShape;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.Rules;
import org.raschet.examples.scenario.json.Shape;
import org.raschet.examples.scenario.json.ValueShape;

/** {@code docs/scenario-format.md} names every property, every choice and every rule of the format. */
class ScenarioDocsTest {
    private static final Path DOC = Path.of("..", "docs", "scenario-format.md");

    private static void collect(Shape shape, Set<String> out) {
        if (shape instanceof ObjectShape o) {
            for (Property p : o.properties()) {
                out.add(p.name());
                collect(p.shape(), out);
            }
        } else if (shape instanceof ArrayShape a) {
            collect(a.items(), out);
        } else if (shape instanceof MapShape m) {
            collect(m.values(), out);
        } else if (shape instanceof ValueShape v) {
            out.addAll(v.choices());
        }
    }

    @Test
    void every_property_choice_and_rule_is_documented() throws IOException, IllegalAccessException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Set<String> names = new TreeSet<>();
        collect(ScenarioFormat.ROOT, names);
        for (Field f : Rules.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                names.add((String) f.get(null));
            }
        }
        Set<String> missing = new TreeSet<>();
        for (String n : names) {
            if (!doc.contains("`" + n + "`")) {
                missing.add(n);
            }
        }
        assertTrue(missing.isEmpty(), "not named in " + DOC + ": " + missing);
    }
}
