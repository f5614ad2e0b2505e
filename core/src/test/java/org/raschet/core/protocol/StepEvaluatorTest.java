package org.raschet.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidProtocolException;

class StepEvaluatorTest {
    private static BigDecimal eval(String expression, Map<String, BigDecimal> values) {
        return StepEvaluator.evaluate(expression, values);
    }

    private static BigDecimal eval(String expression) {
        return eval(expression, Map.of());
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void precedence_associativity_unary_minus_and_parentheses() {
        assertEquals(0, eval("1 + 2 * 3").compareTo(d("7")));
        assertEquals(0, eval("(1 + 2) * 3").compareTo(d("9")));
        assertEquals(0, eval("10 - 4 - 3").compareTo(d("3")));
        assertEquals(0, eval("12 / 4 / 3").compareTo(d("1")));
        assertEquals(0, eval("-2 * -3").compareTo(d("6")));
        assertEquals(0, eval("--2").compareTo(d("2")));
        assertEquals(0, eval("-(1.5 - 2)").compareTo(d("0.5")));
    }

    @Test
    void division_keeps_34_significant_digits() {
        assertEquals(d("0.3333333333333333333333333333333333"), eval("1 / 3"));
        assertEquals(d("0.6666666666666666666666666666666667"), eval("2 / 3"));
    }

    @Test
    void rounding_functions_round_as_named() {
        assertEquals(d("2.35"), eval("round(2.345, 2)"));
        assertEquals(d("-2.35"), eval("round(-2.345, 2)"));
        assertEquals(d("2.34"), eval("floor(2.349, 2)"));
        assertEquals(d("-2.35"), eval("floor(-2.341, 2)"));
        assertEquals(d("2.35"), eval("ceil(2.341, 2)"));
        assertEquals(d("-2.34"), eval("ceil(-2.349, 2)"));
        assertEquals(0, eval("round(1250, -2)").compareTo(d("1300")));
        assertEquals(d("3"), eval("round(2.5, 0)"));
    }

    @Test
    void min_max_abs() {
        assertEquals(d("1"), eval("min(3, 1, 2)"));
        assertEquals(d("3"), eval("max(3, 1, 2)"));
        assertEquals(d("7"), eval("max(7)"));
        assertEquals(d("4.5"), eval("abs(-4.5)"));
        assertEquals(0, eval("max(0, a - b)", Map.of("a", d("1"), "b", d("5"))).signum());
    }

    @Test
    void the_charge_step_of_354_app2_f1_re_evaluates_150_kwh_at_5_67_to_850_50() {
        ProtocolStep step = ProtocolStep.of(Formulas.CHARGE_BY_METER,
                List.of(Input.of("V", 150_000_000L, 6, "kWh"), Input.of("T", 56_700L, 4, "RUB/kWh")),
                Input.of("P", 85_050L, 2, "RUB"));
        assertEquals(d("850.50"), StepEvaluator.evaluate(step));
        assertTrue(StepEvaluator.verify(step));
    }

    @Test
    void a_tampered_result_fails_verification_with_the_reason() {
        Protocol p = IntervalExample.protocol();
        assertTrue(StepEvaluator.verifyAll(p).isEmpty());
        ProtocolStep good = p.steps().get(1);
        ProtocolStep tampered = new ProtocolStep(good.formula(), good.inputs(),
                Input.of("P", 84_950L, 2, "RUB"), good.notes(), good.children());
        assertFalse(StepEvaluator.verify(tampered));
        List<StepEvaluator.Failure> failures = StepEvaluator.verifyAll(new Protocol(List.of(
                new ProtocolSection("s", "s", List.of(p.steps().get(0), tampered)))));
        assertEquals(1, failures.size());
        assertEquals(tampered, failures.get(0).step());
        assertEquals("re-evaluated 850.50, recorded 849.50", failures.get(0).reason());
    }

    @Test
    void a_tampered_input_or_a_result_under_another_symbol_fails() {
        ProtocolStep good = IntervalExample.protocol().steps().get(0);
        List<Input> inputs = List.of(Input.of("R2", 1_250_000_001L, 6, "kWh"), good.inputs().get(1),
                good.inputs().get(2));
        assertFalse(StepEvaluator.verify(new ProtocolStep(good.formula(), inputs, good.result(), List.of(),
                List.of())));
        ProtocolStep renamed = new ProtocolStep(good.formula(), good.inputs(),
                Input.of("W", 150_000_000L, 6, "kWh"), List.of(), List.of());
        assertFalse(StepEvaluator.verify(renamed));
        assertEquals(1, StepEvaluator.verifyAll(new Protocol(List.of(renamed))).size());
    }

    @Test
    void a_step_that_cannot_be_evaluated_is_listed_with_the_error() {
        Formula f = new Formula("test.missing", "X", "A + B", "т", "t", LegalRefs.RULES_354_P42_F1, List.of());
        ProtocolStep step = ProtocolStep.of(f, List.of(Input.of("A", 1, 0, "1")), Input.of("X", 1, 0, "1"));
        List<StepEvaluator.Failure> failures = StepEvaluator.verifyAll(new Protocol(List.of(step)));
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).reason().contains("symbol B"), failures.get(0).reason());
        assertTrue(failures.get(0).reason().contains("RASCHET-PROTOCOL-INVALID"), failures.get(0).reason());
    }

    private static InvalidProtocolException fails(String expression, Map<String, BigDecimal> values) {
        InvalidProtocolException e = assertThrows(InvalidProtocolException.class, () -> eval(expression, values));
        assertEquals(ErrorCode.PROTOCOL_INVALID, e.code());
        return e;
    }

    @Test
    void errors_are_typed_and_name_the_fault() {
        assertEquals("protocol.inputs-cover-symbols", fails("A + B", Map.of("A", d("1"))).rule());
        assertEquals("protocol.known-function", fails("sqrt(4)", Map.of()).rule());
        assertEquals("protocol.function-arity", fails("round(1)", Map.of()).rule());
        assertEquals("protocol.function-arity", fails("abs(1, 2)", Map.of()).rule());
        assertEquals("protocol.function-arguments", fails("round(1, 0.5)", Map.of()).rule());
        assertEquals("protocol.no-division-by-zero", fails("1 / (A - A)", Map.of("A", d("2"))).rule());
        for (String bad : new String[] {"", "1 +", "(1", "1)", "1 2", "1.", "a # b", "max()", "f(,)", "* 2",
            "round(1, 2", "1e5"}) {
            assertEquals("protocol.expression-syntax", fails(bad, Map.of("a", d("1"), "b", d("1"))).rule(), bad);
        }
        InvalidProtocolException e = fails("A * C", Map.of("A", d("1")));
        assertTrue(e.getMessage().contains("symbol C of expression 'A * C' has no input"), e.getMessage());
        assertEquals("expression", e.entity());
    }

    @Test
    void duplicate_inputs_and_hostile_nesting_are_typed_errors() {
        Formula f = new Formula("test.dup", "X", "A", "т", "t", LegalRefs.RULES_354_P42_F1, List.of());
        ProtocolStep step = ProtocolStep.of(f, List.of(Input.of("A", 1, 0, "1"), Input.of("A", 2, 0, "1")),
                Input.of("X", 1, 0, "1"));
        InvalidProtocolException e = assertThrows(InvalidProtocolException.class,
                () -> StepEvaluator.evaluate(step));
        assertEquals("protocol.unique-inputs", e.rule());
        assertEquals("protocol step test.dup", e.entity());
        String deep = "(".repeat(10_000) + "1" + ")".repeat(10_000);
        assertEquals("protocol.expression-syntax", fails(deep, Map.of()).rule());
        assertEquals("protocol.expression-syntax", fails("-".repeat(10_000) + "1", Map.of()).rule());
    }

    @Test
    void every_catalogue_formula_parses_and_declares_its_symbols() {
        for (Formula f : Formulas.all()) {
            java.util.Map<String, BigDecimal> ones = new java.util.HashMap<>();
            for (Symbol s : f.symbols()) {
                ones.put(s.name(), BigDecimal.ONE);
            }
            StepEvaluator.evaluate(f.expression(), ones);
            assertTrue(f.symbol(f.result()).isPresent(), f.id());
        }
    }
}
