package org.raschet.examples.scenario.input;

import java.util.Map;
import java.util.Set;

/**
 * The policies a scenario runs with: for each {@link PolicyChoice}, the option it named or the federal default.
 *
 * @param chosen   choice key → option name, for the choices the scenario named
 * @param explicit the keys the scenario named itself (the others take their defaults)
 */
public record Policies(Map<String, String> chosen, Set<String> explicit) {
    /** Copies the parts. */
    public Policies {
        chosen = Map.copyOf(chosen);
        explicit = Set.copyOf(explicit);
    }

    /** The federal defaults for every choice. */
    public static Policies defaults() {
        return new Policies(Map.of(), Set.of());
    }

    /** The policy chosen for {@code choice}. */
    public <T> T get(PolicyChoice<T> choice) {
        return choice.options().get(name(choice));
    }

    /** The name of the option chosen for {@code choice}. */
    public String name(PolicyChoice<?> choice) {
        return chosen.getOrDefault(choice.key(), choice.defaultName());
    }

    /** Whether the scenario named {@code choice} itself rather than relying on its default. */
    public boolean isExplicit(PolicyChoice<?> choice) {
        return explicit.contains(choice.key());
    }
}
