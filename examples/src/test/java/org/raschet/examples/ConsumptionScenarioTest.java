package org.raschet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raschet.core.consumption.AnomalyFlag;
import org.raschet.core.consumption.AnomalyKind;
import org.raschet.core.consumption.DayBasis;
import org.raschet.core.consumption.ForecastCase;
import org.raschet.core.consumption.ReadingStatus;
import org.raschet.core.consumption.ServiceConsumption;
import org.raschet.core.consumption.VolumeCorrection;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.StepEvaluator;
import org.raschet.examples.scenario.ScenarioResult;
import org.raschet.examples.scenario.ScenarioRunner;
import org.raschet.examples.scenario.compute.ConsumptionResult;
import org.raschet.examples.scenario.compute.RecalculationResult;
import org.raschet.examples.scenario.input.ForecastSetting;
import org.raschet.examples.scenario.input.PolicyChoice;
import org.raschet.examples.scenario.input.ReadingPrioritySetting;
import org.raschet.examples.scenario.report.JsonReport;
import org.raschet.examples.scenario.report.TextReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code consumption} and {@code recalculation} sections and the consumption policies, on hand-computed cases
 * (354 p.42, p.59, p.60, p.61, p.82–85; LEGAL §2–§5).
 */
class ConsumptionScenarioTest {
    /**
     * Flat A (2 residents, 50 m², normative 100 kWh per resident per month) with meter M installed 30.06.2025 at 0
     * and consumer readings at the ends of July–December 2025: months of 150, 140, 160, 170, 190, 210 kWh (the
     * 6-month average is 1020 / 6 = 170 kWh); January–March 2026 computed as known on 05.04.2026; January and
     * February billed 170 kWh each.
     */
    static final String BASE = """
            {
              "metadata": { "name": "consumption base" },
              "premises": [ { "id": "A", "house": "H", "area": "50", "residents": { "2020-01-01": 2 } } ],
              "services": [ { "account": "A", "resource": "electricity",
                              "normativePerResident": { "2020-01-01": "100" } } ],
              "meters": [ { "id": "M", "account": "A", "resource": "electricity", "digits": 6,
                            "installed": "2025-06-30" } ],
              "readings": [
                { "meter": "M", "date": "2025-06-30", "value": "0", "source": "control" },
                { "meter": "M", "date": "2025-07-31", "value": "150", "source": "consumer-web" },
                { "meter": "M", "date": "2025-08-31", "value": "290", "source": "consumer-web" },
                { "meter": "M", "date": "2025-09-30", "value": "450", "source": "consumer-web" },
                { "meter": "M", "date": "2025-10-31", "value": "620", "source": "consumer-web" },
                { "meter": "M", "date": "2025-11-30", "value": "810", "source": "consumer-web" },
                { "meter": "M", "date": "2025-12-31", "value": "1020", "source": "consumer-web" }
              ],
              "billed": [
                { "account": "A", "resource": "electricity", "period": "2026-01", "quantity": "170" },
                { "account": "A", "resource": "electricity", "period": "2026-02", "quantity": "170" }
              ],
              "compute": {
                "consumption": { "firstDay": "2026-01-01", "lastDay": "2026-03-31", "asKnownOn": ["2026-04-05"] },
                "recalculation": { "issuedIn": "2026-04" }
              }
            }
            """;

    static ObjectNode base() {
        return (ObjectNode) ScenarioRunner.parse(BASE);
    }

    static void reading(ObjectNode tree, String date, String value, String source) {
        ((ArrayNode) tree.get("readings")).add(Scenarios.json("{\"meter\": \"M\", \"date\": \"" + date
                + "\", \"value\": \"" + value + "\", \"source\": \"" + source + "\"}"));
    }

    static ConsumptionResult consumption(ScenarioResult r) {
        return (ConsumptionResult) r.sections().stream().filter(s -> s instanceof ConsumptionResult).findFirst()
                .orElseThrow();
    }

    static ServiceConsumption only(ScenarioResult r) {
        List<org.raschet.examples.scenario.compute.ConsumptionView> vs = consumption(r).views();
        assertEquals(1, vs.size());
        return vs.get(0).consumption();
    }

    static String period(ServiceConsumption c, String month) {
        return c.period(YearMonth.parse(month), Register.TOTAL).orElseThrow().total().toString();
    }

    static DayBasis basis(ServiceConsumption c, String day) {
        return c.register(Register.TOTAL).orElseThrow().basisOn(LocalDate.parse(day));
    }

    static List<VolumeCorrection> corrections(ScenarioResult r) {
        return ((RecalculationResult) r.sections().get(r.sections().size() - 1)).corrections();
    }

    @Test
    void no_readings_three_months_by_the_average_and_nothing_to_correct_354_p59_b() {
        ScenarioResult r = ScenarioRunner.run(base());
        ServiceConsumption c = only(r);
        for (String m : List.of("2026-01", "2026-02", "2026-03")) {
            assertEquals("170.000000 kWh", period(c, m), m);
        }
        assertEquals(3, basis(c, "2026-03-31").period());
        // billed as known now: no correction line
        assertEquals(List.of(), corrections(r));
        assertTrue(TextReport.render(r, Language.EN).contains("No correction lines"));
        assertEquals(List.of(), StepEvaluator.verifyAll(r.protocol()));
    }

    @Test
    void forecast_limit_of_three_periods_then_the_normative_without_coefficient_354_p59_b_p60() {
        // policy forecast {limitNoReadings: 3} (the reading some sources give, LEGAL §3): April is period 4 > 3,
        // the normative 2 × 100 = 200 kWh without the increasing coefficient (p.60, case (b))
        ObjectNode tree = base();
        tree.set("policies", Scenarios.json("{\"forecast\": {\"limitNoReadings\": 3}}"));
        Scenarios.at(tree, "/compute/consumption").put("lastDay", "2026-04-30");
        ScenarioResult r = ScenarioRunner.run(tree);
        ServiceConsumption c = only(r);
        assertEquals("170.000000 kWh", period(c, "2026-03"));
        assertEquals("200.000000 kWh", period(c, "2026-04"));
        DayBasis april = basis(c, "2026-04-10");
        assertEquals(DayBasis.Kind.NORMATIVE, april.kind());
        assertTrue(april.beyondLimit());
        assertFalse(april.increasingCoefficient());
        assertEquals("federal.no-readings-3", r.policies().name(ForecastSetting.INSTANCE));
        assertTrue(r.policies().isExplicit(ForecastSetting.INSTANCE));
        // the federal limit of 6 keeps April by the average
        ObjectNode federal = base();
        Scenarios.at(federal, "/compute/consumption").put("lastDay", "2026-04-30");
        assertEquals("170.000000 kWh", period(only(ScenarioRunner.run(federal)), "2026-04"));
    }

    @Test
    void forecast_policy_with_own_numbers_is_named_scenario_and_averages_its_months() {
        // averageMonths 3: (170 + 190 + 210) / 3 = 190 kWh
        ObjectNode tree = base();
        tree.set("policies", Scenarios.json("{\"forecast\": {\"averageMonths\": 3}}"));
        ScenarioResult r = ScenarioRunner.run(tree);
        assertEquals("190.000000 kWh", period(only(r), "2026-01"));
        assertEquals("scenario", r.policies().name(ForecastSetting.INSTANCE));
        JsonNode settings = JsonReport.tree(r).get("policies").get("forecast").get("settings");
        assertEquals(3, settings.get("averageMonths").intValue());
        assertEquals(3, settings.get("minimumMonths").intValue());
    }

    @Test
    void late_reading_corrects_each_period_mode_a_and_again_nothing_once_issued_354_p61() {
        // 1560 − 1020 = 540 kWh over 90 days, 6 a day: January 186, February 168; billed 170 each
        ObjectNode tree = base();
        reading(tree, "2026-03-31", "1560", "consumer-sms");
        ScenarioResult r = ScenarioRunner.run(tree);
        List<VolumeCorrection> cs = corrections(r);
        assertEquals(List.of("16.000000 kWh", "-2.000000 kWh"), cs.stream().map(c -> c.quantity().toString()).toList());
        // the host issues them: billed again with the corrections, nothing new (DESIGN principle 4)
        ArrayNode billed = (ArrayNode) tree.get("billed");
        billed.add(Scenarios.json("{\"account\": \"A\", \"resource\": \"electricity\", \"period\": \"2026-01\","
                + " \"kind\": \"correction\", \"issuedIn\": \"2026-04\", \"quantity\": \"16\"}"));
        billed.add(Scenarios.json("{\"account\": \"A\", \"resource\": \"electricity\", \"period\": \"2026-02\","
                + " \"kind\": \"correction\", \"issuedIn\": \"2026-04\", \"quantity\": \"-2\"}"));
        assertEquals(List.of(), corrections(ScenarioRunner.run(tree)));
    }

    @Test
    void mode_b_with_a_check_period_given_puts_the_sum_of_mode_a_there_354_p61() {
        // a consumer's late reading, mode B with checkPeriod given: one line of 16 − 2 = 14 kWh in March
        ObjectNode tree = base();
        reading(tree, "2026-03-31", "1560", "consumer-sms");
        tree.set("policies", Scenarios.json("{\"recalculation\": \"in-check-period\"}"));
        Scenarios.at(tree, "/compute/recalculation").put("checkPeriod", "2026-03");
        ScenarioResult r = ScenarioRunner.run(tree);
        List<VolumeCorrection> cs = corrections(r);
        assertEquals(1, cs.size());
        assertEquals("14.000000 kWh", cs.get(0).quantity().toString());
        assertEquals(YearMonth.of(2026, 3), cs.get(0).period());
        assertEquals("in-check-period", r.policies().name(PolicyChoice.RECALCULATION));
        assertEquals("B", JsonReport.tree(r).get("sections").get(1).get("results").get("letter").stringValue());
    }

    @Test
    void several_knowledge_dates_reproduce_what_was_billed_and_what_is_known_now_design_4() {
        ObjectNode tree = base();
        reading(tree, "2026-03-31", "1560", "consumer-sms");
        Scenarios.at(tree, "/readings/7").put("knownOn", "2026-04-03");
        ArrayNode dates = tree.arrayNode().add("2026-03-05").add("2026-04-05");
        Scenarios.at(tree, "/compute/consumption").set("asKnownOn", dates);
        ScenarioResult r = ScenarioRunner.run(tree);
        ConsumptionResult c = consumption(r);
        assertEquals(2, c.views().size());
        ServiceConsumption before = c.views().get(0).consumption();
        assertEquals("170.000000 kWh", period(before, "2026-02"));
        assertEquals(ReadingStatus.NOT_YET_KNOWN, before.readings().stream()
                .filter(o -> o.reading().date().equals(LocalDate.parse("2026-03-31"))).findFirst().orElseThrow()
                .status());
        assertEquals("168.000000 kWh", period(c.views().get(1).consumption(), "2026-02"));
        // the recalculation uses the latest date unless told otherwise
        assertEquals(LocalDate.parse("2026-04-05"), ((RecalculationResult) r.sections().get(1)).asKnownOn());
        Scenarios.at(tree, "/compute/recalculation").put("asKnownOn", "2026-03-05");
        assertEquals(List.of(), corrections(ScenarioRunner.run(tree)));
    }

    @Test
    void custom_reading_priority_lets_a_remote_reading_win_the_day_legal_4() {
        // 31.01: remote 1200 and control 1190; federal ranks: the control reading (1190 − 1020 = 170) wins
        ObjectNode tree = base();
        reading(tree, "2026-01-31", "1200", "remote");
        reading(tree, "2026-01-31", "1190", "control");
        ScenarioResult federal = ScenarioRunner.run(tree);
        assertEquals("170.000000 kWh", period(only(federal), "2026-01"));
        // remote ranked 4 above control 3: the remote reading wins, 1200 − 1020 = 180, the control one is overruled
        tree.set("policies", Scenarios.json("{\"readingPriority\": {\"remote\": 4}}"));
        ScenarioResult r = ScenarioRunner.run(tree);
        ServiceConsumption c = only(r);
        assertEquals("180.000000 kWh", period(c, "2026-01"));
        assertEquals(ReadingStatus.OVERRULED, c.readings().stream()
                .filter(o -> o.reading().value().toString().equals("1190.000000 kWh")).findFirst().orElseThrow()
                .status());
        assertEquals("scenario", r.policies().name(ReadingPrioritySetting.INSTANCE));
        assertEquals(4, JsonReport.tree(r).get("policies").get("readingPriority").get("settings").get("remote")
                .intValue());
        assertTrue(TextReport.render(r, Language.EN).contains("remote 4"));
    }

    @Test
    void anomaly_thresholds_flag_a_jump_and_a_floor_per_resident_with_the_numbers_compared() {
        // January 1300 − 1020 = 280 kWh; E = round(1020 × 31 / 184, 6) = 171.847826;
        // q = round(280 × 100 / 171.847826, 2) = 162.93 % > 150 %
        ObjectNode tree = base();
        reading(tree, "2026-01-31", "1300", "consumer-web");
        tree.set("policies", Scenarios.json("{\"anomalyThresholds\": {\"jumpPercent\": 150, "
                + "\"floorPerResidentPerDay\": \"5\"}}"));
        ServiceConsumption c = only(ScenarioRunner.run(tree));
        AnomalyFlag jump = c.flags().stream().filter(f -> f.kind() == AnomalyKind.JUMP).findFirst().orElseThrow();
        assertEquals(new BigDecimal("171.847826"), jump.figures().get(1).value());
        assertEquals(new BigDecimal("162.93"), jump.figures().get(2).value());
        // floor: 2 residents × 31 days × 5 kWh = 310 kWh > 280
        AnomalyFlag low = c.flags().stream().filter(f -> f.kind() == AnomalyKind.LOW_PER_RESIDENT).findFirst()
                .orElseThrow();
        assertEquals(0, new BigDecimal("310").compareTo(low.figures().get(1).value()));
        // the default thresholds flag nothing here
        ObjectNode plain = base();
        reading(plain, "2026-01-31", "1300", "consumer-web");
        assertTrue(only(ScenarioRunner.run(plain)).flags().isEmpty());
    }

    @Test
    void a_service_without_meters_is_billed_by_the_normative_with_the_coefficient_unless_impossible_legal_5() {
        // 354 App. 2, formula 4: 2 residents × 100 = 200 kWh; K applies unless a meter cannot be installed
        ObjectNode tree = base();
        ((ArrayNode) tree.get("premises")).add(Scenarios.json(
                "{\"id\": \"B\", \"house\": \"H\", \"area\": \"30\", \"residents\": {\"2020-01-01\": 2}}"));
        ((ArrayNode) tree.get("services")).add(Scenarios.json("{\"account\": \"B\", \"resource\": \"electricity\","
                + " \"normativePerResident\": {\"2020-01-01\": \"100\"}}"));
        Scenarios.at(tree, "/compute/consumption").put("account", "B");
        tree.remove("billed");
        ServiceConsumption c = only(ScenarioRunner.run(tree));
        assertEquals("200.000000 kWh", period(c, "2026-01"));
        DayBasis b = basis(c, "2026-01-15");
        assertEquals(Optional.of(ForecastCase.NO_METER), b.forecastCase());
        assertTrue(b.increasingCoefficient());
        assertEquals("200.000000 kWh", c.period(YearMonth.of(2026, 1), Register.TOTAL).orElseThrow()
                .normativeIncreased().toString());
        Scenarios.at(tree, "/services/1").put("meterInstallationImpossible", true);
        assertFalse(basis(only(ScenarioRunner.run(tree)), "2026-01-15").increasingCoefficient());
    }

    @Test
    void json_gives_each_day_and_the_days_sum_to_the_register_total() {
        ObjectNode tree = base();
        reading(tree, "2026-02-10", "1300", "consumer-web");
        JsonNode view = JsonReport.tree(ScenarioRunner.run(tree)).get("sections").get(0).get("results")
                .get("views").get(0);
        JsonNode register = view.get("registers").get(0);
        JsonNode values = register.get("daily").get("values");
        assertEquals(90, values.size());
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode v : values) {
            sum = sum.add(new BigDecimal(v.stringValue()));
        }
        assertEquals(register.get("total").stringValue(), sum.setScale(6) + " kWh");
        // 01.01–10.02: 280 kWh over 41 days by readings; then the average of the 6 months before the gap
        assertEquals("actual", register.get("runs").get(0).get("basis").get("kind").stringValue());
        assertEquals("2026-02-10", register.get("runs").get(0).get("lastDay").stringValue());
        assertEquals("280.000000 kWh", register.get("runs").get(0).get("volume").stringValue());
        assertEquals("average", register.get("runs").get(1).get("basis").get("kind").stringValue());
        assertEquals("no-readings", register.get("runs").get(1).get("basis").get("case").stringValue());
    }

    @Test
    void the_header_lists_the_policies_applied_and_those_set() {
        // intervals apply the rollover policy only; a policy set by the scenario is listed even if unused
        ObjectNode tree = Scenarios.base();
        tree.set("policies", Scenarios.json("{\"recalculation\": \"in-check-period\"}"));
        String text = TextReport.render(ScenarioRunner.run(tree), Language.EN);
        assertTrue(text.contains("  rollover = below-half-capacity (default)"), text);
        assertTrue(text.contains("  recalculation = in-check-period (set by the scenario)"), text);
        assertFalse(text.contains("forecast ="), text);
        String full = TextReport.render(ScenarioRunner.run(base()), Language.EN);
        for (String key : List.of("rollover", "readingPriority", "forecast", "anomalyThresholds", "recalculation")) {
            assertTrue(full.contains("  " + key + " = "), key);
        }
    }

    @Test
    void protocol_re_evaluates_and_its_section_totals_equal_the_results() {
        ObjectNode tree = base();
        reading(tree, "2026-02-10", "1300", "consumer-web");
        ScenarioResult r = ScenarioRunner.run(tree);
        assertEquals(List.of(), StepEvaluator.verifyAll(r.protocol()));
        ServiceConsumption c = only(r);
        String ru = TextReport.render(r, Language.RU);
        // the protocol's period titles carry the period totals of the results
        for (var p : c.periods()) {
            String title = "Период " + String.format("%02d.%d", p.period().getMonthValue(), p.period().getYear())
                    + ", регистр T: " + p.total().toBigDecimal().toPlainString().replace('.', ',') + " кВт·ч";
            assertTrue(ru.contains(title), title);
        }
    }
}
