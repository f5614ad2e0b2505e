package org.raschet.core.time;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.MissingPolicyInputException;

/**
 * An effective-dated value: each entry holds from its date until the next entry's date. Before the first entry
 * there is no value. Immutable.
 *
 * @param <T> the value type
 */
public final class Timeline<T> {
    private final NavigableMap<LocalDate, T> entries;

    private Timeline(NavigableMap<LocalDate, T> entries) {
        this.entries = entries;
    }

    /** A timeline of the given entries (date from which each value holds). */
    public static <T> Timeline<T> of(Map<LocalDate, T> entries) {
        TreeMap<LocalDate, T> copy = new TreeMap<>();
        entries.forEach((d, v) -> copy.put(Objects.requireNonNull(d, "date"), Objects.requireNonNull(v, "value")));
        return new Timeline<>(Collections.unmodifiableNavigableMap(copy));
    }

    /** A value that holds from {@code from} on. */
    public static <T> Timeline<T> from(LocalDate from, T value) {
        return of(Map.of(from, value));
    }

    /** This timeline with {@code value} holding from {@code from} until the next later entry. */
    public Timeline<T> with(LocalDate from, T value) {
        TreeMap<LocalDate, T> copy = new TreeMap<>(entries);
        copy.put(Objects.requireNonNull(from, "from"), Objects.requireNonNull(value, "value"));
        return new Timeline<>(Collections.unmodifiableNavigableMap(copy));
    }

    /** The value on {@code day}, if any entry starts on or before it. */
    public Optional<T> find(LocalDate day) {
        Map.Entry<LocalDate, T> e = entries.floorEntry(day);
        return e == null ? Optional.empty() : Optional.of(e.getValue());
    }

    /**
     * The value on {@code day}.
     *
     * @param entity what the timeline describes, for the error message (e.g. {@code "residents of account 42"})
     * @throws MissingPolicyInputException if no entry starts on or before {@code day}
     */
    public T get(LocalDate day, String entity) {
        return find(day).orElseThrow(() -> new MissingPolicyInputException(ErrorCode.SCHEDULE_GAP, entity, day,
                "no value holds on this day (first entry: " + (entries.isEmpty() ? "none" : entries.firstKey()) + ")",
                "schedule.covers-day"));
    }

    /** The entries, date → value, in date order. */
    public NavigableMap<LocalDate, T> entries() {
        return entries;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Timeline<?> t && t.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return entries.toString();
    }
}
