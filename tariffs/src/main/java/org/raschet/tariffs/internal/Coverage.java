package org.raschet.tariffs.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.raschet.tariffs.schedule.Effective;
import org.threeten.extra.LocalDateRange;

/**
 * Turns the effective-dated periods of a schedule into the runs that cover a billed range: every billed day must
 * be covered by exactly one period; consecutive runs with equal values merge.
 */
public final class Coverage {
    private Coverage() {
    }

    /** Builds the typed fault for a billed day left uncovered or covered twice. */
    public interface Faults {
        /** No period covers {@code day}. */
        RuntimeException gap(LocalDate day, String detail);

        /** Two periods cover {@code day}. */
        RuntimeException overlap(LocalDate day, String detail);
    }

    /**
     * The runs of {@code values} (each holding over its span in {@code spans}) over {@code range}.
     *
     * @throws RuntimeException the fault {@code faults} builds for the first day uncovered or covered twice
     */
    public static <T> List<Effective<T>> runs(List<LocalDateRange> spans, List<T> values, LocalDateRange range,
                                              Faults faults) {
        List<Effective<T>> out = new ArrayList<>();
        if (range.isEmpty()) {
            return out;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            LocalDateRange s = spans.get(i);
            if (!s.isEmpty() && s.getStart().isBefore(range.getEnd()) && s.getEnd().isAfter(range.getStart())) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparing((Integer i) -> spans.get(i).getStart()).thenComparing(i -> i));
        LocalDate cursor = range.getStart();
        int previous = -1;
        for (int i : order) {
            LocalDateRange s = spans.get(i);
            LocalDate from = max(s.getStart(), range.getStart());
            LocalDate to = min(s.getEnd(), range.getEnd());
            if (from.isAfter(cursor)) {
                throw faults.gap(cursor, "no period covers this day; periods: " + describe(spans));
            }
            if (from.isBefore(cursor)) {
                throw faults.overlap(from, "periods " + text(spans.get(previous)) + " and " + text(s)
                        + " both cover this day");
            }
            T v = values.get(i);
            if (!out.isEmpty() && out.get(out.size() - 1).value().equals(v)) {
                Effective<T> last = out.remove(out.size() - 1);
                out.add(new Effective<>(LocalDateRange.of(last.span().getStart(), to), v));
            } else {
                out.add(new Effective<>(LocalDateRange.of(from, to), v));
            }
            cursor = to;
            previous = i;
        }
        if (cursor.isBefore(range.getEnd())) {
            throw faults.gap(cursor, "no period covers this day; periods: " + describe(spans));
        }
        return out;
    }

    private static String describe(List<LocalDateRange> spans) {
        if (spans.isEmpty()) {
            return "none";
        }
        StringBuilder sb = new StringBuilder();
        for (LocalDateRange s : spans) {
            sb.append(sb.length() == 0 ? "" : ", ").append(text(s));
        }
        return sb.toString();
    }

    /** A span as {@code [2026-01-01, 2026-07-01)} or {@code [2026-07-01, …)} for an unbounded end. */
    public static String text(LocalDateRange s) {
        return "[" + s.getStart() + ", " + (s.isUnboundedEnd() ? "…" : s.getEnd().toString()) + ")";
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
