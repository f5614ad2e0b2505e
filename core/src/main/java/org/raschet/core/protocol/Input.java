package org.raschet.core.protocol;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A value in a protocol step: an input or the result, with its unit and, where there is one, the primary document
 * it comes from (a reading's act number, a payment's bank document).
 *
 * <p>Unit codes: {@code kWh}, {@code m3}, {@code Gcal}, {@code m2}, a currency code such as {@code RUB}, a ratio
 * such as {@code RUB/kWh} or {@code kWh/person}, {@code day}, {@code month}, {@code person}, {@code %}, and
 * {@code 1} for a pure number. Renderers print them in each language.
 *
 * @param symbol   the formula symbol
 * @param value    the exact value (its scale is kept in the rendering)
 * @param unit     the unit code
 * @param document the primary document, if any
 */
public record Input(String symbol, BigDecimal value, String unit, Optional<String> document) {
    /** Validates the parts. */
    public Input {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(document, "document");
    }

    /** An input with no document. */
    public static Input of(String symbol, BigDecimal value, String unit) {
        return new Input(symbol, value, unit, Optional.empty());
    }

    /** An input of {@code unscaled × 10^-scale}, e.g. {@code of("V", micros, 6, "kWh")}. */
    public static Input of(String symbol, long unscaled, int scale, String unit) {
        return new Input(symbol, BigDecimal.valueOf(unscaled, scale), unit, Optional.empty());
    }

    /** This input, with its primary document. */
    public Input withDocument(Optional<String> document) {
        return new Input(symbol, value, unit, document);
    }
}
