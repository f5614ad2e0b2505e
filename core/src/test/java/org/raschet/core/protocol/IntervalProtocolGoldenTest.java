package org.raschet.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The worked example of 354 p.42, App. 2, formula 1 (V = (R2 − R1) × k, P = V × T) rendered against the golden
 * files in {@code docs/examples}. Hand check: V = (1250 − 1100) × 1 = 150 kWh; P = 150 × 5.67 = 850.50 ₽.
 */
class IntervalProtocolGoldenTest {

    private static String golden(String name) throws IOException {
        // tests run in the module directory; the examples live at the repository root
        return Files.readString(Path.of("..", "docs", "examples", name), StandardCharsets.UTF_8);
    }

    @Test
    void the_computed_figures_are_the_hand_computed_ones() {
        Protocol p = IntervalExample.protocol();
        assertEquals(0, p.steps().get(0).result().value().compareTo(new BigDecimal("150")));
        assertEquals(new BigDecimal("850.50"), p.steps().get(1).result().value());
    }

    @Test
    void russian_rendering_matches_the_golden_file_354_p42_app2_f1() throws IOException {
        assertEquals(golden("interval-protocol-ru.txt"), TextRenderer.render(IntervalExample.protocol(), Language.RU));
    }

    @Test
    void english_rendering_matches_the_golden_file_354_p42_app2_f1() throws IOException {
        assertEquals(golden("interval-protocol-en.txt"), TextRenderer.render(IntervalExample.protocol(), Language.EN));
    }
}
