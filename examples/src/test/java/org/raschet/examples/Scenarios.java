package org.raschet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.ScenarioRunner;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Scenarios built in tests, and assertions on the faults they raise. */
final class Scenarios {
    private Scenarios() {
    }

    /**
     * A small valid scenario: flat 100-001 with single-rate meter 77-0042 (6 digits) read 1100, 1250, 1437.5 kWh on
     * 31.01, 28.02, 31.03.2026, and flat 100-002 with a two-zone meter Z-1 (5 digits) read on 31.01 and 28.02;
     * intervals and charges at 5.67 ₽/kWh.
     */
    static final String BASE = """
            {
              "metadata": { "name": "base", "sources": ["354 p.42, App. 2, formula 1"] },
              "premises": [
                { "id": "100-001", "house": "H-1", "area": "54.3", "residents": { "2024-05-01": 2 } },
                { "id": "100-002", "house": "H-1", "area": 41.7 }
              ],
              "meters": [
                { "id": "77-0042", "account": "100-001", "resource": "electricity", "digits": 6,
                  "installed": "2024-05-14" },
                { "id": "Z-1", "account": "100-002", "resource": "electricity", "registers": "two-zone",
                  "digits": 5, "installed": "2020-01-10" }
              ],
              "readings": [
                { "meter": "77-0042", "date": "2026-01-31", "value": "1100", "source": "consumer-web" },
                { "meter": "77-0042", "date": "2026-02-28", "value": "1250", "source": "control",
                  "document": "акт № 15" },
                { "meter": "77-0042", "date": "2026-03-31", "value": 1437.5, "source": "consumer-sms" },
                { "meter": "Z-1", "register": "day", "date": "2026-01-31", "value": "500", "source": "remote" },
                { "meter": "Z-1", "register": "night", "date": "2026-01-31", "value": "200", "source": "remote" },
                { "meter": "Z-1", "register": "night", "date": "2026-02-28", "value": "260.25", "source": "remote" },
                { "meter": "Z-1", "register": "day", "date": "2026-02-28", "value": "612", "source": "remote" }
              ],
              "compute": { "intervals": {}, "charges": { "price": "5.67" } }
            }
            """;

    /** {@link #BASE} as a mutable tree. */
    static ObjectNode base() {
        return (ObjectNode) ScenarioRunner.parse(BASE);
    }

    /** A tree from JSON text. */
    static JsonNode json(String text) {
        return ScenarioRunner.parse(text);
    }

    /** Runs {@code scenario}, expecting a fault at {@code path} with {@code rule}; returns it. */
    static ScenarioException fault(JsonNode scenario, String path, String rule) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioRunner.run(scenario));
        assertEquals(path, e.path().text(), () -> "path of: " + e.getMessage());
        assertEquals(rule, e.rule(), () -> "rule of: " + e.getMessage());
        return e;
    }

    /** Like {@link #fault(JsonNode, String, String)}, and the fault is Raschet's with {@code code}. */
    static ScenarioException domainFault(JsonNode scenario, String path, String rule, String code) {
        ScenarioException e = fault(scenario, path, rule);
        assertEquals(Optional.of(code), e.code(), () -> "code of: " + e.getMessage());
        return e;
    }

    /** The object at a JSON pointer of {@code tree}, e.g. {@code /readings/2}. */
    static ObjectNode at(JsonNode tree, String pointer) {
        return (ObjectNode) tree.at(pointer);
    }
}
