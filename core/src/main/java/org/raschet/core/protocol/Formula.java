package org.raschet.core.protocol;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A formula of the catalogue ({@link Formulas}): what a protocol step computes, in a small expression language that
 * an independent evaluator ({@code StepEvaluator}) can re-run from the step's inputs.
 *
 * <p>Expression language: decimal numbers, symbols ({@code [A-Za-z_][A-Za-z0-9_]*}), {@code + - * /}, unary minus,
 * parentheses, and the functions {@code round(x, n)} (half-up to {@code n} decimals), {@code floor(x, n)} (towards
 * −∞), {@code min(a, b, …)}, {@code max(a, b, …)}. Division is exact to 34 significant digits; a formula whose
 * result is rounded says so with {@code round}.
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
