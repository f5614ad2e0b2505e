package org.raschet.examples.scenario.compute;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.raschet.examples.scenario.input.ScenarioInputs;

/**
 * What a compute section sees: the scenario's inputs and the results of the sections computed before it.
 *
 * @param inputs  the input data
 * @param results the results so far, by section key, in computation order
 */
public record ComputeContext(ScenarioInputs inputs, Map<String, SectionResult> results) {
    /** Copies the results, keeping their order. */
    public ComputeContext {
        Objects.requireNonNull(inputs, "inputs");
        results = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(results));
    }

    /**
     * The result of section {@code key}, which this section {@link ComputeSection#requires() requires}.
     *
     * @throws IllegalStateException if that section has not been computed or has another result type
     */
    public <R extends SectionResult> R result(String key, Class<R> type) {
        SectionResult r = results.get(key);
        if (!type.isInstance(r)) {
            throw new IllegalStateException("section " + key + " has not been computed as " + type.getSimpleName());
        }
        return type.cast(r);
    }
}
