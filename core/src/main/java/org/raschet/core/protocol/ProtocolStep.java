package org.raschet.core.protocol;

import java.util.List;
import java.util.Objects;

/**
 * One computed figure with its explanation: the formula (with its source), the inputs with values and units, the
 * result, the notes and policies applied, and the sub-steps that produced its inputs. The substitution (the
 * expression with numbers) is rendered from the formula and the inputs, so it cannot drift from them, and
 * {@link StepEvaluator} re-evaluates the result from the inputs alone.
 *
 * @param formula  the formula computed
 * @param inputs   the values substituted for the expression's symbols
 * @param result   the result, under the formula's result symbol
 * @param notes    policies applied and remarks
 * @param children the steps that produced the inputs, if shown
 */
public record ProtocolStep(Formula formula, List<Input> inputs, Input result, List<Note> notes,
                           List<ProtocolEntry> children) implements ProtocolEntry {
    /** Validates the parts. */
    public ProtocolStep {
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(result, "result");
        inputs = List.copyOf(inputs);
        notes = List.copyOf(notes);
        children = List.copyOf(children);
    }

    /** A step with no notes and no children. */
    public static ProtocolStep of(Formula formula, List<Input> inputs, Input result) {
        return new ProtocolStep(formula, inputs, result, List.of(), List.of());
    }

    /** This step with {@code note} added. */
    public ProtocolStep withNote(Note note) {
        List<Note> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new ProtocolStep(formula, inputs, result, more, children);
    }

    /** This step with the given sub-steps. */
    public ProtocolStep withChildren(List<ProtocolEntry> children) {
        return new ProtocolStep(formula, inputs, result, notes, children);
    }
}
