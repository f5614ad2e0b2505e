package org.raschet.examples.scenario.json;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The JSON names of Raschet's enums: the constant's name in lower case with hyphens, e.g.
 * {@code Resource.COLD_WATER} is {@code "cold-water"} and {@code RegisterSet.TWO_ZONE} is {@code "two-zone"}.
 */
public final class Names {
    private Names() {
    }

    /** The JSON name of {@code value}. */
    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The JSON names of every constant of {@code type}, in declaration order. */
    public static <E extends Enum<E>> List<String> all(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Names::of).toList();
    }

    /** A choice among the JSON names of {@code type}'s constants. */
    public static <E extends Enum<E>> ValueShape choice(Class<E> type) {
        return ValueShape.choice(all(type));
    }

    /** The constant of {@code type} whose JSON name is {@code name} (already checked to be a valid choice). */
    public static <E extends Enum<E>> E parse(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (of(e).equals(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException(name + " is not a " + type.getSimpleName());
    }
}
