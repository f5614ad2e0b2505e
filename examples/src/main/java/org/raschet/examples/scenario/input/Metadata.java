package org.raschet.examples.scenario.input;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a scenario is: its name, what it shows, and the sources its expected figures are computed from.
 *
 * @param name        a short name
 * @param description what the scenario shows and how its figures were computed by hand, if given
 * @param sources     the legal sources and documents cited (e.g. "354 p.42, App. 2, formula 1")
 */
public record Metadata(String name, Optional<String> description, List<String> sources) {
    /** Validates the parts. */
    public Metadata {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        sources = List.copyOf(sources);
    }
}
