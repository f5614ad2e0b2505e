package org.raschet.tariffs.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.TextRenderer;
import org.raschet.tariffs.support.Evaluator;
import org.raschet.tariffs.support.Fixtures;

/**
 * The README's priced example (see {@link PricedExample}): per-day consumption from two readings and its pricing at
 * a tariff that changes on 1 July, rendered in Russian against {@code docs/examples/priced-protocol-ru.txt}
 * (354 p.42, App. 2, formula 1; LEGAL §2, §11).
 */
class PricedProtocolGoldenTest {

    @Test
    void the_figures_are_the_hand_computed_ones_354_app2_f1() {
        PricedExample.Run run = PricedExample.run();
        List<ChargeLine> lines = run.priced().chargeLines();
        assertEquals(2, lines.size());
        assertEquals(Fixtures.kwh("100.428571"), lines.get(0).quantity());
        assertEquals(56943, lines.get(0).amountMinor());
        assertEquals(Fixtures.kwh("251.071429"), lines.get(1).quantity());
        assertEquals(153656, lines.get(1).amountMinor());
        assertEquals(210599, run.priced().totalMinor());
        Evaluator.checkAll(run.protocol().entries());
    }

    @Test
    void russian_rendering_matches_the_golden_file() throws IOException {
        // tests run in the module directory; the examples live at the repository root
        String golden = Files.readString(Path.of("..", "docs", "examples", "priced-protocol-ru.txt"),
                StandardCharsets.UTF_8);
        assertEquals(golden, TextRenderer.render(PricedExample.run().protocol().protocol(), Language.RU));
    }
}
