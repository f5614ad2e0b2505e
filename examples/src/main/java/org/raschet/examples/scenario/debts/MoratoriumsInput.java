package org.raschet.examples.scenario.debts;

import java.util.List;
import java.util.Objects;
import org.raschet.allocation.penalty.Moratorium;

/**
 * The moratoriums on penalties a scenario runs with (section {@code moratoriums}).
 *
 * @param moratoriums the moratoriums: the base's, then the scenario's
 * @param base        what the scenario's entries add to: {@code federal} or {@code none}
 * @param given       the scenario's own entries, with their paths
 */
public record MoratoriumsInput(List<Moratorium> moratoriums, String base, List<Located<Moratorium>> given) {
    /** Validates the parts. */
    public MoratoriumsInput {
        moratoriums = List.copyOf(moratoriums);
        Objects.requireNonNull(base, "base");
        given = List.copyOf(given);
    }
}
