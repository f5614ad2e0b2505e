package org.raschet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.raschet.core.protocol.Language;
import org.raschet.examples.scenario.ScenarioResult;
import org.raschet.examples.scenario.ScenarioRunner;
import org.raschet.examples.scenario.report.JsonReport;
import org.raschet.examples.scenario.report.TextReport;

/** The reports are the same text whatever the JVM's default locale and time zone. */
class DeterminismTest {
    private static String all() {
        StringBuilder out = new StringBuilder();
        // the runner's base scenario, and per-day consumption with a forecast, a late reading and corrections
        var consumption = ConsumptionScenarioTest.base();
        ConsumptionScenarioTest.reading(consumption, "2026-03-31", "1560", "consumer-sms");
        for (ScenarioResult r : java.util.List.of(ScenarioRunner.run(Scenarios.BASE), ScenarioRunner.run(consumption))) {
            out.append(TextReport.render(r, Language.RU)).append(TextReport.render(r, Language.EN))
                    .append(JsonReport.render(r));
        }
        return out.toString();
    }

    @Test
    void reports_do_not_depend_on_default_locale_or_time_zone() {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        String reference;
        try {
            Locale.setDefault(Locale.ROOT);
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            reference = all();
            String[][] settings = {
                {"ru-RU", "Europe/Moscow"},
                {"de-DE", "Asia/Kamchatka"},
                {"tr-TR", "America/Los_Angeles"},
                {"ar-SA-u-nu-arab", "Pacific/Kiritimati"},
                {"th-TH-u-nu-thai", "Asia/Kolkata"},
            };
            for (String[] s : settings) {
                Locale.setDefault(Locale.forLanguageTag(s[0]));
                TimeZone.setDefault(TimeZone.getTimeZone(s[1]));
                assertEquals(reference, all(), s[0] + " " + s[1]);
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }
}
