package org.raschet.examples.scenario.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON object with a closed set of properties: any other property is an error.
 *
 * @param name       what the object is, for messages and for the schema's {@code $defs} (e.g. {@code "meter"})
 * @param properties its properties, in documentation order
 */
public record ObjectShape(String name, List<Property> properties) implements Shape {
    /** Validates the parts and that no property is declared twice. */
    public ObjectShape {
        Objects.requireNonNull(name, "name");
        properties = List.copyOf(properties);
        Map<String, Property> seen = new LinkedHashMap<>();
        for (Property p : properties) {
            if (seen.put(p.name(), p) != null) {
                throw new IllegalArgumentException("property " + p.name() + " declared twice in " + name);
            }
        }
    }

    /** An object shape with the given properties. */
    public static ObjectShape of(String name, Property... properties) {
        return new ObjectShape(name, List.of(properties));
    }

    /** The property called {@code name}, if declared. */
    public Optional<Property> property(String name) {
        return properties.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
