package org.raschet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raschet.core.consumption.CoefficientClass;
import org.raschet.core.consumption.DailyProfile;
import org.raschet.core.consumption.DayBasis;
import org.raschet.core.consumption.ForecastCase;
import org.raschet.core.consumption.ForecastRules;
import org.raschet.core.consumption.PeriodVolume;
import org.raschet.core.consumption.ServiceConsumption;
import org.raschet.core.consumption.VolumeCorrection;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.StepEvaluator;
import org.raschet.examples.scenario.ScenarioResult;
import org.raschet.examples.scenario.ScenarioRunner;
import org.raschet.examples.scenario.input.AnomalyThresholdsSetting;
import org.raschet.examples.scenario.input.DailyProfileSetting;
import org.raschet.examples.scenario.input.ForecastSetting;
import org.raschet.examples.scenario.report.JsonReport;
import org.raschet.examples.scenario.report.TextReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The options of the per-day engine a scenario sets — daily profile, p.60(3) and the non-residential limit in the
 * {@code forecast} policy, seasonal thresholds, metering points, the refusal class of billed lines — on the flat of
 * {@link ConsumptionScenarioTest} (2 residents, normative 100 kWh, 6-month average 170 kWh), with hand-computed
 * figures (354 p.42, p.59, p.60, p.60(3), p.61; LEGAL §2–§5).
 */
class PerDayScenarioOptionsTest {
    private static ObjectNode base() {
        return ConsumptionScenarioTest.base();
    }

    private static ServiceConsumption only(ScenarioResult r) {
        return ConsumptionScenarioTest.only(r);
    }

    private static String period(ServiceConsumption c, String month) {
        return ConsumptionScenarioTest.period(c, month);
    }

    private static PeriodVolume volume(ServiceConsumption c, String month) {
        return c.period(YearMonth.parse(month), Register.TOTAL).orElseThrow();
    }

    private static DayBasis basis(ServiceConsumption c, String day) {
        return ConsumptionScenarioTest.basis(c, day);
    }

    /** The base flat with the late reading 1560 kWh of 31.03.2026: 540 kWh over the 90 days 01.01–31.03. */
    private static ObjectNode late() {
        ObjectNode tree = base();
        ConsumptionScenarioTest.reading(tree, "2026-03-31", "1560", "consumer-sms");
        tree.remove("billed");
        ((ObjectNode) tree.get("compute")).remove("recalculation");
        return tree;
    }

    @Test
    void a_daily_profile_spreads_the_interval_by_its_weights_legal_2() {
        // equal days: 540 / 90 = 6 a day, January 186, February 168, March 186
        assertEquals("168.000000 kWh", period(only(ScenarioRunner.run(late())), "2026-02"));
        // every day 1, except 31.03 weighing 32: W = 31 + 28 + 30 + 32 = 121; January = round(540 × 31 / 121, 6)
        // = 138.347107; January–February round(540 × 59 / 121, 6) = 263.305785, February = 124.958678; March the
        // rest, 540 − 263.305785 = 276.694215
        ObjectNode tree = late();
        tree.set("policies", Scenarios.json("{\"dailyProfile\": {\"dayWeights\": {\"2026-03-31\": 32}}}"));
        ScenarioResult r = ScenarioRunner.run(tree);
        ServiceConsumption c = only(r);
        assertEquals(List.of("138.347107 kWh", "124.958678 kWh", "276.694215 kWh"),
                List.of(period(c, "2026-01"), period(c, "2026-02"), period(c, "2026-03")));
        assertEquals("540.000000 kWh", c.total().toString());
        assertEquals("scenario", r.policies().name(DailyProfileSetting.INSTANCE));
        assertTrue(r.policies().isExplicit(DailyProfileSetting.INSTANCE));
        String en = TextReport.render(r, Language.EN);
        assertTrue(en.contains("  dailyProfile = scenario (set by the scenario): daily profile 'scenario'"), en);
        assertTrue(en.contains("(2026-03-31 32)"), en);
        // the protocol shows the weighted formula and names the profile
        assertTrue(en.contains("Vd = round(V × W2 / W, 6) − round(V × W1 / W, 6) = round(540.000000 × 31 / 121, 6)"),
                en);
        assertTrue(TextReport.render(r, Language.RU).contains("политика: суточный профиль «scenario»"));
        JsonNode settings = JsonReport.tree(r).at("/policies/dailyProfile/settings");
        assertEquals(32, settings.at("/dayWeights/2026-03-31").intValue());
        assertEquals(12, settings.get("monthWeights").size());
        assertEquals(List.of(), StepEvaluator.verifyAll(r.protocol()));
    }

    @Test
    void a_profile_of_equal_weights_is_the_equal_policy_and_an_id_names_the_profile() {
        ObjectNode ones = late();
        ones.set("policies", Scenarios.json("{\"dailyProfile\": {\"monthWeights\": [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,"
                + " 1]}}"));
        ScenarioResult r = ScenarioRunner.run(ones);
        assertEquals(DailyProfile.EQUAL, r.policies().get(DailyProfileSetting.INSTANCE));
        assertEquals("equal", r.policies().name(DailyProfileSetting.INSTANCE));
        assertEquals(only(ScenarioRunner.run(late())).registers(), only(r).registers());
        // a uniform profile of other weights spreads equally too, under its own name
        ObjectNode fives = late();
        fives.set("policies", Scenarios.json("{\"dailyProfile\": {\"id\": \"fives\", \"monthWeights\": [5, 5, 5, 5,"
                + " 5, 5, 5, 5, 5, 5, 5, 5]}}"));
        ScenarioResult f = ScenarioRunner.run(fives);
        assertEquals("fives", f.policies().name(DailyProfileSetting.INSTANCE));
        assertEquals(only(ScenarioRunner.run(late())).registers(), only(f).registers());
        // the average is not weighted: without the late reading, January–March stay 170 each (354 p.59)
        ObjectNode average = base();
        average.set("policies", Scenarios.json("{\"dailyProfile\": {\"monthWeights\": [1, 9, 1, 1, 1, 1, 1, 1, 1,"
                + " 1, 1, 1]}}"));
        ServiceConsumption c = only(ScenarioRunner.run(average));
        for (String m : List.of("2026-01", "2026-02", "2026-03")) {
            assertEquals("170.000000 kWh", period(c, m), m);
        }
    }

    /** The base flat whose meter was refused access for a check on 10.01 and 05.02.2026. */
    private static ObjectNode refused() {
        ObjectNode tree = base();
        Scenarios.at(tree, "/meters/0").set("events", Scenarios.json("[{\"date\": \"2026-01-10\", \"kind\":"
                + " \"access-refused\"}, {\"date\": \"2026-02-05\", \"kind\": \"access-refused\","
                + " \"document\": \"АН-2\"}]"));
        return tree;
    }

    @Test
    void two_refused_checks_bill_the_normative_in_the_refusal_class_from_the_second_acts_period_354_p60_3() {
        ScenarioResult r = ScenarioRunner.run(refused());
        ServiceConsumption c = only(r);
        // January: 01–10 p.59(b) round(170 × 10 / 31, 6) = 54.838710, 11–31 p.59(c) the rest: 170
        assertEquals("170.000000 kWh", period(c, "2026-01"));
        assertEquals(Optional.of(ForecastCase.NO_ACCESS), basis(c, "2026-01-11").forecastCase());
        // from 01.02 (second act 05.02): the normative 2 × 100 = 200 kWh, class p.60(3)
        for (String m : List.of("2026-02", "2026-03")) {
            assertEquals("200.000000 kWh", volume(c, m).normativeRefusal().toString(), m);
        }
        assertEquals(CoefficientClass.REPEATED_REFUSAL, basis(c, "2026-02-01").coefficientClass());
        // mode A, one line per class: February billed 170 without a coefficient → −170 none, +200 refusal class
        List<VolumeCorrection> cs = ConsumptionScenarioTest.corrections(r);
        assertEquals(List.of("-170.000000 kWh", "200.000000 kWh"), cs.stream().map(x -> x.quantity().toString())
                .toList());
        assertEquals(List.of(CoefficientClass.NONE, CoefficientClass.REPEATED_REFUSAL),
                cs.stream().map(VolumeCorrection::coefficientClass).toList());
        String ru = TextReport.render(r, Language.RU);
        assertTrue(ru.contains("2026-02, T, норматив с коэффициентом 1,5 за повторный недопуск (п. 60(3)): dV ="
                + " 200,000000 − 0,000000 = 200,000000 кВт·ч"), ru);
        assertTrue(ru.contains("с коэффициентом 1,5 за повторный недопуск (п. 60(3)) 200,000000 кВт·ч"), ru);
        JsonNode line = JsonReport.tree(r).at("/sections/1/results/services/0/corrections/1");
        assertTrue(line.get("refusalCoefficient").booleanValue());
        assertEquals("repeated-refusal", line.get("coefficientClass").stringValue());
        // once issued as a correction of its class, nothing is left (DESIGN principle 4)
        ObjectNode issued = refused();
        ArrayNode billed = (ArrayNode) issued.get("billed");
        billed.add(Scenarios.json("{\"account\": \"A\", \"resource\": \"electricity\", \"period\": \"2026-02\","
                + " \"kind\": \"correction\", \"issuedIn\": \"2026-04\", \"quantity\": \"-170\"}"));
        billed.add(Scenarios.json("{\"account\": \"A\", \"resource\": \"electricity\", \"period\": \"2026-02\","
                + " \"kind\": \"correction\", \"issuedIn\": \"2026-04\", \"refusalCoefficient\": true,"
                + " \"quantity\": \"200\"}"));
        assertEquals(List.of(), ConsumptionScenarioTest.corrections(ScenarioRunner.run(issued)));
        assertEquals(List.of(), StepEvaluator.verifyAll(r.protocol()));
    }

    @Test
    void the_forecast_policy_sets_the_refusal_count_354_p60_3() {
        // repeatedRefusals 0: p.60(3) never applies; February stays p.59(c) by the average, period 2 of 3
        ObjectNode off = refused();
        off.set("policies", Scenarios.json("{\"forecast\": {\"repeatedRefusals\": 0}}"));
        ScenarioResult r = ScenarioRunner.run(off);
        ServiceConsumption c = only(r);
        assertEquals("170.000000 kWh", period(c, "2026-02"));
        assertEquals(Optional.of(ForecastCase.NO_ACCESS), basis(c, "2026-02-10").forecastCase());
        assertEquals("scenario", r.policies().name(ForecastSetting.INSTANCE));
        assertEquals(0, JsonReport.tree(r).at("/policies/forecast/settings/repeatedRefusals").intValue());
        assertTrue(TextReport.render(r, Language.EN).contains("; p. 60(3) not applied"));
        // 3 refusals needed: two are not enough
        ObjectNode three = refused();
        three.set("policies", Scenarios.json("{\"forecast\": {\"repeatedRefusals\": 3}}"));
        assertEquals("170.000000 kWh", period(only(ScenarioRunner.run(three)), "2026-03"));
        assertTrue(TextReport.render(ScenarioRunner.run(three), Language.RU)
                .contains("п. 60(3): после 3-го недопуска"));
    }

    @Test
    void two_refused_installations_of_the_service_354_p60_3() {
        // acts about the service (no meter involved) count the same way: from 01.02 the refusal class
        ObjectNode tree = base();
        Scenarios.at(tree, "/services/0").set("events", Scenarios.json("[{\"date\": \"2026-01-10\", \"kind\":"
                + " \"access-refused\"}, {\"date\": \"2026-02-05\", \"kind\": \"access-refused\"}]"));
        ServiceConsumption c = only(ScenarioRunner.run(tree));
        assertEquals("200.000000 kWh", volume(c, "2026-02").normativeRefusal().toString());
        // a refused installation does not start p.59(c): January is p.59(b) throughout
        assertEquals(Optional.of(ForecastCase.NO_READINGS), basis(c, "2026-01-20").forecastCase());
        // access granted on 15.03: 01–15.03 class p.60(3), 2 × round(100 × 15 / 31, 6) = 96.774194; then
        // p.59(b) again (period 3 of 6): 170 − round(170 × 15 / 31, 6) = 170 − 82.258065 = 87.741935
        ((ArrayNode) Scenarios.at(tree, "/services/0").get("events")).add(Scenarios.json(
                "{\"date\": \"2026-03-15\", \"kind\": \"access-granted\"}"));
        ServiceConsumption granted = only(ScenarioRunner.run(tree));
        assertEquals("96.774194 kWh", volume(granted, "2026-03").normativeRefusal().toString());
        assertEquals("87.741935 kWh", volume(granted, "2026-03").average().toString());
    }

    /** The base flat, not residential, with an owner's meter (not replaced by the supplier) expired 31.12.2025. */
    private static ObjectNode shop() {
        ObjectNode tree = base();
        Scenarios.at(tree, "/premises/0").put("residential", false);
        Scenarios.at(tree, "/meters/0").put("replacedBySupplier", false).put("verificationDue", "2025-12-31");
        tree.remove("billed");
        ((ObjectNode) tree.get("compute")).remove("recalculation");
        return tree;
    }

    @Test
    void a_non_residential_premise_has_its_own_limit_of_case_a_legal_3() {
        // federal: 2 periods in a non-residential premise, then the normative 2 × 100 = 200 with the coefficient
        ScenarioResult federal = ScenarioRunner.run(shop());
        ServiceConsumption c = only(federal);
        assertEquals("170.000000 kWh", period(c, "2026-02"));
        assertEquals(2, basis(c, "2026-02-10").limit());
        assertEquals("200.000000 kWh", volume(c, "2026-03").normativeIncreased().toString());
        assertEquals("federal", federal.policies().name(ForecastSetting.INSTANCE));
        // the residential limit of 3: a Raschet constant, named so
        ObjectNode three = shop();
        three.set("policies", Scenarios.json("{\"forecast\": {\"limitOutOfOrderNonResidential\": 3}}"));
        ScenarioResult r = ScenarioRunner.run(three);
        assertEquals(ForecastRules.NON_RESIDENTIAL_3, r.policies().get(ForecastSetting.INSTANCE));
        assertEquals("federal.non-residential-3", r.policies().name(ForecastSetting.INSTANCE));
        assertEquals("170.000000 kWh", period(only(r), "2026-03"));
        // a residential limit of 1 caps the non-residential one unless it is given: February is the normative
        ObjectNode one = shop();
        one.set("policies", Scenarios.json("{\"forecast\": {\"limitOutOfOrder\": 1}}"));
        ScenarioResult o = ScenarioRunner.run(one);
        assertEquals(1, JsonReport.tree(o).at("/policies/forecast/settings/limitOutOfOrderNonResidential")
                .intValue());
        assertEquals("200.000000 kWh", period(only(o), "2026-02"));
    }

    @Test
    void seasonal_thresholds_are_part_of_the_anomaly_policy() {
        ObjectNode tree = base();
        tree.set("policies", Scenarios.json("{\"anomalyThresholds\": {\"seasonalJumpPercent\": 150,"
                + " \"seasonalDropPercent\": 0}}"));
        ScenarioResult r = ScenarioRunner.run(tree);
        assertEquals("scenario", r.policies().name(AnomalyThresholdsSetting.INSTANCE));
        assertEquals(150, r.policies().get(AnomalyThresholdsSetting.INSTANCE).seasonalJumpPercent());
        assertEquals(0, JsonReport.tree(r).at("/policies/anomalyThresholds/settings/seasonalDropPercent").intValue());
        assertTrue(TextReport.render(r, Language.EN).contains("against the same months of the previous year: jump >"
                + " 150 %, drop < 0 %"));
        // the defaults, given explicitly, are the default policy
        ObjectNode defaults = base();
        defaults.set("policies", Scenarios.json("{\"anomalyThresholds\": {\"seasonalJumpPercent\": 200,"
                + " \"seasonalDropPercent\": 50}}"));
        assertEquals("default", ScenarioRunner.run(defaults).policies().name(AnomalyThresholdsSetting.INSTANCE));
    }

    @Test
    void a_service_of_one_point_prints_no_points_and_two_points_sum_354_app2_f1() {
        ScenarioResult plain = ScenarioRunner.run(base());
        assertEquals(0, JsonReport.tree(plain).at("/sections/0/results/views/0/points").size());
        assertFalse(TextReport.render(plain, Language.EN).contains("Metering points"));
        // a second meter in parallel (point 'garage') from 31.12.2025 with 60 kWh in January: January is the
        // flat's average 170 (p.59(b)) + the garage's 60 by readings = 230, basis mixed
        ObjectNode tree = base();
        Scenarios.at(tree, "/meters/0").put("meteringPoint", "flat");
        ((ArrayNode) tree.get("meters")).add(Scenarios.json("{\"id\": \"G\", \"account\": \"A\", \"resource\":"
                + " \"electricity\", \"digits\": 6, \"installed\": \"2025-12-31\", \"meteringPoint\": \"garage\"}"));
        ((ArrayNode) tree.get("readings")).add(Scenarios.json("{\"meter\": \"G\", \"date\": \"2025-12-31\","
                + " \"value\": \"0\", \"source\": \"control\"}"));
        ((ArrayNode) tree.get("readings")).add(Scenarios.json("{\"meter\": \"G\", \"date\": \"2026-01-31\","
                + " \"value\": \"60\", \"source\": \"consumer-web\"}"));
        ScenarioResult r = ScenarioRunner.run(tree);
        ServiceConsumption c = only(r);
        assertEquals("230.000000 kWh", period(c, "2026-01"));
        assertEquals(DayBasis.Kind.MIXED, basis(c, "2026-01-15").kind());
        assertEquals("60.000000 kWh", c.point("garage").orElseThrow().register(Register.TOTAL).orElseThrow()
                .sum(c.range()).toString());
        String en = TextReport.render(r, Language.EN);
        assertTrue(en.contains("    'garage' (meter G), register T (total): 60.000000 kWh, days by basis:"), en);
        JsonNode points = JsonReport.tree(r).at("/sections/0/results/views/0/points");
        assertEquals(List.of("flat", "garage"), List.of(points.get(0).get("point").stringValue(),
                points.get(1).get("point").stringValue()));
        assertEquals("mixed", JsonReport.tree(r).at("/sections/0/results/views/0/registers/0/runs/0/basis/kind")
                .stringValue());
        assertEquals(LocalDate.parse("2026-01-01"), c.range().getStart());
        assertEquals(List.of(), StepEvaluator.verifyAll(r.protocol()));
    }
}
