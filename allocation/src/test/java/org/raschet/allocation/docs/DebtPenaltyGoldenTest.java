package org.raschet.allocation.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.raschet.core.money.Amounts;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.StepEvaluator;
import org.raschet.core.protocol.TextRenderer;

/**
 * The debt and penalty example rendered against {@code docs/examples/debt-penalty-protocol-ru.txt} (ЖК РФ ст. 155
 * ч. 14; ГК РФ ст. 319.1; LEGAL §7, §9). Run with {@code -Draschet.golden.write=true} to rewrite the golden files
 * after a deliberate change, then review the diff.
 */
class DebtPenaltyGoldenTest {
    private static final Path DIR = Path.of("..", "docs", "examples");

    private static void check(String name, String rendered) throws IOException {
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("raschet.golden.write")) {
            Files.writeString(file, rendered, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), rendered);
    }

    @Test
    void the_figures_are_the_hand_computed_ones() {
        DebtPenaltyExample.Result r = DebtPenaltyExample.run();
        assertEquals(0, r.allocation().advanceMinor());
        assertEquals(Amounts.rub("357.30"), r.penalties().total());
        assertEquals(List.of(), StepEvaluator.verifyAll(r.protocol()));
    }

    @Test
    void russian_rendering_matches_the_golden_file() throws IOException {
        check("debt-penalty-protocol-ru.txt", TextRenderer.render(DebtPenaltyExample.run().protocol(), Language.RU));
    }

    @Test
    void english_rendering_matches_the_golden_file() throws IOException {
        check("debt-penalty-protocol-en.txt", TextRenderer.render(DebtPenaltyExample.run().protocol(), Language.EN));
    }
}
