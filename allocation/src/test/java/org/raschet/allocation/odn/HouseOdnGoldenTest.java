package org.raschet.allocation.odn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.raschet.allocation.odn.Houses.kwh;
import static org.raschet.allocation.odn.Houses.kwhs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.raschet.core.money.Amounts;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.StepEvaluator;
import org.raschet.core.protocol.TextRenderer;

/**
 * The README's house example ({@link HouseOdnExample}) against its golden files in {@code docs/examples}, and its
 * figures against a hand calculation (LEGAL §6; 354 p.44, App. 2; Minstroy letter 04.06.2025 No. 32320-ДН/04).
 */
class HouseOdnGoldenTest {

    private static String golden(String name) throws IOException {
        // tests run in the module directory; the examples live at the repository root
        return Files.readString(Path.of("..", "docs", "examples", name), StandardCharsets.UTF_8);
    }

    @Test
    void the_figures_are_the_hand_computed_ones() {
        HouseMonthSplit s = HouseOdnExample.split(new ProtocolRecorder());
        // V = 1230.5 − (310.2 + 295 + 180.4 + 402.6) = 1230.5 − 1188.2 = 42.3; V_d = 42.3 − 7.4 = 34.9
        assertEquals(kwh("42.3"), s.houseNode().volume());
        assertEquals(kwh("34.9"), s.distributed());
        assertEquals(Map.of(), s.carryOut());
        // 34.9 × S_i / 200.1: 7.9008995…, 10.8310344…, 6.7497751…, 9.4182908… (remainders .550, .483, .112, .855);
        // rounded down they sum to 34.899998, the 2 units go to ofis and kv1
        assertEquals(kwhs("7.9009", "10.831034", "6.749775", "9.418291"), Houses.shares(s));
        // V_n = 0.87 × 48.5 = 42.195; caps 9.552391, 13.095, 8.160652, 11.386957 (1 unit to ofis): not reached
        assertEquals(kwhs("9.552391", "13.095", "8.160652", "11.386957"),
                s.shares().stream().map(p -> p.cap().orElseThrow()).toList());
        // each line on its own (LEGAL §6): 50.803787 → 50.80; 69.64354862 → 69.64; 43.40105325 → 43.40;
        // 60.55961113 → 60.56; they add up to 224.40 while 34.9 × 6.43 = 224.407 → 224.41: no kopeck is moved
        assertEquals(List.of("50.80 RUB", "69.64 RUB", "43.40 RUB", "60.56 RUB"),
                s.lines().stream().map(l -> Amounts.format(l.amount())).toList());
    }

    @Test
    void every_step_re_evaluates() {
        assertEquals(List.of(), StepEvaluator.verifyAll(HouseOdnExample.protocol()));
    }

    @Test
    void russian_rendering_matches_the_golden_file_354_p44() throws IOException {
        assertEquals(golden("house-odn-protocol-ru.txt"), TextRenderer.render(HouseOdnExample.protocol(), Language.RU));
    }

    @Test
    void english_rendering_matches_the_golden_file_354_p44() throws IOException {
        assertEquals(golden("house-odn-protocol-en.txt"), TextRenderer.render(HouseOdnExample.protocol(), Language.EN));
    }
}
