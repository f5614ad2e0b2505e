package org.raschet.examples.debts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.raschet.examples.scenario.debts.DebtRules;

/**
 * {@code docs/scenario-format.md} names every rule only the debts sections use, and every Raschet rule their
 * errors can carry (the properties and choices are checked for the whole format by {@code ScenarioDocsTest}).
 */
class DebtsDocsTest {
    private static final Path DOC = Path.of("..", "docs", "scenario-format.md");

    @Test
    void every_debts_rule_is_documented() throws IOException, IllegalAccessException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Set<String> names = new TreeSet<>(Set.of("payment.non-negative", "payment.account-currency",
                "payment.after-opening", "currency.known", "amount.minor-units", "obligation.non-negative",
                "ledger.penalty-non-negative", "ledger.penalty-of-obligation", "charge-line.issued-not-before-period",
                "calendar.working-day-is-weekend", "calendar.consistent", "key-rate.percent", "rate-rule.cap",
                "moratorium.ordered", "rate-schedule.no-gap", "rate-schedule.no-overlap",
                "rate-schedule.entry-ordered", "rate-schedule.not-empty", "rate-schedule.covers-day",
                "restriction.normative-charge", "RASCHET-PAYMENT-NEGATIVE", "RASCHET-PAYMENT-CURRENCY",
                "RASCHET-PAYMENT-BEFORE-OPENING", "RASCHET-RATE-SCHEDULE-GAP", "RASCHET-LEDGER-INVALID"));
        for (Field f : DebtRules.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                names.add((String) f.get(null));
            }
        }
        Set<String> missing = new TreeSet<>();
        for (String n : names) {
            if (!doc.contains("`" + n + "`")) {
                missing.add(n);
            }
        }
        assertTrue(missing.isEmpty(), "not named in " + DOC + ": " + missing);
    }
}
