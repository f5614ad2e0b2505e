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
import org.raschet.examples.scenario.compute.Charge;
import org.raschet.examples.scenario.compute.ChargesResult;
import org.raschet.examples.scenario.compute.Interval;
import org.raschet.examples.scenario.compute.IntervalsResult;

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
}
