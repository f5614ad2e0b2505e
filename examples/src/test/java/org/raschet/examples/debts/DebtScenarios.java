package org.raschet.examples.debts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.raschet.allocation.payment.ObligationPosition;
import org.raschet.core.account.AccountId;
import org.raschet.core.ledger.ObligationKey;
import org.raschet.core.money.Amounts;
import org.raschet.core.quantity.Resource;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.ScenarioResult;
import org.raschet.examples.scenario.ScenarioRunner;
import org.raschet.examples.scenario.compute.SectionResult;
import org.raschet.examples.scenario.debts.DebtsResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Debts scenarios for tests: the bundled ones, a small base to vary, and assertions on results and faults. */
final class DebtScenarios {
    static final Path BUNDLED = Path.of("scenarios");

    /**
     * Account 500-001 opened 01.01.2020: electricity 2024-01 1000.00 ₽ (due 12.02.2024) and 2024-02 2000.00 ₽ (due
     * 11.03.2024); payment P1 of 1500.00 ₽ on 20.03.2024; debts as of 31.03.2024.
     */
    static final String BASE = """
            {
              "metadata": { "name": "debts base" },
              "accounts": [ { "id": "500-001", "opened": "2020-01-01" } ],
              "chargeLines": [
                { "account": "500-001", "period": "2024-01", "service": "electricity", "amount": "1000.00" },
                { "account": "500-001", "period": "2024-02", "service": "electricity", "amount": "2000.00" }
              ],
              "payments": [
                { "id": "P1", "account": "500-001", "date": "2024-03-20", "amount": "1500.00" }
              ],
              "compute": { "debts": { "asOf": "2024-03-31" } }
            }
            """;

    static final AccountId BASE_ACCOUNT = AccountId.of("500-001");

    private DebtScenarios() {
    }

    static ObjectNode base() {
        return (ObjectNode) ScenarioRunner.parse(BASE);
    }

    static ObjectNode at(JsonNode tree, String pointer) {
        return (ObjectNode) tree.at(pointer);
    }

    static String text(String name) {
        try {
            return Files.readString(BUNDLED.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ScenarioResult bundled(String name) {
        return ScenarioRunner.run(text(name));
    }

    static <R extends SectionResult> R section(ScenarioResult r, String key, Class<R> type) {
        return type.cast(r.sections().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow());
    }

    static ObligationKey key(String account, int year, int month, Resource service) {
        return ObligationKey.of(AccountId.of(account), java.time.YearMonth.of(year, month), service);
    }

    static ObligationPosition position(DebtsResult.AccountDebts a, ObligationKey key) {
        return a.allocation().find(key).orElseThrow();
    }

    static long kopecks(javax.money.MonetaryAmount amount) {
        return Amounts.toMinor(amount);
    }

    static ScenarioException fault(JsonNode scenario, String path, String rule) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioRunner.run(scenario));
        assertEquals(path, e.path().text(), () -> "path of: " + e.getMessage());
        assertEquals(rule, e.rule(), () -> "rule of: " + e.getMessage());
        return e;
    }

    static ScenarioException domainFault(JsonNode scenario, String path, String rule, String code) {
        ScenarioException e = fault(scenario, path, rule);
        assertEquals(Optional.of(code), e.code(), () -> "code of: " + e.getMessage());
        return e;
    }
}
