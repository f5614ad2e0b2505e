package org.raschet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.raschet.examples.scenario.ScenarioFormat;
import org.raschet.examples.scenario.ScenarioRunner;
import org.raschet.examples.scenario.json.ArrayShape;
import org.raschet.examples.scenario.json.MapShape;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.Shape;
import org.raschet.examples.scenario.json.ValueShape;
import tools.jackson.databind.JsonNode;

/**
 * {@code docs/scenario.schema.json} and the parser's shapes describe the same format: walking both from the root,
 * every object has the same properties, required properties, kinds and choices; every definition of the schema is
 * used; and every bundled scenario conforms to the schema (so it uses only properties the schema declares).
 */
class ScenarioSchemaTest {
    static final Path SCHEMA = Path.of("..", "docs", "scenario.schema.json");
    static final Path SCENARIOS = Path.of("scenarios");

    /** The keywords this test understands; the schema may use no other, so nothing it says goes unchecked. */
    private static final Set<String> KEYWORDS = Set.of("$schema", "$id", "$ref", "$defs", "title", "description",
            "type", "properties", "required", "additionalProperties", "items", "propertyNames", "enum", "pattern",
            "format", "minLength", "minProperties");

    private final JsonNode schema = read(SCHEMA);
    private final Set<String> used = new HashSet<>();

    private static JsonNode read(Path p) {
        try {
            return ScenarioRunner.parse(Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode n = node;
        while (n.has("$ref")) {
            String ref = n.get("$ref").stringValue();
            assertTrue(ref.startsWith("#/$defs/"), "only local definitions: " + ref);
            String name = ref.substring("#/$defs/".length());
            used.add(name);
            n = schema.get("$defs").get(name);
            assertTrue(n != null, "undefined " + ref);
        }
        return n;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> out = new TreeSet<>();
        if (object != null) {
            out.addAll(object.propertyNames());
        }
        return out;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new TreeSet<>();
        if (array != null) {
            array.forEach(n -> out.add(n.stringValue()));
        }
        return out;
    }

    private static String type(JsonNode s) {
        JsonNode t = s.get("type");
        if (t == null) {
            return "";
        }
        if (t.isArray()) {
            List<String> all = new ArrayList<>();
            t.forEach(x -> all.add(x.stringValue()));
            return String.join("|", all);
        }
        return t.stringValue();
    }

    private void compare(Shape shape, JsonNode node, String where) {
        JsonNode s = resolve(node);
        if (shape instanceof ObjectShape o) {
            assertEquals("object", type(s), where);
            assertEquals(o.properties().stream().map(Property::name).collect(TreeSet::new, Set::add, Set::addAll),
                    names(s.get("properties")), "properties of " + where);
            assertEquals(o.properties().stream().filter(Property::required).map(Property::name)
                    .collect(TreeSet::new, Set::add, Set::addAll), strings(s.get("required")), "required of " + where);
            assertTrue(s.get("additionalProperties") != null && !s.get("additionalProperties").booleanValue(),
                    where + " must be closed (additionalProperties: false)");
            for (Property p : o.properties()) {
                compare(p.shape(), s.get("properties").get(p.name()), where + "." + p.name());
            }
        } else if (shape instanceof ArrayShape a) {
            assertEquals("array", type(s), where);
            compare(a.items(), s.get("items"), where + "[]");
        } else if (shape instanceof MapShape m) {
            assertEquals("object", type(s), where);
            assertFalse(s.has("properties"), where + " is a map");
            compare(m.keys(), s.get("propertyNames"), where + " keys");
            compare(m.values(), s.get("additionalProperties"), where + " values");
        } else if (shape instanceof ValueShape v) {
            switch (v.kind()) {
                case STRING -> assertEquals("string", type(s), where);
                case DATE -> {
                    assertEquals("string", type(s), where);
                    assertEquals("date", s.get("format").stringValue(), where);
                }
                case MONTH -> {
                    assertEquals("string", type(s), where);
                    assertEquals("^[0-9]{4}-(0[1-9]|1[0-2])$", s.get("pattern").stringValue(), where);
                }
                case DECIMAL -> assertEquals("number|string", type(s), where);
                case INTEGER -> assertEquals("integer", type(s), where);
                case BOOLEAN -> assertEquals("boolean", type(s), where);
                case CHOICE -> {
                    List<String> values = new ArrayList<>();
                    s.get("enum").forEach(x -> values.add(x.stringValue()));
                    assertEquals(v.choices(), values, "choices of " + where);
                }
                default -> fail(where + ": " + v.kind());
            }
        }
    }

    @Test
    void schema_and_parser_declare_the_same_properties_kinds_and_choices() {
        compare(ScenarioFormat.ROOT, schema, "$");
    }

    @Test
    void every_schema_definition_is_used_and_every_keyword_understood() {
        compare(ScenarioFormat.ROOT, schema, "$");
        assertEquals(names(schema.get("$defs")), new TreeSet<>(used), "definitions used from the root");
        checkKeywords(schema, "$");
    }

    private void checkKeywords(JsonNode s, String where) {
        for (String k : s.propertyNames()) {
            assertTrue(KEYWORDS.contains(k), "unknown keyword " + k + " at " + where);
            JsonNode v = s.get(k);
            switch (k) {
                case "properties", "$defs" -> v.propertyNames().forEach(n -> checkKeywords(v.get(n), where + "/" + n));
                case "items", "propertyNames" -> checkKeywords(v, where + "/" + k);
                case "additionalProperties" -> {
                    if (v.isObject()) {
                        checkKeywords(v, where + "/" + k);
                    }
                }
                default -> {
                    // a value, not a sub-schema
                }
            }
        }
    }

    /** Checks {@code value} against the subset of JSON Schema the scenario schema uses. */
    private void conforms(JsonNode value, JsonNode node, String path) {
        JsonNode s = resolve(node);
        String type = type(s);
        if (!type.isEmpty()) {
            boolean ok = Stream.of(type.split("\\|")).anyMatch(t -> switch (t) {
                case "object" -> value.isObject();
                case "array" -> value.isArray();
                case "string" -> value.isString();
                case "number" -> value.isNumber();
                case "integer" -> value.isIntegralNumber();
                case "boolean" -> value.isBoolean();
                default -> false;
            });
            assertTrue(ok, path + " is not " + type);
        }
        if (s.has("enum")) {
            assertTrue(strings(s.get("enum")).contains(value.stringValue()), path + " not in enum");
        }
        if (value.isString()) {
            if (s.has("pattern")) {
                assertTrue(Pattern.compile(s.get("pattern").stringValue()).matcher(value.stringValue()).find(),
                        path + " does not match " + s.get("pattern"));
            }
            if (s.has("minLength")) {
                assertTrue(value.stringValue().length() >= s.get("minLength").intValue(), path);
            }
        }
        if (value.isObject()) {
            if (s.has("minProperties")) {
                assertTrue(value.size() >= s.get("minProperties").intValue(), path);
            }
            for (String r : strings(s.get("required"))) {
                assertTrue(value.has(r), path + " lacks required " + r);
            }
            JsonNode props = s.get("properties");
            JsonNode additional = s.get("additionalProperties");
            for (String name : value.propertyNames()) {
                String child = path + "." + name;
                if (s.has("propertyNames")) {
                    conforms(ScenarioRunner.parse("\"" + name + "\""), s.get("propertyNames"), child + " (name)");
                }
                if (props != null && props.has(name)) {
                    conforms(value.get(name), props.get(name), child);
                } else if (additional != null && additional.isObject()) {
                    conforms(value.get(name), additional, child);
                } else {
                    fail(child + " is not declared by the schema");
                }
            }
        }
        if (value.isArray() && s.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                conforms(value.get(i), s.get("items"), path + "[" + i + "]");
            }
        }
    }

    static List<Path> bundled() throws IOException {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().contains(".expected."))
                    .sorted().toList();
        }
    }

    @Test
    void bundled_scenarios_use_only_what_the_schema_declares() throws IOException {
        List<Path> scenarios = bundled();
        assertTrue(scenarios.size() >= 2, "at least two bundled scenarios: " + scenarios);
        for (Path p : scenarios) {
            conforms(read(p), schema, p.getFileName() + " $");
        }
    }

    @Test
    void the_base_test_scenario_conforms_too() {
        conforms(Scenarios.base(), schema, "base $");
    }

    @Test
    void the_walk_would_see_an_undeclared_property() {
        JsonNode tree = Scenarios.base();
        Scenarios.at(tree, "/meters/0").put("colour", "grey");
        AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> conforms(tree, schema, "$"));
        assertTrue(e.getMessage().contains("$.meters[0].colour"), e.getMessage());
    }
}
