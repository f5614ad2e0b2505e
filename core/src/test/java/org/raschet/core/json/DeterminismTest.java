package org.raschet.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.raschet.core.protocol.IntervalExample;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.Protocol;
import org.raschet.core.protocol.TextRenderer;

/** The same protocol gives the same bytes whatever the JVM's default locale and time zone (DESIGN principle 1). */
class DeterminismTest {

    private static List<String> outputs() {
        // built under the current defaults, so a mapper or renderer that consulted them would differ
        Protocol p = IntervalExample.protocol();
        return List.of(TextRenderer.render(p, Language.RU), TextRenderer.render(p, Language.EN),
                RaschetJson.mapper().writeValueAsString(p),
                RaschetJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(p),
                RaschetJson.mapper().writeValueAsString(IntervalExample.LATER),
                RaschetJson.mapper().writeValueAsString(IntervalExample.METER));
    }

    @Test
    void rendering_and_json_are_byte_identical_under_any_default_locale_and_time_zone() {
        Locale locale = Locale.getDefault();
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.ROOT);
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            List<String> expected = outputs();
            for (String tag : new String[] {"ru-RU", "en-US", "de-DE", "ar-SA", "th-TH-u-nu-thai", "hi-IN"}) {
                for (String tz : new String[] {"UTC", "Europe/Moscow", "Pacific/Kiritimati", "America/St_Johns",
                    "Asia/Kathmandu"}) {
                    Locale.setDefault(Locale.forLanguageTag(tag));
                    TimeZone.setDefault(TimeZone.getTimeZone(tz));
                    assertEquals(expected, outputs(), tag + " " + tz);
                }
            }
        } finally {
            Locale.setDefault(locale);
            Locale.setDefault(Locale.Category.DISPLAY, display);
            Locale.setDefault(Locale.Category.FORMAT, format);
            TimeZone.setDefault(zone);
        }
    }
}
