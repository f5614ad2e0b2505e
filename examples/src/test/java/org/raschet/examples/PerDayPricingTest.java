package org.raschet.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.raschet.core.protocol.Language;
import org.raschet.examples.scenario.ScenarioResult;
import org.raschet.examples.scenario.ScenarioRunner;
import org.raschet.examples.scenario.report.TextReport;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code pricing} section runs the per-day engine as the {@code consumption} section does: with the daily
 * profile (LEGAL §2) and the metering points and acts of the scenario (354 p.42, p.59, p.60(3)).
 */
class PerDayPricingTest {
    private static ObjectNode bundled(String name) throws IOException {
        return (ObjectNode) ScenarioRunner.parse(Files.readString(ScenarioSchemaTest.SCENARIOS.resolve(name),
                StandardCharsets.UTF_8));
    }

    private static ObjectNode priced(String scenario, String service, String prices, String from, String to,
                                     String knownOn) throws IOException {
        ObjectNode s = bundled(scenario);
        s.remove("billed");
        Scenarios.at(s, "/premises/0").put("tariffGroup", "urban");
        s.set("tariffs", Scenarios.json("[{\"id\": \"t-urban\", \"service\": \"" + service + "\", \"group\":"
                + " \"urban\", \"zones\": \"single\", \"periods\": " + prices + "}]"));
        s.set("compute", Scenarios.json("{\"pricing\": {\"from\": \"" + from + "\", \"to\": \"" + to + "\","
                + " \"asKnownOn\": \"" + knownOn + "\"}}"));
        return s;
    }

    @Test
    void pricing_spreads_an_interval_by_the_daily_profile_legal_2_354_p42() throws IOException {
        // 5.00 ₽/kWh in January, 6.00 from February; the profile gives January 186 and February 154 kWh:
        // 186 × 5 = 930.00, 154 × 6 = 924.00, 1854.00 ₽ (equal days: 893.22 + 968.14 = 1861.36 ₽)
        ObjectNode s = priced("repeated-refusal-daily-profile.json", "electricity",
                "[{\"from\": \"2024-01-01\", \"to\": \"2025-01-31\", \"prices\": {\"total\": \"5.00\"}},"
                        + " {\"from\": \"2025-02-01\", \"prices\": {\"total\": \"6.00\"}}]",
                "2025-01-01", "2025-02-28", "2025-06-05");
        ScenarioResult r = ScenarioRunner.run(s);
        String en = TextReport.render(r, Language.EN);
        assertTrue(en.contains("186.000000 kWh × 5.0000 RUB/kWh = 930.00 RUB"), en);
        assertTrue(en.contains("154.000000 kWh × 6.0000 RUB/kWh = 924.00 RUB"), en);
        assertTrue(en.contains("  dailyProfile = winter-light (set by the scenario)"), en);
    }

    @Test
    void pricing_sums_meters_of_parallel_points_354_app2_f1() throws IOException {
        // January: bathroom 4.3 + kitchen's average 2.1 = 6.4 m³ × 40 = 256.00 ₽; the meters of two points in
        // service at once are no overlap
        ObjectNode s = priced("parallel-water-meters-normative.json", "cold-water",
                "[{\"from\": \"2024-01-01\", \"prices\": {\"total\": \"40\"}}]", "2025-01-01", "2025-01-31",
                "2025-05-05");
        String en = TextReport.render(ScenarioRunner.run(s), Language.EN);
        assertTrue(en.contains("Total: 6.400000 m³, 256.00 RUB"), en);
    }
}
