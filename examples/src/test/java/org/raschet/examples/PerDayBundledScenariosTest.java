package org.raschet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raschet.core.consumption.AnomalyFlag;
import org.raschet.core.consumption.AnomalyKind;
import org.raschet.core.consumption.CoefficientClass;
import org.raschet.core.consumption.DayBasis;
import org.raschet.core.consumption.ForecastCase;
import org.raschet.core.consumption.PeriodVolume;
import org.raschet.core.consumption.PointDays;
import org.raschet.core.consumption.ReadingStatus;
import org.raschet.core.consumption.RegisterDays;
import org.raschet.core.consumption.ServiceConsumption;
import org.raschet.core.consumption.VolumeCorrection;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.StepEvaluator;
import org.raschet.examples.scenario.ScenarioResult;
import org.raschet.examples.scenario.ScenarioRunner;
import org.raschet.examples.scenario.compute.ConsumptionResult;
import org.raschet.examples.scenario.compute.RecalculationResult;
import org.raschet.examples.scenario.input.DailyProfileSetting;
import org.raschet.examples.scenario.report.JsonReport;
import org.threeten.extra.LocalDateRange;
import tools.jackson.databind.JsonNode;

/**
 * The bundled scenarios of the per-day engine's later features — metering points in parallel, 354 p.60(3), the
 * daily profile, the seasonal anomaly flags — asserted against the figures computed by hand in their descriptions,
 * independently of their expected files (which {@link BundledScenariosTest} compares byte for byte).
 */
class PerDayBundledScenariosTest {
    private static ScenarioResult run(String name) throws IOException {
        return ScenarioRunner.run(Files.readString(ScenarioSchemaTest.SCENARIOS.resolve(name),
                StandardCharsets.UTF_8));
    }

    private static ServiceConsumption view(ScenarioResult r, String account, String resource, String knownOn) {
        ConsumptionResult c = (ConsumptionResult) r.sections().stream().filter(x -> x instanceof ConsumptionResult)
                .findFirst().orElseThrow();
        return c.view(account, resource, LocalDate.parse(knownOn)).orElseThrow().consumption();
    }

    private static PeriodVolume period(ServiceConsumption c, String month) {
        return c.period(YearMonth.parse(month), Register.TOTAL).orElseThrow();
    }

    private static String total(ServiceConsumption c, String month) {
        return period(c, month).total().toString();
    }

    private static DayBasis basis(RegisterDays r, String day) {
        return r.basisOn(LocalDate.parse(day));
    }

    private static RegisterDays total(ServiceConsumption c) {
        return c.register(Register.TOTAL).orElseThrow();
    }

    private static RegisterDays point(ServiceConsumption c, String name) {
        return c.point(name).orElseThrow().register(Register.TOTAL).orElseThrow();
    }

    private static LocalDateRange days(String first, String last) {
        return LocalDateRange.ofClosed(LocalDate.parse(first), LocalDate.parse(last));
    }

    private static List<VolumeCorrection> corrections(ScenarioResult r) {
        return ((RecalculationResult) r.sections().get(r.sections().size() - 1)).corrections();
    }

    @Test
    void parallel_water_meters_one_forecast_alone_then_the_normative_once_354_p59_a_p60_legal_3() throws IOException {
        ScenarioResult r = run("parallel-water-meters-normative.json");
        ServiceConsumption c = view(r, "500-210", "cold-water", "2025-05-05");
        // kitchen A = (2.3 + 2.0 + 1.9 + 2.2 + 2.1 + 2.1) / 6 = 12.6 / 6 = 2.1 (354 p.59(1)); bathroom by readings
        assertEquals("12.600000 m3", c.averages().get(0).sum().toString());
        assertEquals("CW-K-1021", c.averages().get(0).meter().value());
        // January 4.3 + 2.1, February 3.6 + 2.1, March 4.1 + 2.1: the kitchen alone forecast (p.59(a), 1..3 of 3)
        assertEquals(List.of("6.400000 m3", "5.700000 m3", "6.200000 m3"),
                List.of(total(c, "2025-01"), total(c, "2025-02"), total(c, "2025-03")));
        assertEquals("4.300000 m3", period(c, "2025-01").actual().toString());
        assertEquals("2.100000 m3", period(c, "2025-01").average().toString());
        assertEquals(DayBasis.Kind.MIXED, basis(total(c), "2025-02-10").kind());
        DayBasis kitchenMarch = basis(point(c, "kitchen"), "2025-03-31");
        assertEquals(Optional.of(ForecastCase.OUT_OF_ORDER), kitchenMarch.forecastCase());
        assertEquals(3, kitchenMarch.period());
        assertEquals(3, kitchenMarch.limit());
        assertEquals(DayBasis.Kind.ACTUAL, basis(point(c, "bathroom"), "2025-03-31").kind());
        // April: period 4 of 3, the normative for the whole service once: 2 × round(3.8 × 20 / 30, 6) = 5.066666
        // with the increasing coefficient; then the new kitchen meter 0.7 + the bathroom's 3.9 − 2.6 = 1.3
        PeriodVolume april = period(c, "2025-04");
        assertEquals("7.066666 m3", april.total().toString());
        assertEquals("5.066666 m3", april.normative().toString());
        assertEquals("5.066666 m3", april.normativeIncreased().toString());
        assertEquals("2.000000 m3", april.actual().toString());
        DayBasis normative = basis(total(c), "2025-04-20");
        assertEquals(DayBasis.Kind.NORMATIVE, normative.kind());
        assertEquals(CoefficientClass.INCREASING, normative.coefficientClass());
        assertTrue(normative.beyondLimit());
        assertEquals("25.366666 m3", c.total().toString());
        // the points: nothing on the days of the normative; bathroom 13.3, kitchen 7.0 over the range
        for (String p : List.of("kitchen", "bathroom")) {
            assertEquals("0.000000 m3", point(c, p).sum(days("2025-04-01", "2025-04-20")).toString(), p);
            assertEquals(DayBasis.Kind.NONE, basis(point(c, p), "2025-04-10").kind(), p);
        }
        assertEquals("13.300000 m3", point(c, "bathroom").sum(c.range()).toString());
        assertEquals("7.000000 m3", point(c, "kitchen").sum(c.range()).toString());
        assertEquals("1.300000 m3", point(c, "bathroom").sum(days("2025-04-21", "2025-04-30")).toString());
        assertEquals(List.of("CW-K-1021", "CW-K-2051"), c.point("kitchen").map(PointDays::meters).orElseThrow()
                .stream().map(m -> m.value()).toList());
        // the kitchen readings taken while it was out of order are not used
        assertEquals(2, c.readings().stream().filter(o -> o.status() == ReadingStatus.METER_OUT_OF_ORDER).count());
        assertTrue(c.flags().stream().anyMatch(f -> f.kind() == AnomalyKind.VERIFICATION_OVERDUE
                && f.meter().value().equals("CW-K-1021") && f.days().getStart().equals(LocalDate.of(2025, 1, 1))
                // the flag ends on the removal day 20.04.2025, not the as-known date 05.05.2025 (354 p.81(12))
                && f.days().getEnd().equals(LocalDate.of(2025, 4, 21))));
        JsonNode points = JsonReport.tree(r).at("/sections/0/results/views/0/points");
        assertEquals("bathroom", points.get(0).get("point").stringValue());
        assertEquals("13.300000 m3", points.get(0).at("/registers/0/total").stringValue());
        assertEquals(List.of(), StepEvaluator.verifyAll(r.protocol()));
    }

    @Test
    void two_refused_checks_the_normative_times_1_5_from_the_second_act_and_a_daily_profile_354_p60_3_legal_2()
            throws IOException {
        ScenarioResult r = run("repeated-refusal-daily-profile.json");
        ServiceConsumption c = view(r, "600-077", "electricity", "2025-06-05");
        // profile winter-light: W = 31 × 12 + 28 × 11 = 680; January round(340 × 372 / 680, 6) = 186, February 154
        assertEquals(List.of("186.000000 kWh", "154.000000 kWh"), List.of(total(c, "2025-01"), total(c, "2025-02")));
        assertEquals("winter-light", r.policies().name(DailyProfileSetting.INSTANCE));
        // one interval, weighted: the day's volume follows its month's weight (12 against 11)
        assertEquals(new BigDecimal("6.000000"), total(c).volumeOn(LocalDate.parse("2025-01-15")).toBigDecimal());
        assertEquals(new BigDecimal("5.500000"), total(c).volumeOn(LocalDate.parse("2025-02-15")).toBigDecimal());
        // March by the average of September–February: (150 + 170 + 200 + 230 + 186 + 154) / 6 = 181.666667;
        // 01–12.03 p.59(b) round(181.666667 × 12 / 31, 6) = 70.322581; 13–31.03 p.59(c) the rest
        assertEquals("1090.000000 kWh", c.averages().get(0).sum().toString());
        assertEquals("181.666667 kWh", total(c, "2025-03"));
        assertEquals("70.322581 kWh", total(c).sum(days("2025-03-01", "2025-03-12")).toString());
        assertEquals(Optional.of(ForecastCase.NO_ACCESS), basis(total(c), "2025-03-13").forecastCase());
        // 354 p.60(3): the second act of 17.04.2025 — from 01.04 the normative 2 × 80 = 160 kWh, class 1.5
        for (String m : List.of("2025-04", "2025-05")) {
            assertEquals("160.000000 kWh", period(c, m).normativeRefusal().toString(), m);
            assertEquals("0.000000 kWh", period(c, m).normativeIncreased().toString(), m);
            assertEquals("160.000000 kWh", period(c, m).inClass(CoefficientClass.REPEATED_REFUSAL).toString(), m);
        }
        DayBasis april = basis(total(c), "2025-04-01");
        assertEquals(Optional.of(ForecastCase.REPEATED_REFUSAL), april.forecastCase());
        assertEquals(CoefficientClass.REPEATED_REFUSAL, april.coefficientClass());
        // the consumer's reading during the refused access is not used
        assertEquals(ReadingStatus.ACCESS_REFUSED, c.readings().stream()
                .filter(o -> o.reading().date().equals(LocalDate.parse("2025-03-31"))).findFirst().orElseThrow()
                .status());
        // recalculation: January 186 − 166.666667 = 19.333333 (class none); April's class kept apart, unchanged
        List<VolumeCorrection> cs = corrections(r);
        assertEquals(1, cs.size());
        assertEquals("19.333333 kWh", cs.get(0).quantity().toString());
        assertEquals(CoefficientClass.NONE, cs.get(0).coefficientClass());
        JsonNode json = JsonReport.tree(r);
        assertEquals("repeated-refusal", json.at("/sections/0/results/views/0/registers/0/runs/3/basis/coefficientClass")
                .stringValue());
        assertEquals("repeated-refusal", json.at("/sections/1/results/services/0/billed/3/coefficientClass")
                .stringValue());
        assertEquals(12, json.at("/policies/dailyProfile/settings/monthWeights/0").intValue());
        assertEquals(List.of(), StepEvaluator.verifyAll(r.protocol()));
    }

    @Test
    void refused_installations_of_the_service_until_a_meter_and_the_classes_recalculated_354_p60_3_p61()
            throws IOException {
        ScenarioResult r = run("refused-installations-no-meter.json");
        ServiceConsumption before = view(r, "700-015", "electricity", "2025-05-05");
        // formula 4: 3 × 75 = 225 with the increasing coefficient; from February (second act 11.02) class 1.5
        assertEquals("225.000000 kWh", period(before, "2025-01").normativeIncreased().toString());
        assertEquals("225.000000 kWh", period(before, "2025-02").normativeRefusal().toString());
        assertEquals("225.000000 kWh", period(before, "2025-03").normativeRefusal().toString());
        // April: 01–16.04 class 1.5, 3 × round(75 × 16 / 30, 6) = 120; 17–30.04 p.59(1) 3 × 35 = 105, no coefficient
        PeriodVolume april = period(before, "2025-04");
        assertEquals("120.000000 kWh", april.normativeRefusal().toString());
        assertEquals("105.000000 kWh", april.inClass(CoefficientClass.NONE).toString());
        ServiceConsumption now = view(r, "700-015", "electricity", "2025-06-03");
        // 310 kWh over 17.04–31.05 (45 days): April round(310 × 14 / 45, 6) = 96.444444, May 213.555556
        assertEquals("216.444444 kWh", total(now, "2025-04"));
        assertEquals("96.444444 kWh", period(now, "2025-04").actual().toString());
        assertEquals("213.555556 kWh", total(now, "2025-05"));
        // mode A, one line per class: only April without a coefficient, 96.444444 − 105 = −8.555556
        List<VolumeCorrection> cs = corrections(r);
        assertEquals(1, cs.size());
        assertEquals("-8.555556 kWh", cs.get(0).quantity().toString());
        assertEquals(YearMonth.of(2025, 4), cs.get(0).period());
        assertEquals(CoefficientClass.NONE, cs.get(0).coefficientClass());
        assertEquals(List.of(), StepEvaluator.verifyAll(r.protocol()));
    }

    @Test
    void seasonal_drop_and_a_jump_that_is_only_the_winter_anomaly_thresholds() throws IOException {
        ScenarioResult r = run("seasonal-anomalies.json");
        ServiceConsumption drop = view(r, "800-101", "electricity", "2025-02-03");
        // E = round(1090 × 31 / 184, 6) = 183.641304, q = 65.34 % ≥ 30 %: no drop; Es = 320, qs = 37.50 % < 40 %
        assertFalse(drop.flags().stream().anyMatch(f -> f.kind() == AnomalyKind.DROP));
        AnomalyFlag seasonal = drop.flags().stream().filter(f -> f.kind() == AnomalyKind.SEASONAL_DROP).findFirst()
                .orElseThrow();
        assertEquals(new BigDecimal("320.000000"), seasonal.figures().get(1).value());
        assertEquals(new BigDecimal("37.50"), seasonal.figures().get(2).value());
        assertEquals(0, new BigDecimal("40").compareTo(seasonal.figures().get(3).value()));
        ServiceConsumption rise = view(r, "800-102", "electricity", "2025-02-03");
        // E = round(365 × 31 / 184, 6) = 61.494565, q = 715.51 % > 300 %; qs = 107.32 %, within 40–150 %
        AnomalyFlag jump = rise.flags().stream().filter(f -> f.kind() == AnomalyKind.JUMP).findFirst().orElseThrow();
        assertEquals(new BigDecimal("61.494565"), jump.figures().get(1).value());
        assertEquals(new BigDecimal("715.51"), jump.figures().get(2).value());
        assertFalse(rise.flags().stream().anyMatch(f -> f.kind() == AnomalyKind.SEASONAL_JUMP
                || f.kind() == AnomalyKind.SEASONAL_DROP));
        // flags never change a volume
        assertEquals("120.000000 kWh", drop.total().toString());
        assertEquals("440.000000 kWh", rise.total().toString());
        JsonNode json = JsonReport.tree(r);
        assertEquals("seasonal-drop", json.at("/sections/0/results/views/0/flags/0/kind").stringValue());
        assertEquals(40, json.at("/policies/anomalyThresholds/settings/seasonalDropPercent").intValue());
        assertEquals(150, json.at("/policies/anomalyThresholds/settings/seasonalJumpPercent").intValue());
        assertEquals(List.of(), StepEvaluator.verifyAll(r.protocol()));
    }
}
