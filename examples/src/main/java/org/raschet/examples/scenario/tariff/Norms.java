package org.raschet.examples.scenario.tariff;

import java.util.List;
import java.util.Optional;
import org.raschet.tariffs.schedule.NormSchedule;

/**
 * The norm schedules of a scenario (social norms, volume bands, normatives), in document order.
 *
 * @param entries the schedules with their paths
 */
public record Norms(List<Entry<NormSchedule>> entries) {
    /** Copies the entries. */
    public Norms {
        entries = List.copyOf(entries);
    }

    /** The schedule {@code id}, if declared. */
    public Optional<Entry<NormSchedule>> find(String id) {
        return entries.stream().filter(e -> e.value().id().equals(id)).findFirst();
    }

    /** The schedules alone. */
    public List<NormSchedule> schedules() {
        return entries.stream().map(Entry::value).toList();
    }
}
