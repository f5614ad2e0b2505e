package org.raschet.examples.scenario.debts;

import java.util.List;
import java.util.Objects;
import org.raschet.allocation.penalty.RateRulePeriod;
import org.raschet.allocation.penalty.RateRuleSchedule;

/**
 * The penalty rate rules a scenario runs with (section {@code rateRules}).
 *
 * @param schedule the schedule
 * @param base     what the scenario's entries start from: {@code federal} or {@code none}
 * @param given    the scenario's own entries, with their paths
 */
public record RateRulesInput(RateRuleSchedule schedule, String base, List<Located<RateRulePeriod>> given) {
    /** Validates the parts. */
    public RateRulesInput {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(base, "base");
        given = List.copyOf(given);
    }
}
