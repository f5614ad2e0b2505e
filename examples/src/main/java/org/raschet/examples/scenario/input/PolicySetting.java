package org.raschet.examples.scenario.input;

import java.util.Optional;
import org.raschet.core.protocol.Note;
import org.raschet.examples.scenario.json.JsonCursor;
import org.raschet.examples.scenario.json.Shape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A policy a scenario may set under {@code policies} (DESIGN principle 7): a name among options
 * ({@link PolicyChoice}) or an object of numbers (source ranks, forecast limits, anomaly thresholds), with the
 * federal default used when the scenario sets none. A later capability adds an implementation and one line in
 * {@link PoliciesSection#CHOICES}.
 *
 * @param <T> the policy's value
 */
public interface PolicySetting<T> {
    /** The property under {@code policies}, e.g. {@code "rollover"}. */
    String key();

    /** The shape of the property's value. */
    Shape shape();

    /** The federal default, used when the scenario does not set the policy. */
    T defaultValue();

    /**
     * Reads the policy the scenario sets.
     *
     * @param value the property's value, with its path
     * @return the policy
     * @throws org.raschet.examples.scenario.ScenarioException naming the path of the first fault
     */
    T parse(JsonCursor value);

    /** The short name of {@code value} printed in reports, e.g. {@code "below-half-capacity"} or {@code "federal"}. */
    String name(T value);

    /** What {@code value} says, in both languages (the report's header shows it). */
    Note note(T value);

    /** The figures of {@code value} for the JSON report (ranks, limits, thresholds), if it has any. */
    default Optional<JsonNode> details(T value, JsonNodeFactory nodes) {
        return Optional.empty();
    }
}
