package org.raschet.examples.scenario.input;

import java.util.IdentityHashMap;
import java.util.Map;

/** The data read from a scenario's input sections, looked up by section. Immutable once built. */
public final class ScenarioInputs {
    private final Map<InputSection<?>, Object> values;

    private ScenarioInputs(Map<InputSection<?>, Object> values) {
        this.values = values;
    }

    /** No section read yet. */
    public static ScenarioInputs empty() {
        return new ScenarioInputs(new IdentityHashMap<>());
    }

    /** These inputs and {@code section}'s {@code value}. */
    public <T> ScenarioInputs with(InputSection<T> section, T value) {
        Map<InputSection<?>, Object> copy = new IdentityHashMap<>(values);
        copy.put(section, value);
        return new ScenarioInputs(copy);
    }

    /**
     * What {@code section} read.
     *
     * @throws IllegalStateException if the section has not been read (a section asked for one read after it)
     */
    @SuppressWarnings("unchecked")
    public <T> T get(InputSection<T> section) {
        Object v = values.get(section);
        if (v == null) {
            throw new IllegalStateException("input section " + section.property().name() + " is not read yet");
        }
        return (T) v;
    }
}
