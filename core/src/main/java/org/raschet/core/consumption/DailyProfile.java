package org.raschet.core.consumption;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import org.raschet.core.protocol.Note;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;

/**
 * A daily profile (суточный профиль потребления): non-negative integer weights by which the volume between two
 * readings is spread over its days instead of equal weights (LEGAL §2: "days weighted equally unless a profile is
 * given"; a policy). A day's weight is its own entry in {@code dayWeights} if there is one, otherwise the weight of
 * its calendar month, repeated every year (a seasonal profile: more light in winter, a dacha in summer).
 *
 * <p>An interval of days with cumulative weights C₁ … Cₘ (total W = Cₘ) and volume V gets, on day i,
 * round(V·Cᵢ/W, 6) − round(V·Cᵢ₋₁/W, 6) ({@link org.raschet.core.split.Split#cumulative}): the days sum exactly to
 * V and every contiguous span of days is within one 10⁻⁶ unit of its exact weighted share. An interval whose days
 * all weigh zero can carry no volume: a positive volume there is an error. The profile spreads measured intervals
 * only; a month billed by the average or the normative keeps equal days (a full month gets the monthly figure
 * exactly, a partial month its days' share, 354 p.59).
 *
 * @param id           the profile's identifier, shown as {@code policy:daily-profile.<id>}
 * @param monthWeights twelve weights, January first, each ≥ 0
 * @param dayWeights   weights of particular dates that override their month's, each ≥ 0 (kept in date order)
 */
public record DailyProfile(String id, List<Long> monthWeights, Map<LocalDate, Long> dayWeights) {
    /** Equal weights every day: the default (LEGAL §2). */
    public static final DailyProfile EQUAL = new DailyProfile("equal", Collections.nCopies(12, 1L), Map.of());

    /**
     * Validates the weights.
     *
     * @throws InvalidValueException if there are not twelve month weights or a weight is negative
     */
    public DailyProfile {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "daily profile", null, "a daily profile needs an id", "policy.daily-profile-weights");
        }
        monthWeights = List.copyOf(monthWeights);
        if (monthWeights.size() != 12) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "daily profile", null, "daily profile " + id + ": " + monthWeights.size()
                    + " month weights, 12 expected", "policy.daily-profile-weights");
        }
        for (int i = 0; i < 12; i++) {
            if (monthWeights.get(i) < 0) {
                throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "daily profile", null, "daily profile " + id + ": weight " + monthWeights.get(i)
                        + " of month " + (i + 1) + " is negative", "policy.daily-profile-weights");
            }
        }
        TreeMap<LocalDate, Long> days = new TreeMap<>();
        dayWeights.forEach((d, w) -> {
            Objects.requireNonNull(d, "date");
            Objects.requireNonNull(w, "weight");
            if (w < 0) {
                throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "daily profile", null, "daily profile " + id + ": weight " + w + " of " + d
                        + " is negative", "policy.daily-profile-weights");
            }
            days.put(d, w);
        });
        dayWeights = Collections.unmodifiableNavigableMap(days);
    }

    /**
     * A seasonal profile: one weight per calendar month, January first.
     *
     * @throws InvalidValueException if there are not twelve weights or one is negative
     */
    public static DailyProfile byMonth(String id, long... weights) {
        List<Long> w = new ArrayList<>();
        for (long x : weights) {
            w.add(x);
        }
        return new DailyProfile(id, w, Map.of());
    }

    /** This profile with {@code day} weighing {@code weight} (e.g. 0 for a day the premise stood empty). */
    public DailyProfile withDay(LocalDate day, long weight) {
        TreeMap<LocalDate, Long> days = new TreeMap<>(dayWeights);
        days.put(day, weight);
        return new DailyProfile(id, monthWeights, days);
    }

    /** The weight of {@code day}. */
    public long weight(LocalDate day) {
        Long w = dayWeights.get(day);
        return w != null ? w : monthWeights.get(day.getMonthValue() - 1);
    }

    /**
     * The weights of {@code days} consecutive days from {@code from}, filled month by month (no object per day).
     *
     * @throws InvalidValueException if {@code days} is negative
     */
    public long[] weights(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("negative day count " + days);
        }
        long[] out = new long[days];
        int i = 0;
        LocalDate monthStart = from.withDayOfMonth(1);
        int offset = from.getDayOfMonth() - 1;
        while (i < days) {
            int left = monthStart.lengthOfMonth() - offset;
            int to = Math.min(days, i + left);
            long w = monthWeights.get(monthStart.getMonthValue() - 1);
            for (int k = i; k < to; k++) {
                out[k] = w;
            }
            i = to;
            offset = 0;
            monthStart = monthStart.plusMonths(1);
        }
        if (!dayWeights.isEmpty() && days > 0) {
            NavigableMap<LocalDate, Long> map = (NavigableMap<LocalDate, Long>) dayWeights;
            long start = from.toEpochDay();
            for (Map.Entry<LocalDate, Long> e : map.subMap(from, true, from.plusDays(days), false).entrySet()) {
                out[(int) (e.getKey().toEpochDay() - start)] = e.getValue();
            }
        }
        return out;
    }

    /** Whether every day weighs the same (the spread is then the equal one, {@link #EQUAL}'s). */
    public boolean isUniform() {
        return dayWeights.isEmpty() && monthWeights.stream().distinct().count() == 1 && monthWeights.get(0) > 0;
    }

    /** The note naming this profile in the protocol ({@code policy:daily-profile.<id>}). */
    public Note note() {
        return new Note("policy:daily-profile." + id,
                "политика: суточный профиль «" + id + "», веса по месяцам " + monthWeights
                        + (dayWeights.isEmpty() ? "" : ", особые дни: " + dayWeights.size()),
                "policy: daily profile '" + id + "', month weights " + monthWeights
                        + (dayWeights.isEmpty() ? "" : ", special days: " + dayWeights.size()));
    }
}
