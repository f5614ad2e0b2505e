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
 * An effective-dated value (a price, a resident count, a normative): each entry holds from its date, inclusive,
 * until the next entry's date, exclusive; the last holds indefinitely. Before the first entry there is no value, and
 * {@link #get} names that gap. Immutable; equal when the entries are equal.
 *
 * @param <T> the value type
 */
public final class Timeline<T> {
    private final NavigableMap<LocalDate, T> entries;

    private Timeline(NavigableMap<LocalDate, T> entries) {
        this.entries = entries;
    }

    /**
     * A timeline of the given entries.
     *
     * @param entries date from which each value holds → the value; neither may be null
     * @param <T>     the value type
     * @return the timeline (a copy; later changes to {@code entries} do not affect it)
     */
    public static <T> Timeline<T> of(Map<LocalDate, T> entries) {
        TreeMap<LocalDate, T> copy = new TreeMap<>();
        entries.forEach((d, v) -> copy.put(Objects.requireNonNull(d, "date"), Objects.requireNonNull(v, "value")));
        return new Timeline<>(Collections.unmodifiableNavigableMap(copy));
    }

    /**
     * A value that holds from {@code from} on.
     *
     * @param from  the first day it holds
     * @param value the value
     * @param <T>   the value type
     * @return the timeline of one entry
     */
    public static <T> Timeline<T> from(LocalDate from, T value) {
        return of(Map.of(from, value));
    }

    /**
     * This timeline with {@code value} holding from {@code from} until the next later entry (replacing an entry
     * of the same date).
     *
     * @param from  the first day it holds
     * @param value the value
     * @return a new timeline; this one is unchanged
     */
    public Timeline<T> with(LocalDate from, T value) {
        TreeMap<LocalDate, T> copy = new TreeMap<>(entries);
        copy.put(Objects.requireNonNull(from, "from"), Objects.requireNonNull(value, "value"));
        return new Timeline<>(Collections.unmodifiableNavigableMap(copy));
    }

    /**
     * The value on {@code day}, if any entry starts on or before it.
     *
     * @param day the day asked about
     * @return the value of the latest entry starting on or before {@code day}, or empty before the first entry
     */
    public Optional<T> find(LocalDate day) {
        Objects.requireNonNull(day, "day");
        Map.Entry<LocalDate, T> e = entries.floorEntry(day);
        return e == null ? Optional.empty() : Optional.of(e.getValue());
    }

    /**
     * The value on {@code day}.
     *
     * @param day    the day asked about
     * @param entity what the timeline describes, for the error message (e.g. {@code "residents of account 42"})
     * @return the value of the latest entry starting on or before {@code day}
     * @throws MissingPolicyInputException if no entry starts on or before {@code day}
     */
    public T get(LocalDate day, String entity) {
        Objects.requireNonNull(day, "day");
        return find(day).orElseThrow(() -> new MissingPolicyInputException(ErrorCode.SCHEDULE_GAP, entity, day,
                "no value is given for " + day + " (" + (entries.isEmpty() ? "no entries at all"
                        : "the first entry holds from " + entries.firstKey()) + ")",
                "schedule.covers-day"));
    }

    /**
     * The entries, date → value, in date order.
     *
     * @return an unmodifiable view
     */
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
