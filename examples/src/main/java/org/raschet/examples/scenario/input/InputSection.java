package org.raschet.examples.scenario.input;

import org.raschet.examples.scenario.json.JsonCursor;
import org.raschet.examples.scenario.json.Property;

/**
 * A top-level part of a scenario that holds input data (metadata, premises, meters, readings, policies), read by its
 * own class. Sections are read in the order of {@link org.raschet.examples.scenario.ScenarioFormat#INPUTS}, so a
 * section may look up what earlier ones declared (meters refer to premises, readings to meters).
 *
 * <p>A later capability (tariffs, common-house meters, payments) adds one implementation and one line in that list.
 *
 * @param <T> what the section reads into
 */
public interface InputSection<T> {
    /** The top-level property: its name, whether it is required, and its shape. */
    Property property();

    /**
     * Reads the section's value.
     *
     * @param value   the property's value, with its path
     * @param earlier what the sections before this one read
     * @return the section's data
     * @throws org.raschet.examples.scenario.ScenarioException naming the path of the first fault
     */
    T parse(JsonCursor value, ScenarioInputs earlier);

    /**
     * The section's data when the property is omitted (only called for optional sections).
     *
     * @param earlier what the sections before this one read
     */
    T absent(ScenarioInputs earlier);
}
