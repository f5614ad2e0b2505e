package org.raschet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.raschet.examples.scenario.ScenarioResult;
import org.raschet.examples.scenario.ScenarioRunner;
import org.raschet.core.consumption.AnomalyKind;
import org.raschet.core.consumption.DayBasis;
import org.raschet.core.consumption.ForecastCase;
import org.raschet.core.consumption.ReadingOutcome;
import org.raschet.core.consumption.ReadingStatus;
import org.raschet.core.consumption.RecalculationMode;
import org.raschet.core.consumption.ServiceConsumption;
import org.raschet.core.consumption.VolumeCorrection;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.StepEvaluator;
import org.raschet.examples.scenario.compute.Charge;
import org.raschet.examples.scenario.compute.ChargesResult;
import org.raschet.examples.scenario.compute.ConsumptionResult;
import org.raschet.examples.scenario.compute.Interval;
import org.raschet.examples.scenario.compute.IntervalsResult;
import org.raschet.examples.scenario.compute.RecalculationResult;

/**
 * Every bundled scenario in {@code examples/scenarios/} prints exactly its expected files ({@code NAME.expected.ru.txt},
 * {@code .en.txt}, {@code .json}), byte for byte; and its figures are the ones computed by hand in its description.
 */
class BundledScenariosTest {
    /** The expected files of a scenario and the command-line options that print each. */
    private static final String[][] OUTPUTS = {
        {".expected.ru.txt", "--lang", "ru"},
        {".expected.en.txt", "--lang", "en"},
        {".expected.json", "--format", "json"},
    };

    @TestFactory
    List<DynamicTest> each_bundled_scenario_prints_its_expected_files() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path scenario : ScenarioSchemaTest.bundled()) {
            String name = scenario.getFileName().toString().replaceFirst("\\.json$", "");
            for (String[] o : OUTPUTS) {
                Path expected = scenario.resolveSibling(name + o[0]);
                tests.add(DynamicTest.dynamicTest(name + o[0], () -> {
                    assertTrue(Files.exists(expected), "missing " + expected);
                    MainTest.Run r = MainTest.run("run", scenario.toString(), o[1], o[2]);
                    assertEquals(0, r.code(), r.err());
                    assertEquals("", r.err());
                    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), r.out(), "output of " + expected);
                }));
            }
        }
        return tests;
    }

    private static ScenarioResult run(String name) throws IOException {
        return ScenarioRunner.run(Files.readString(ScenarioSchemaTest.SCENARIOS.resolve(name),
                StandardCharsets.UTF_8));
    }

    private static List<String> volumes(ScenarioResult r) {
        return ((IntervalsResult) r.sections().get(0)).intervals().stream().map(Interval::volume)
                .map(Object::toString).toList();
    }

    private static List<Long> kopecks(ScenarioResult r) {
        return ((ChargesResult) r.sections().get(1)).charges().stream().map(Charge::amountKopecks).toList();
    }

    @Test
    void single_rate_meter_354_p42_app2_f1() throws IOException {
        ScenarioResult r = run("single-rate-meter.json");
        // (1250 − 1100) × 1 = 150; (1437.5 − 1250) × 1 = 187.5
        assertEquals(List.of("150.000000 kWh", "187.500000 kWh"), volumes(r));
        // 150 × 5.67 = 850.50; 187.5 × 5.67 = 1063.125 → 1063.13 (half-up, LEGAL §11)
        assertEquals(List.of(85050L, 106313L), kopecks(r));
    }

    @Test
    void transformer_ratio_30_and_rollover_354_p42_app2_f1_legal_2() throws IOException {
        ScenarioResult r = run("transformer-rollover.json");
        // (99950 − 99870.5) × 30 = 2385; (30 + 100000 − 99950) × 30 = 2400 (80 < 50000: a rollover)
        assertEquals(List.of("2385.000000 kWh", "2400.000000 kWh"), volumes(r));
        assertEquals(1, r.sections().size());
    }

    @Test
    void house_q1_2026_354_p42_app2_f1_legal_2_legal_11() throws IOException {
        ScenarioResult r = run("house-q1-2026.json");
        // 77-0042: 150, 187.5; 05-1187: 99950 − 99812.3 = 137.7; 30.2 + 100000 − 99950 = 80.2
        assertEquals(List.of("150.000000 kWh", "187.500000 kWh", "137.700000 kWh", "80.200000 kWh"), volumes(r));
        // 850.50; 1063.125 → 1063.13; 780.759 → 780.76; 454.734 → 454.73
        assertEquals(List.of(85050L, 106313L, 78076L, 45473L), kopecks(r));
    }

    private static ServiceConsumption view(ScenarioResult r, String account, String knownOn) {
        ConsumptionResult c = (ConsumptionResult) r.sections().stream().filter(x -> x instanceof ConsumptionResult)
                .findFirst().orElseThrow();
        return c.view(account, "electricity", java.time.LocalDate.parse(knownOn)).orElseThrow().consumption();
    }

    private static String period(ServiceConsumption c, String month) {
        return c.period(java.time.YearMonth.parse(month), Register.TOTAL).orElseThrow().total().toString();
    }

    private static DayBasis basis(ServiceConsumption c, String day) {
        return c.register(Register.TOTAL).orElseThrow().basisOn(java.time.LocalDate.parse(day));
    }

    private static List<VolumeCorrection> corrections(ScenarioResult r) {
        return ((RecalculationResult) r.sections().get(r.sections().size() - 1)).corrections();
    }

    private static ReadingOutcome outcome(ServiceConsumption c, String date, String value) {
        return c.readings().stream().filter(o -> o.reading().date().toString().equals(date)
                && o.reading().value().toString().equals(value)).findFirst().orElseThrow();
    }

    @Test
    void forecast_then_late_reading_mode_a_354_p59_b_p61_legal_3_4() throws IOException {
        ScenarioResult r = run("forecast-late-reading-mode-a.json");
        ServiceConsumption before = view(r, "200-017", "2026-03-05");
        // 354 p.59(b): A = (150 + 140 + 160 + 170 + 190 + 210) / 6 = 1020 / 6 = 170 kWh a full month
        for (String m : List.of("2026-01", "2026-02", "2026-03")) {
            assertEquals("170.000000 kWh", period(before, m), m);
        }
        DayBasis feb = basis(before, "2026-02-14");
        assertEquals(DayBasis.Kind.AVERAGE, feb.kind());
        assertEquals(java.util.Optional.of(ForecastCase.NO_READINGS), feb.forecastCase());
        assertEquals(2, feb.period());
        assertEquals(6, feb.limit());
        assertEquals("1020.000000 kWh", before.averages().get(0).sum().toString());
        assertEquals(ReadingStatus.NOT_YET_KNOWN, outcome(before, "2026-03-31", "1560.000000 kWh").status());
        // 354 p.42, App. 2, formula 1: (1560 − 1020) / 90 days = 6 kWh a day
        ServiceConsumption now = view(r, "200-017", "2026-04-03");
        assertEquals(List.of("186.000000 kWh", "168.000000 kWh", "186.000000 kWh"),
                List.of(period(now, "2026-01"), period(now, "2026-02"), period(now, "2026-03")));
        assertEquals("6.000000 kWh", now.register(Register.TOTAL).orElseThrow()
                .volumeOn(java.time.LocalDate.parse("2026-02-10")).toString());
        assertTrue(now.flags().isEmpty());
        // LEGAL §4 mode A: January 186 − 170 = +16, February 168 − 170 = −2
        List<VolumeCorrection> cs = corrections(r);
        assertEquals(List.of("16.000000 kWh", "-2.000000 kWh"), cs.stream().map(c -> c.quantity().toString()).toList());
        assertEquals(List.of("2026-01", "2026-02"), cs.stream().map(c -> c.period().toString()).toList());
        assertTrue(cs.stream().allMatch(c -> c.mode() == RecalculationMode.PER_PERIOD
                && c.issuedIn().toString().equals("2026-04")));
        assertEquals(List.of(), StepEvaluator.verifyAll(r.protocol()));
    }

    @Test
    void forecast_then_late_control_reading_mode_b_354_p61_legal_4() throws IOException {
        ScenarioResult r = run("forecast-late-control-reading-mode-b.json");
        // LEGAL §4 mode B: (186 + 168) − (170 + 170) = +14, attributed to March, the month of the control reading
        List<VolumeCorrection> cs = corrections(r);
        assertEquals(1, cs.size());
        VolumeCorrection c = cs.get(0);
        assertEquals("14.000000 kWh", c.quantity().toString());
        assertEquals("354.000000 kWh", c.knownNow().toString());
        assertEquals("340.000000 kWh", c.billed().toString());
        assertEquals("2026-03", c.period().toString());
        assertEquals(List.of("2026-01", "2026-02"), c.periodsCorrected().stream().map(Object::toString).toList());
        assertEquals(RecalculationMode.IN_CHECK_PERIOD, c.mode());
        // the same sum as mode A's +16 − 2
        assertEquals(16_000_000L - 2_000_000L, c.quantity().micros());
        assertEquals(List.of(), StepEvaluator.verifyAll(r.protocol()));
    }

    @Test
    void control_reading_overrules_consumer_readings_legal_4_354_p59_1_p82_85() throws IOException {
        ScenarioResult r = run("control-reading-overrules.json");
        ServiceConsumption before = view(r, "300-044", "2026-03-05");
        // January 150, February 400 − 150 = 250; March: 2 full months < 3, the normative 2 × 90 = 180 (p.59(1))
        assertEquals(List.of("150.000000 kWh", "250.000000 kWh", "180.000000 kWh"),
                List.of(period(before, "2026-01"), period(before, "2026-02"), period(before, "2026-03")));
        DayBasis march = basis(before, "2026-03-20");
        assertEquals(DayBasis.Kind.NORMATIVE, march.kind());
        assertTrue(!march.increasingCoefficient());
        assertTrue(!before.averages().get(0).available());
        ServiceConsumption now = view(r, "300-044", "2026-04-01");
        // 327 − 150 = 177 kWh over 59 days = 3 a day: February 84, March 93
        assertEquals(List.of("150.000000 kWh", "84.000000 kWh", "93.000000 kWh"),
                List.of(period(now, "2026-01"), period(now, "2026-02"), period(now, "2026-03")));
        ReadingOutcome feb = outcome(now, "2026-02-28", "400.000000 kWh");
        assertEquals(ReadingStatus.OVERRULED, feb.status());
        assertEquals("327.000000 kWh", feb.by().orElseThrow().value().toString());
        assertEquals(ReadingStatus.OVERRULED, outcome(now, "2026-03-31", "560.000000 kWh").status());
        assertEquals(ReadingStatus.ACCEPTED, outcome(now, "2026-03-31", "327.000000 kWh").status());
        assertEquals(2, now.flags().stream().filter(f -> f.kind() == AnomalyKind.READING_OVERRULED).count());
        // mode A: January unchanged (no line), February 84 − 250 = −166
        List<VolumeCorrection> cs = corrections(r);
        assertEquals(1, cs.size());
        assertEquals("-166.000000 kWh", cs.get(0).quantity().toString());
        assertEquals("2026-02", cs.get(0).period().toString());
        assertEquals(List.of(), StepEvaluator.verifyAll(r.protocol()));
    }

    @Test
    void meter_replacement_after_a_rollover_legal_2_354_p42_app2_f1() throws IOException {
        ScenarioResult r = run("meter-replacement-rollover.json");
        // 99886 − 99700 = 186; 26 + 100000 − 99886 = 140 (rollover); 131 − 26 = 105; new meter 128 − 0 = 128
        assertEquals(List.of("186.000000 kWh", "140.000000 kWh", "105.000000 kWh", "128.000000 kWh"), volumes(r));
        ServiceConsumption c = view(r, "400-102", "2026-04-01");
        assertEquals(List.of("186.000000 kWh", "140.000000 kWh", "233.000000 kWh"),
                List.of(period(c, "2026-01"), period(c, "2026-02"), period(c, "2026-03")));
        assertEquals("559.000000 kWh", c.total().toString());
        assertTrue(c.intervals().stream().anyMatch(i -> i.rolledOver() && i.volume().toString().equals("140.000000 kWh")));
        // the day of the replacement still belongs to the old meter (7 a day), the next to the new one (8 a day)
        var t = c.register(Register.TOTAL).orElseThrow();
        assertEquals("7.000000 kWh", t.volumeOn(java.time.LocalDate.parse("2026-03-15")).toString());
        assertEquals("8.000000 kWh", t.volumeOn(java.time.LocalDate.parse("2026-03-16")).toString());
        assertEquals("E-0571", basis(c, "2026-03-15").meter().orElseThrow().value());
        assertEquals("E-2026-0315", basis(c, "2026-03-16").meter().orElseThrow().value());
        assertEquals(2, t.runs().size());
        assertEquals(List.of(), StepEvaluator.verifyAll(r.protocol()));
    }
}
