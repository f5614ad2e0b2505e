package org.raschet.core.protocol;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidProtocolException;

/**
 * Re-evaluates a protocol step from its own inputs, independently of the code that computed it: it parses the
 * formula's expression (the language of {@link Formula}) and computes with {@link BigDecimal}, reading nothing but
 * the step. A step whose re-evaluated value differs from its recorded result exposes a calculation or protocol
 * fault.
 *
 * <p>Arithmetic: {@code + - *} and unary minus are exact; {@code /} divides to 34 significant digits
 * ({@link MathContext#DECIMAL128}); {@code round(x, n)} rounds half-up to {@code n} decimals, {@code floor(x, n)}
 * towards −∞, {@code ceil(x, n)} towards +∞; {@code min}, {@code max} take one or more arguments; {@code abs(x)}.
 * Values compare by {@link BigDecimal#compareTo}, so {@code 150.000000} equals {@code 150}.
 */
public final class StepEvaluator {
    /** Deepest nesting accepted, so that a hostile expression cannot exhaust the stack. */
    private static final int MAX_DEPTH = 200;
    /** Widest decimal scale accepted for {@code round}, {@code floor}, {@code ceil}. */
    private static final int MAX_SCALE = 100;

    private StepEvaluator() {
    }

    /**
     * A step that failed verification.
     *
     * @param step   the step
     * @param reason why, e.g. {@code "re-evaluated 849.50, recorded 850.50"} or the evaluation error's message
     */
    public record Failure(ProtocolStep step, String reason) {
        /** Validates the parts. */
        public Failure {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The value of the step's expression with each symbol replaced by the value of the step's input of that name.
     *
     * @param step the step
     * @return the re-evaluated result
     * @throws InvalidProtocolException if the expression does not parse, calls an unknown function or one with the
     *                                  wrong arguments, names a symbol with no input, divides by zero, or two
     *                                  inputs share a symbol
     */
    public static BigDecimal evaluate(ProtocolStep step) {
        Objects.requireNonNull(step, "step");
        String entity = entity(step.formula());
        Map<String, BigDecimal> values = new HashMap<>();
        for (Input in : step.inputs()) {
            if (values.put(in.symbol(), in.value()) != null) {
                throw new InvalidProtocolException(ErrorCode.PROTOCOL_INVALID, entity, null,
                        "symbol " + in.symbol() + " has two inputs", "protocol.unique-inputs");
            }
        }
        return evaluate(step.formula().expression(), values, entity);
    }

    /**
     * The value of {@code expression} (the language of {@link Formula}) with the given symbol values.
     *
     * @param expression the expression, e.g. {@code "round(V * T, 2)"}
     * @param values     the value of each symbol
     * @return its value
     * @throws InvalidProtocolException as {@link #evaluate(ProtocolStep)}
     */
    public static BigDecimal evaluate(String expression, Map<String, BigDecimal> values) {
        return evaluate(expression, values, "expression");
    }

    /**
     * Whether the step re-evaluates to its recorded result ({@code compareTo == 0}) under the formula's result
     * symbol.
     *
     * @param step the step
     * @return {@code true} if it does
     * @throws InvalidProtocolException if the step cannot be evaluated (see {@link #evaluate(ProtocolStep)})
     */
    public static boolean verify(ProtocolStep step) {
        return step.result().symbol().equals(step.formula().result())
                && evaluate(step).compareTo(step.result().value()) == 0;
    }

    /**
     * Verifies every step of the protocol (sections and children included, depth first) and lists those that fail,
     * with the reason; a step that cannot be evaluated is listed with the error's message.
     *
     * @param protocol the protocol
     * @return the failing steps in protocol order; empty when every step checks
     */
    public static List<Failure> verifyAll(Protocol protocol) {
        List<Failure> failures = new ArrayList<>();
        for (ProtocolStep step : protocol.steps()) {
            if (!step.result().symbol().equals(step.formula().result())) {
                failures.add(new Failure(step, "result is under symbol " + step.result().symbol()
                        + ", the formula " + step.formula().id() + " computes " + step.formula().result()));
                continue;
            }
            try {
                BigDecimal value = evaluate(step);
                if (value.compareTo(step.result().value()) != 0) {
                    failures.add(new Failure(step, "re-evaluated " + value.toPlainString() + ", recorded "
                            + step.result().value().toPlainString()));
                }
            } catch (InvalidProtocolException e) {
                failures.add(new Failure(step, e.getMessage()));
            }
        }
        return List.copyOf(failures);
    }

    private static String entity(Formula formula) {
        return "protocol step " + formula.id();
    }

    private static BigDecimal evaluate(String expression, Map<String, BigDecimal> values, String entity) {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(values, "values");
        return new Parser(expression, ExpressionLexer.tokenize(expression, entity), values, entity).parse();
    }

    /** Recursive descent over the tokens, computing as it goes: the grammar is small enough to need no tree. */
    private static final class Parser {
        private final String expression;
        private final List<ExpressionLexer.Token> tokens;
        private final Map<String, BigDecimal> values;
        private final String entity;
        private int next;
        private int depth;

        Parser(String expression, List<ExpressionLexer.Token> tokens, Map<String, BigDecimal> values,
               String entity) {
            this.expression = expression;
            this.tokens = tokens;
            this.values = values;
            this.entity = entity;
        }

        BigDecimal parse() {
            BigDecimal v = sum();
            if (next < tokens.size()) {
                throw syntax("unexpected '" + tokens.get(next).text() + "'");
            }
            return v;
        }

        // sum := product (('+' | '-') product)*
        private BigDecimal sum() {
            BigDecimal v = product();
            while (at(ExpressionLexer.Kind.PLUS) || at(ExpressionLexer.Kind.MINUS)) {
                boolean plus = tokens.get(next++).kind() == ExpressionLexer.Kind.PLUS;
                BigDecimal r = product();
                v = plus ? v.add(r) : v.subtract(r);
            }
            return v;
        }

        // product := unary (('*' | '/') unary)*
        private BigDecimal product() {
            BigDecimal v = unary();
            while (at(ExpressionLexer.Kind.STAR) || at(ExpressionLexer.Kind.SLASH)) {
                ExpressionLexer.Token op = tokens.get(next++);
                BigDecimal r = unary();
                if (op.kind() == ExpressionLexer.Kind.STAR) {
                    v = v.multiply(r);
                } else {
                    if (r.signum() == 0) {
                        throw new InvalidProtocolException(ErrorCode.PROTOCOL_INVALID, entity, null,
                                "expression '" + expression + "' divides " + v.toPlainString() + " by zero at offset "
                                        + op.position(), "protocol.no-division-by-zero");
                    }
                    v = v.divide(r, MathContext.DECIMAL128);
                }
            }
            return v;
        }

        // unary := '-' unary | primary
        private BigDecimal unary() {
            if (at(ExpressionLexer.Kind.MINUS)) {
                next++;
                enter();
                BigDecimal v = unary().negate();
                depth--;
                return v;
            }
            return primary();
        }

        // primary := number | symbol | function '(' sum (',' sum)* ')' | '(' sum ')'
        private BigDecimal primary() {
            if (next >= tokens.size()) {
                throw syntax("the expression ends where a value is expected");
            }
            ExpressionLexer.Token t = tokens.get(next++);
            switch (t.kind()) {
                case NUMBER:
                    return new BigDecimal(t.text());
                case LPAREN: {
                    enter();
                    BigDecimal v = sum();
                    expect(ExpressionLexer.Kind.RPAREN, "')'");
                    depth--;
                    return v;
                }
                case SYMBOL:
                    if (at(ExpressionLexer.Kind.LPAREN)) {
                        next++;
                        enter();
                        List<BigDecimal> args = new ArrayList<>();
                        args.add(sum());
                        while (at(ExpressionLexer.Kind.COMMA)) {
                            next++;
                            args.add(sum());
                        }
                        expect(ExpressionLexer.Kind.RPAREN, "')' or ','");
                        depth--;
                        return call(t, args);
                    }
                    BigDecimal v = values.get(t.text());
                    if (v == null) {
                        throw new InvalidProtocolException(ErrorCode.PROTOCOL_INVALID, entity, null,
                                "symbol " + t.text() + " of expression '" + expression + "' has no input (inputs: "
                                        + new java.util.TreeSet<>(values.keySet()) + ")",
                                "protocol.inputs-cover-symbols");
                    }
                    return v;
                default:
                    next--;
                    throw syntax("unexpected '" + t.text() + "' where a value is expected");
            }
        }

        private BigDecimal call(ExpressionLexer.Token name, List<BigDecimal> args) {
            switch (name.text()) {
                case "round":
                    return args(name, args, 2).get(0).setScale(scale(name, args.get(1)), RoundingMode.HALF_UP);
                case "floor":
                    return args(name, args, 2).get(0).setScale(scale(name, args.get(1)), RoundingMode.FLOOR);
                case "ceil":
                    return args(name, args, 2).get(0).setScale(scale(name, args.get(1)), RoundingMode.CEILING);
                case "abs":
                    return args(name, args, 1).get(0).abs();
                case "min":
                    return args.stream().reduce(BigDecimal::min).orElseThrow();
                case "max":
                    return args.stream().reduce(BigDecimal::max).orElseThrow();
                default:
                    throw new InvalidProtocolException(ErrorCode.PROTOCOL_INVALID, entity, null,
                            "expression '" + expression + "' calls unknown function " + name.text() + " at offset "
                                    + name.position() + " (known: round, floor, ceil, min, max, abs)",
                            "protocol.known-function");
            }
        }

        private List<BigDecimal> args(ExpressionLexer.Token name, List<BigDecimal> args, int count) {
            if (args.size() != count) {
                throw new InvalidProtocolException(ErrorCode.PROTOCOL_INVALID, entity, null,
                        "expression '" + expression + "' calls " + name.text() + " with " + args.size()
                                + " arguments at offset " + name.position() + ", it takes " + count,
                        "protocol.function-arity");
            }
            return args;
        }

        private int scale(ExpressionLexer.Token name, BigDecimal n) {
            if (n.signum() != 0 && n.stripTrailingZeros().scale() > 0
                    || n.abs().compareTo(BigDecimal.valueOf(MAX_SCALE)) > 0) {
                throw new InvalidProtocolException(ErrorCode.PROTOCOL_INVALID, entity, null,
                        "expression '" + expression + "' calls " + name.text() + " with " + n.toPlainString()
                                + " decimals at offset " + name.position() + ", not an integer within ±" + MAX_SCALE,
                        "protocol.function-arguments");
            }
            return n.intValueExact();
        }

        private void enter() {
            if (++depth > MAX_DEPTH) {
                throw syntax("nesting deeper than " + MAX_DEPTH);
            }
        }

        private boolean at(ExpressionLexer.Kind kind) {
            return next < tokens.size() && tokens.get(next).kind() == kind;
        }

        private void expect(ExpressionLexer.Kind kind, String what) {
            if (!at(kind)) {
                throw syntax(next < tokens.size() ? what + " expected, found '" + tokens.get(next).text() + "'"
                        : what + " expected at the end");
            }
            next++;
        }

        private InvalidProtocolException syntax(String detail) {
            int position = next < tokens.size() ? tokens.get(next).position() : expression.length();
            return ExpressionLexer.error(entity, expression, position, detail);
        }
    }
}
