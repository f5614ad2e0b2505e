package org.raschet.examples.scenario.tariff;

import java.util.List;
import java.util.Optional;
import org.raschet.tariffs.schedule.TariffSchedule;

/**
 * The tariff schedules of a scenario, in document order.
 *
 * @param entries the schedules with their paths
 */
public record Tariffs(List<Entry<TariffSchedule>> entries) {
    /** Copies the entries. */
    public Tariffs {
        entries = List.copyOf(entries);
    }

    /** The schedule {@code id}, if declared. */
    public Optional<Entry<TariffSchedule>> find(String id) {
        return entries.stream().filter(e -> e.value().id().equals(id)).findFirst();
    }

    /** The schedules alone. */
    public List<TariffSchedule> schedules() {
        return entries.stream().map(Entry::value).toList();
    }
}
