package org.raschet.tariffs.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.raschet.core.protocol.Input;
import org.raschet.core.protocol.ProtocolEntry;
import org.raschet.core.protocol.ProtocolSection;
import org.raschet.core.protocol.ProtocolStep;

/**
 * An independent re-evaluation of protocol steps in the expression language of {@code Formula}'s javadoc: each
 * step's result must follow from its own inputs. (Test-side until core's evaluator lands.)
 */
public final class Evaluator {
    private final String text;
    private final Map<String, BigDecimal> vars;
    private int pos;

    private Evaluator(String text, Map<String, BigDecimal> vars) {
        this.text = text;
        this.vars = vars;
    }

    /** Evaluates {@code expression} with {@code vars}. */
    public static BigDecimal evaluate(String expression, Map<String, BigDecimal> vars) {
        Evaluator e = new Evaluator(expression, vars);
        BigDecimal v = e.expr();
        e.skip();
        if (e.pos != e.text.length()) {
            throw new IllegalArgumentException("trailing text at " + e.pos + " in " + expression);
        }
        return v;
    }

    /** Asserts that every step of {@code entries} (recursively) re-evaluates to its result; returns the steps. */
    public static List<ProtocolStep> checkAll(List<ProtocolEntry> entries) {
        List<ProtocolStep> steps = new ArrayList<>();
        collect(entries, steps);
        for (ProtocolStep s : steps) {
            check(s);
        }
        return steps;
    }

    private static void collect(List<ProtocolEntry> entries, List<ProtocolStep> out) {
        for (ProtocolEntry e : entries) {
            if (e instanceof ProtocolStep s) {
                out.add(s);
                collect(s.children(), out);
            } else if (e instanceof ProtocolSection sec) {
                collect(sec.entries(), out);
            }
        }
    }

    /** Asserts that {@code step} re-evaluates to its result. */
    public static void check(ProtocolStep step) {
        Map<String, BigDecimal> vars = new HashMap<>();
        for (Input i : step.inputs()) {
            vars.put(i.symbol(), i.value());
            assertTrue(step.formula().symbol(i.symbol()).isPresent(),
                    "input " + i.symbol() + " is not a symbol of " + step.formula().id());
        }
        assertEquals(step.formula().result(), step.result().symbol(), "result symbol of " + step.formula().id());
        BigDecimal v = evaluate(step.formula().expression(), vars);
        assertEquals(0, v.compareTo(step.result().value()),
                step.formula().id() + ": " + step.formula().expression() + " with " + vars + " = " + v
                        + ", but the step says " + step.result().value());
    }

    private void skip() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean eat(char c) {
        skip();
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private BigDecimal expr() {
        BigDecimal v = term();
        while (true) {
            if (eat('+')) {
                v = v.add(term());
            } else if (eat('-')) {
                v = v.subtract(term());
            } else {
                return v;
            }
        }
    }

    private BigDecimal term() {
        BigDecimal v = unary();
        while (true) {
            if (eat('*')) {
                v = v.multiply(unary());
            } else if (eat('/')) {
                v = v.divide(unary(), MathContext.DECIMAL128);
            } else {
                return v;
            }
        }
    }

    private BigDecimal unary() {
        if (eat('-')) {
            return unary().negate();
        }
        return primary();
    }

    private BigDecimal primary() {
        skip();
        if (eat('(')) {
            BigDecimal v = expr();
            expect(')');
            return v;
        }
        int start = pos;
        char c = text.charAt(pos);
        if (Character.isDigit(c) || c == '.') {
            while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                pos++;
            }
            return new BigDecimal(text.substring(start, pos));
        }
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        String name = text.substring(start, pos);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("unexpected '" + c + "' at " + pos + " in " + text);
        }
        if (eat('(')) {
            List<BigDecimal> args = new ArrayList<>();
            do {
                args.add(expr());
            } while (eat(','));
            expect(')');
            return call(name, args);
        }
        BigDecimal v = vars.get(name);
        if (v == null) {
            throw new AssertionError("symbol " + name + " has no input in " + text);
        }
        return v;
    }

    private static BigDecimal call(String name, List<BigDecimal> a) {
        return switch (name) {
            case "round" -> a.get(0).setScale(a.get(1).intValueExact(), RoundingMode.HALF_UP);
            case "floor" -> a.get(0).setScale(a.get(1).intValueExact(), RoundingMode.FLOOR);
            case "ceil" -> a.get(0).setScale(a.get(1).intValueExact(), RoundingMode.CEILING);
            case "min" -> a.stream().reduce(BigDecimal::min).orElseThrow();
            case "max" -> a.stream().reduce(BigDecimal::max).orElseThrow();
            case "abs" -> a.get(0).abs();
            default -> throw new IllegalArgumentException("unknown function " + name);
        };
    }

    private void expect(char c) {
        if (!eat(c)) {
            throw new IllegalArgumentException("expected '" + c + "' at " + pos + " in " + text);
        }
    }
}
