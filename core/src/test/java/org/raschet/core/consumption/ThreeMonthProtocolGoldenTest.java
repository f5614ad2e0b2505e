package org.raschet.core.consumption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.TextRenderer;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Unit;

/**
 * The README's three-month account (see {@link ThreeMonthExample}) rendered in Russian against the golden file
 * {@code docs/examples/three-month-protocol-ru.txt}: a reading, a month by the average (354 p.59(b)), a late
 * reading and its correction (354 p.61; LEGAL §3–§4).
 */
class ThreeMonthProtocolGoldenTest {

    private static Quantity kwh(String v) {
        return Quantity.of(v, Unit.KWH);
    }

    @Test
    void the_figures_are_the_hand_computed_ones_354_p59_b_p61() {
        ThreeMonthExample.Run run = ThreeMonthExample.run();
        assertEquals(kwh("160"), run.february().period(YearMonth.of(2026, 1), Register.TOTAL).orElseThrow().total());
        assertEquals(kwh("158.75"), run.february().period(YearMonth.of(2026, 2), Register.TOTAL).orElseThrow()
                .total());
        assertEquals(kwh("147.118644"), run.april().period(YearMonth.of(2026, 2), Register.TOTAL).orElseThrow()
                .total());
        assertEquals(kwh("162.881356"), run.april().period(YearMonth.of(2026, 3), Register.TOTAL).orElseThrow()
                .total());
        assertEquals(1, run.corrections().size());
        assertEquals(kwh("-11.631356"), run.corrections().get(0).quantity());
        assertEquals(List.of(), StepCheck.failures(run.protocol().protocol()));
    }

    @Test
    void russian_rendering_matches_the_golden_file() throws IOException {
        // tests run in the module directory; the examples live at the repository root
        String golden = Files.readString(Path.of("..", "docs", "examples", "three-month-protocol-ru.txt"),
                StandardCharsets.UTF_8);
        assertEquals(golden, TextRenderer.render(ThreeMonthExample.run().protocol().protocol(), Language.RU));
    }
}
