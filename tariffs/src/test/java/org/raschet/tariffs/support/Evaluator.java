package org.raschet.tariffs.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.raschet.core.protocol.Input;
import org.raschet.core.protocol.Protocol;
import org.raschet.core.protocol.ProtocolEntry;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.core.protocol.StepEvaluator;

/** Re-evaluates every protocol step from its own inputs with core's independent {@link StepEvaluator}. */
public final class Evaluator {
    private Evaluator() {
    }

    /** Asserts that every step of {@code entries} (recursively) re-evaluates to its result; returns the steps. */
    public static List<ProtocolStep> checkAll(List<ProtocolEntry> entries) {
        Protocol protocol = new Protocol(entries);
        List<StepEvaluator.Failure> failures = StepEvaluator.verifyAll(protocol);
        assertEquals(List.of(), failures.stream().map(f -> f.step().formula().id() + ": " + f.reason()).toList());
        List<ProtocolStep> steps = protocol.steps();
        for (ProtocolStep s : steps) {
            for (Input i : s.inputs()) {
                assertTrue(s.formula().symbol(i.symbol()).isPresent(),
                        "input " + i.symbol() + " is not a symbol of " + s.formula().id());
            }
        }
        return steps;
    }
}
