package org.raschet.examples.scenario.debts;

import java.util.List;
import java.util.Objects;
import org.raschet.allocation.penalty.KeyRate;
import org.raschet.allocation.penalty.KeyRateSchedule;

/**
 * The key-rate schedule a scenario runs with (section {@code keyRates}).
 *
 * @param schedule the schedule
 * @param base     what the scenario's entries start from: {@code federal} or {@code none}
 * @param given    the scenario's own entries, with their paths
 */
public record KeyRatesInput(KeyRateSchedule schedule, String base, List<Located<KeyRate>> given) {
    /** Validates the parts. */
    public KeyRatesInput {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(base, "base");
        given = List.copyOf(given);
    }
}
