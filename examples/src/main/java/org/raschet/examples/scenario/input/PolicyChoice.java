package org.raschet.examples.scenario.input;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.raschet.core.consumption.RecalculationMode;
import org.raschet.core.consumption.RolloverPolicy;
import org.raschet.core.protocol.Note;
import org.raschet.examples.scenario.json.JsonCursor;
import org.raschet.examples.scenario.json.ValueShape;

/**
 * A policy a scenario may choose by name under {@code policies}, with the federal default used when it names none.
 * A later capability (forecast, source priority, penalty rate) adds a constant here and to
 * {@link PoliciesSection#CHOICES}.
 *
 * @param key          the property under {@code policies}, e.g. {@code "rollover"}
 * @param options      the policies by their names, in documentation order
 * @param defaultName  the name of the federal default
 * @param describe     what the policy says, in both languages (shown in the report)
 * @param <T>          the policy type
 */
public record PolicyChoice<T>(String key, Map<String, T> options, String defaultName, Function<T, Note> describe)
        implements PolicySetting<T> {
    /**
     * Register rollover (LEGAL §2): {@code never} or {@code below-half-capacity}, the default
     * ({@link RolloverPolicy#BELOW_HALF_CAPACITY}, Raschet's reading of the federal rule).
     */
    public static final PolicyChoice<RolloverPolicy> ROLLOVER = new PolicyChoice<>("rollover",
            ordered("never", RolloverPolicy.NEVER, "below-half-capacity", RolloverPolicy.BELOW_HALF_CAPACITY),
            "below-half-capacity", RolloverPolicy::note);

    /**
     * Recalculation mode (LEGAL §4; 354 p.61): {@code per-period} (A, the default: each affected period corrected at
     * its own days, {@link RecalculationMode#PER_PERIOD}) or {@code in-check-period} (B: the whole difference in the
     * period of the supplier's check, {@link RecalculationMode#IN_CHECK_PERIOD}).
     */
    public static final PolicyChoice<RecalculationMode> RECALCULATION = new PolicyChoice<>("recalculation",
            ordered("per-period", RecalculationMode.PER_PERIOD, "in-check-period", RecalculationMode.IN_CHECK_PERIOD),
            "per-period", RecalculationMode::note);

    /** Validates the parts: the default is among the options. */
    public PolicyChoice {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(describe, "describe");
        options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
        if (!options.containsKey(defaultName)) {
            throw new IllegalArgumentException("default " + defaultName + " is not an option of " + key);
        }
    }

    /** What the option called {@code name} says. */
    public Note describe(String name) {
        return describe.apply(options.get(name));
    }

    /** The shape of the choice: one of the option names. */
    @Override
    public ValueShape shape() {
        return ValueShape.choice(List.copyOf(options.keySet()));
    }

    @Override
    public T defaultValue() {
        return options.get(defaultName);
    }

    @Override
    public T parse(JsonCursor value) {
        return options.get(value.choice(shape()));
    }

    @Override
    public String name(T value) {
        return options.entrySet().stream().filter(e -> e.getValue().equals(value)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IllegalArgumentException(value + " is not an option of " + key));
    }

    @Override
    public Note note(T value) {
        return describe.apply(value);
    }

    private static <T> Map<String, T> ordered(String n1, T p1, String n2, T p2) {
        Map<String, T> m = new LinkedHashMap<>();
        m.put(n1, p1);
        m.put(n2, p2);
        return m;
    }
}
