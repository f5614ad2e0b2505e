package org.raschet.examples.scenario.compute;

import java.util.List;
import org.raschet.examples.scenario.input.ScenarioInputs;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;

/**
 * A capability a scenario can ask for under {@code compute}: it reads its own settings, computes from the inputs
 * (and from the results of the sections it requires) and returns its own results with their protocol section.
 *
 * <p>Reading is separate from computing: every section of a scenario is read (and every fault of form reported)
 * before anything is computed. A later capability (per-day consumption, tariffs, common-house allocation, debts)
 * adds one implementation and one line in {@link org.raschet.examples.scenario.ScenarioFormat#COMPUTE}.
 */
public interface ComputeSection {
    /** The property under {@code compute}, e.g. {@code "intervals"}. */
    String key();

    /** The shape of the section's settings object. */
    ObjectShape shape();

    /** The keys of the sections this one uses the results of; they must be present and are computed first. */
    List<String> requires();

    /**
     * Reads and checks the section's settings against the inputs.
     *
     * @param settings the settings object, with its path
     * @param inputs   the scenario's input data
     * @return the computation, ready to run
     * @throws org.raschet.examples.scenario.ScenarioException naming the path of the first fault
     */
    Prepared prepare(ObjectCursor settings, ScenarioInputs inputs);

    /** A section's computation, its settings read and checked. */
    @FunctionalInterface
    interface Prepared {
        /**
         * Computes the section's results.
         *
         * @param context the inputs and the results of the sections computed before
         * @return the results and their protocol
         * @throws org.raschet.examples.scenario.ScenarioException for a domain fault, at the path of the input
         *                                                         that caused it
         */
        SectionResult compute(ComputeContext context);
    }
}
