package org.raschet.core.protocol;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A formula of the catalogue ({@link Formulas}): what a protocol step computes, in a small expression language that
 * an independent evaluator ({@link StepEvaluator}) re-runs from the step's inputs.
 *
 * <p>Expression language, exactly as {@link StepEvaluator} implements it:
 * <ul>
 *   <li>decimal numbers {@code 12} and {@code 0.5} (digits, optionally a point and digits; no sign, no exponent);</li>
 *   <li>symbols {@code [A-Za-z_][A-Za-z0-9_]*}, each the symbol of one of the step's inputs;</li>
 *   <li>{@code + - * /} with the usual precedence, left-associative; unary minus; parentheses;</li>
 *   <li>{@code round(x, n)}: {@code x} rounded half-up to {@code n} decimals; {@code floor(x, n)}: towards −∞;
 *       {@code ceil(x, n)}: towards +∞ ({@code n} an integer with |n| ≤ 100; a negative {@code n} rounds to tens,
 *       hundreds, …);</li>
 *   <li>{@code min(a, b, …)} and {@code max(a, b, …)}: one or more arguments; {@code abs(x)}.</li>
 * </ul>
 * Addition, subtraction and multiplication are exact; division is rounded to 34 significant digits
 * ({@link java.math.MathContext#DECIMAL128}), so a formula that divides and whose result is rounded says so with
 * {@code round}, {@code floor} or {@code ceil}. Spaces are ignored. The text renderer ({@link TextRenderer}) prints
 * {@code *} as {@code ×} and a minus as {@code −}, and in Russian separates function arguments with {@code ;}.
 *
 * @param id         stable identifier, e.g. {@code "consumption.interval"}
 * @param result     the result's symbol, e.g. {@code V}
 * @param expression the right-hand side, e.g. {@code (R2 - R1) * k}
 * @param titleRu    what the step computes, in Russian
 * @param titleEn    what the step computes, in English
 * @param source     the legal, contractual or policy source
 * @param symbols    every symbol of the expression and the result, with its meaning
 */
public record Formula(String id, String result, String expression, String titleRu, String titleEn, LegalRef source,
                      List<Symbol> symbols) {
    /** Validates the parts. */
    public Formula {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(titleRu, "titleRu");
        Objects.requireNonNull(titleEn, "titleEn");
        Objects.requireNonNull(source, "source");
        symbols = List.copyOf(symbols);
    }

    /** The symbol called {@code name}, if the formula declares it. */
    public Optional<Symbol> symbol(String name) {
        return symbols.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
