package org.raschet.examples.scenario.input;

import java.util.Objects;
import org.raschet.core.account.Premise;
import org.raschet.examples.scenario.json.JsonPath;

/**
 * A premise read from a scenario, with where it was declared.
 *
 * @param premise the premise and its account
 * @param path    its path, e.g. {@code $.premises[0]}
 */
public record PremiseEntry(Premise premise, JsonPath path) {
    /** Validates the parts. */
    public PremiseEntry {
        Objects.requireNonNull(premise, "premise");
        Objects.requireNonNull(path, "path");
    }
}
