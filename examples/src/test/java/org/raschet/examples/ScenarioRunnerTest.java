package org.raschet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.Formulas;
import org.raschet.core.protocol.ProtocolSection;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.core.protocol.StepEvaluator;
import org.raschet.examples.scenario.ScenarioResult;
import org.raschet.examples.scenario.ScenarioRunner;
import org.raschet.examples.scenario.compute.Charge;
import org.raschet.examples.scenario.compute.ChargesResult;
import org.raschet.examples.scenario.compute.Interval;
import org.raschet.examples.scenario.compute.IntervalsResult;
import org.raschet.examples.scenario.input.PolicyChoice;
import tools.jackson.databind.node.ObjectNode;

/** The runner's figures, hand-computed (354 p.42, App. 2, formula 1; LEGAL §2, §11). */
class ScenarioRunnerTest {
    private static List<Interval> intervals(ScenarioResult r) {
        return ((IntervalsResult) r.sections().get(0)).intervals();
    }

    private static List<Charge> charges(ScenarioResult r) {
        return ((ChargesResult) r.sections().get(1)).charges();
    }

    private static List<String> volumes(ScenarioResult r) {
        return intervals(r).stream().map(i -> i.volume().toString()).toList();
    }

    @Test
    void intervals_by_meter_then_register_then_date_354_p42_app2_f1() {
        ScenarioResult r = ScenarioRunner.run(Scenarios.BASE);
        // 77-0042: 1250 − 1100 = 150; 1437.5 − 1250 = 187.5. Z-1 day: 612 − 500 = 112; night: 260.25 − 200 = 60.25
        assertEquals(List.of("150.000000 kWh", "187.500000 kWh", "112.000000 kWh", "60.250000 kWh"), volumes(r));
        List<Interval> is = intervals(r);
        assertEquals(List.of(Register.TOTAL, Register.TOTAL, Register.DAY, Register.NIGHT),
                is.stream().map(Interval::register).toList());
        // readings of 31.01 and 28.02 cover 01.02 … 28.02 (LEGAL §2)
        assertEquals("2026-02-01", is.get(0).firstDay().toString());
        assertEquals("2026-02-28", is.get(0).lastDay().toString());
        assertEquals(28, is.get(0).days());
        assertEquals(31, is.get(1).days());
        assertEquals("$.readings[1]", is.get(0).later().path().text());
        assertFalse(is.stream().anyMatch(Interval::rollover));
    }

    @Test
    void charges_round_half_up_once_per_line_354_p42_legal_11() {
        ScenarioResult r = ScenarioRunner.run(Scenarios.BASE);
        // 150 × 5.67 = 850.50; 187.5 × 5.67 = 1063.125 → 1063.13; 112 × 5.67 = 635.04; 60.25 × 5.67 = 341.6175 → 341.62
        assertEquals(List.of(85050L, 106313L, 63504L, 34162L),
                charges(r).stream().map(Charge::amountKopecks).toList());
        assertEquals(Formulas.CHARGE_BY_METER, charges(r).get(1).step().formula());
        assertEquals("policy:rounding.kopecks-half-up-per-line", charges(r).get(1).step().notes().get(0).id());
    }

    @Test
    void readings_in_any_order_give_the_same_intervals() {
        ObjectNode tree = Scenarios.base();
        var readings = (tools.jackson.databind.node.ArrayNode) tree.get("readings");
        var reversed = tree.arrayNode();
        for (int i = readings.size() - 1; i >= 0; i--) {
            reversed.add(readings.get(i));
        }
        tree.set("readings", reversed);
        ScenarioResult r = ScenarioRunner.run(tree);
        assertEquals(volumes(ScenarioRunner.run(Scenarios.BASE)), volumes(r));
        // paths follow the reordered document: 77-0042's 28.02 reading is now element 5
        assertEquals("$.readings[5]", intervals(r).get(0).later().path().text());
    }

    @Test
    void transformer_ratio_and_rollover_legal_2() {
        ObjectNode tree = Scenarios.base();
        ObjectNode meter = Scenarios.at(tree, "/meters/0");
        meter.put("digits", 4);
        meter.put("ratio", 30);
        Scenarios.at(tree, "/readings/0").put("value", "9900");
        Scenarios.at(tree, "/readings/1").put("value", "9950");
        Scenarios.at(tree, "/readings/2").put("value", "30");
        ScenarioResult r = ScenarioRunner.run(tree);
        // (9950 − 9900) × 30 = 1500; (30 + 10^4 − 9950) × 30 = 80 × 30 = 2400 (80 < 5000: a rollover)
        assertEquals(List.of("1500.000000 kWh", "2400.000000 kWh"), volumes(r).subList(0, 2));
        Interval rolled = intervals(r).get(1);
        assertTrue(rolled.rollover());
        assertEquals(Formulas.CONSUMPTION_ROLLOVER, rolled.step().formula());
        assertEquals("policy:rollover.below-half-capacity", rolled.step().notes().get(0).id());
        assertEquals("below-half-capacity", r.policies().name(PolicyChoice.ROLLOVER));
        assertFalse(r.policies().isExplicit(PolicyChoice.ROLLOVER));
    }

    @Test
    void every_protocol_step_re_evaluates_to_its_result_and_equals_the_returned_figure() {
        ScenarioResult r = ScenarioRunner.run(Scenarios.BASE);
        assertEquals(List.of(), StepEvaluator.verifyAll(r.protocol()));
        List<ProtocolStep> steps = r.protocol().steps();
        assertEquals(8, steps.size());
        for (int i = 0; i < 4; i++) {
            assertEquals(intervals(r).get(i).volume().toBigDecimal(), steps.get(i).result().value());
            assertEquals(java.math.BigDecimal.valueOf(charges(r).get(i).amountKopecks(), 2),
                    steps.get(4 + i).result().value());
        }
    }

    @Test
    void protocol_has_one_section_per_compute_section_titled_in_both_languages() {
        ScenarioResult r = ScenarioRunner.run(Scenarios.BASE);
        List<String> titles = r.protocol().entries().stream().map(e -> ((ProtocolSection) e).titleEn()).toList();
        assertEquals(List.of("Consumption between readings", "Charges by meter readings"), titles);
        ProtocolSection first = (ProtocolSection) ((ProtocolSection) r.protocol().entries().get(0)).entries().get(0);
        assertEquals("Прибор учёта 77-0042, регистр T (сутки), показания 2026-01-31 → 2026-02-28", first.titleRu());
    }

    @Test
    void intervals_alone_need_no_charges_and_a_lone_reading_gives_no_interval() {
        ObjectNode tree = Scenarios.base();
        tree.set("compute", Scenarios.json("{\"intervals\": {}}"));
        ((tools.jackson.databind.node.ArrayNode) tree.get("readings")).remove(6); // Z-1 day of 28.02
        ScenarioResult r = ScenarioRunner.run(tree);
        assertEquals(1, r.sections().size());
        assertEquals(List.of("150.000000 kWh", "187.500000 kWh", "60.250000 kWh"), volumes(r));
    }

    @Test
    void charges_of_a_named_resource_skip_other_resources() {
        ObjectNode tree = Scenarios.base();
        Scenarios.at(tree, "/meters/1").put("resource", "cold-water");
        Scenarios.at(tree, "/compute/charges").put("resource", "electricity");
        ScenarioResult r = ScenarioRunner.run(tree);
        assertEquals(4, intervals(r).size());
        assertEquals(List.of(85050L, 106313L), charges(r).stream().map(Charge::amountKopecks).toList());
        assertEquals("112.000000 m3", intervals(r).get(2).volume().toString());
    }

    @Test
    void a_decrease_under_the_policy_never_is_refused_even_where_a_rollover_would_fit() {
        ObjectNode tree = Scenarios.base();
        tree.set("policies", Scenarios.json("{\"rollover\": \"never\"}"));
        Scenarios.at(tree, "/meters/0").put("digits", 4);
        Scenarios.at(tree, "/readings/0").put("value", "9900");
        Scenarios.at(tree, "/readings/1").put("value", "9950");
        // 30 + 10^4 − 9950 = 80 < 5000 would be accepted by below-half-capacity
        Scenarios.at(tree, "/readings/2").put("value", "30");
        Scenarios.domainFault(tree, "$.readings[2].value", "readings.non-decreasing", "RASCHET-READING-DECREASE");
    }

    @Test
    void compute_sections_come_after_the_sections_they_require() {
        List<String> keys = org.raschet.examples.scenario.ScenarioFormat.COMPUTE.stream()
                .map(org.raschet.examples.scenario.compute.ComputeSection::key).toList();
        for (var s : org.raschet.examples.scenario.ScenarioFormat.COMPUTE) {
            for (String r : s.requires()) {
                assertTrue(keys.indexOf(r) >= 0 && keys.indexOf(r) < keys.indexOf(s.key()), s.key() + " needs " + r);
            }
        }
    }

    @Test
    void same_scenario_same_result() {
        assertEquals(ScenarioRunner.run(Scenarios.BASE).protocol(), ScenarioRunner.run(Scenarios.BASE).protocol());
    }
}
