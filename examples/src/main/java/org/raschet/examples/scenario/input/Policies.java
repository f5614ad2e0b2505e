package org.raschet.examples.scenario.input;

import java.util.Map;
import java.util.Set;

/**
 * The policies a scenario runs with: for each {@link PolicySetting}, the policy it set or the federal default.
 *
 * @param values   setting key → the policy the scenario set, for the settings it set
 * @param explicit the keys the scenario set itself (the others take their defaults)
 */
public record Policies(Map<String, Object> values, Set<String> explicit) {
    /** Copies the parts. */
    public Policies {
        values = Map.copyOf(values);
        explicit = Set.copyOf(explicit);
    }

    /** The federal defaults for every setting. */
    public static Policies defaults() {
        return new Policies(Map.of(), Set.of());
    }

    /** The policy applied for {@code setting}: the one the scenario set, or the default. */
    @SuppressWarnings("unchecked")
    public <T> T get(PolicySetting<T> setting) {
        Object v = values.get(setting.key());
        return v == null ? setting.defaultValue() : (T) v;
    }

    /** The short name of the policy applied for {@code setting}, e.g. {@code "below-half-capacity"}. */
    public <T> String name(PolicySetting<T> setting) {
        return setting.name(get(setting));
    }

    /** Whether the scenario set {@code setting} itself rather than relying on its default. */
    public boolean isExplicit(PolicySetting<?> setting) {
        return explicit.contains(setting.key());
    }
}
