package org.raschet.core.consumption;

import java.util.List;
import org.raschet.core.protocol.Protocol;
import org.raschet.core.protocol.StepEvaluator;

/** Re-evaluates every step of a protocol with the independent {@link StepEvaluator}. */
final class StepCheck {
    private StepCheck() {
    }

    /** The failing steps, described (empty when every step re-evaluates to its result). */
    static List<String> failures(Protocol protocol) {
        if (protocol.steps().isEmpty()) {
            return List.of();
        }
        return StepEvaluator.verifyAll(protocol).stream()
                .map(f -> f.step().formula().id() + " " + f.step().inputs() + ": " + f.reason()).toList();
    }
}
