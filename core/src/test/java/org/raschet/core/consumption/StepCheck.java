package org.raschet.core.consumption;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.raschet.core.protocol.Input;
import org.raschet.core.protocol.Protocol;
import org.raschet.core.protocol.ProtocolStep;

/**
 * A test-only evaluator of the expression language of {@link org.raschet.core.protocol.Formula}: re-computes every
 * step of a protocol from its own inputs, independently of the code that wrote it.
 */
final class StepCheck {
    private static final MathContext MC = new MathContext(34, RoundingMode.HALF_EVEN);

    private final String text;
    private final Map<String, BigDecimal> vars;
    private int pos;

    private StepCheck(String text, Map<String, BigDecimal> vars) {
        this.text = text;
        this.vars = vars;
    }

    /** Re-evaluates every step; returns the descriptions of those whose result differs (empty when all agree). */
    static List<String> failures(Protocol protocol) {
        List<String> out = new ArrayList<>();
        for (ProtocolStep s : protocol.steps()) {
            Map<String, BigDecimal> vars = new HashMap<>();
            for (Input i : s.inputs()) {
                vars.put(i.symbol(), i.value());
            }
            BigDecimal v;
            try {
                v = evaluate(s.formula().expression(), vars);
            } catch (RuntimeException e) {
                out.add(s.formula().id() + ": " + e.getMessage());
                continue;
            }
            if (v.compareTo(s.result().value()) != 0) {
                out.add(s.formula().id() + " " + s.formula().expression() + " with " + vars + " = " + v + " but step says "
                        + s.result().value());
            }
        }
        return out;
    }

    /** Every step of the protocol, counted. */
    static int count(Protocol protocol) {
        return protocol.steps().size();
    }

    static BigDecimal evaluate(String expression, Map<String, BigDecimal> vars) {
        StepCheck p = new StepCheck(expression, vars);
        BigDecimal v = p.sum();
        p.skip();
        if (p.pos != p.text.length()) {
            throw new IllegalArgumentException("trailing text at " + p.pos + " in " + expression);
        }
        return v;
    }

    private void skip() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
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

    private BigDecimal sum() {
        BigDecimal v = product();
        while (true) {
            if (eat('+')) {
                v = v.add(product(), MC);
            } else if (eat('-')) {
                v = v.subtract(product(), MC);
            } else {
                return v;
            }
        }
    }

    private BigDecimal product() {
        BigDecimal v = unary();
        while (true) {
            if (eat('*')) {
                v = v.multiply(unary(), MC);
            } else if (eat('/')) {
                v = v.divide(unary(), MC);
            } else {
                return v;
            }
        }
    }

    private BigDecimal unary() {
        if (eat('-')) {
            return unary().negate();
        }
        return atom();
    }

    private BigDecimal atom() {
        skip();
        if (eat('(')) {
            BigDecimal v = sum();
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
            throw new IllegalArgumentException("unexpected '" + c + "' at " + pos);
        }
        if (eat('(')) {
            List<BigDecimal> args = new ArrayList<>();
            if (!eat(')')) {
                do {
                    args.add(sum());
                } while (eat(','));
                expect(')');
            }
            return switch (name) {
                case "round" -> args.get(0).setScale(args.get(1).intValueExact(), RoundingMode.HALF_UP);
                case "floor" -> args.get(0).setScale(args.get(1).intValueExact(), RoundingMode.FLOOR);
                case "ceil" -> args.get(0).setScale(args.get(1).intValueExact(), RoundingMode.CEILING);
                case "min" -> args.stream().reduce(BigDecimal::min).orElseThrow();
                case "max" -> args.stream().reduce(BigDecimal::max).orElseThrow();
                case "abs" -> args.get(0).abs();
                default -> throw new IllegalArgumentException("unknown function " + name);
            };
        }
        BigDecimal v = vars.get(name);
        if (v == null) {
            throw new IllegalArgumentException("symbol " + name + " has no input");
        }
        return v;
    }

    private void expect(char c) {
        if (!eat(c)) {
            throw new IllegalArgumentException("expected '" + c + "' at " + pos + " in " + text);
        }
    }
}
