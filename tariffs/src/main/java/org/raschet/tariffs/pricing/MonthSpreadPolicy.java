package org.raschet.tariffs.pricing;

import java.util.Arrays;
import org.raschet.core.protocol.Note;
import org.raschet.core.split.Split;
import org.threeten.extra.LocalDateRange;

/**
 * How a monthly quantity — a premise's common-house share (ОДН, КР на СОИ) — is spread over the days of its month
 * (распределение месячного объёма по дням), so that each day is priced at the tariff in force on it (LEGAL §2, §10:
 * a price may change on any day). The policy gives one non-negative weight per day; the quantity is split by
 * cumulative rounding ({@link Split#cumulative}), so the days sum exactly to it and every run of days at one price
 * is within one 10⁻⁶ unit of its exact share (formula {@code odn.share-days}). No federal rule says how a monthly
 * common-house volume falls on the days of the month; a region or contract may plug in its own rule (e.g. the house
 * meter's daily profile). Passed explicitly; the protocol names it.
 */
public interface MonthSpreadPolicy {
    /**
     * Default: every day of the month weighs the same (DESIGN, numeric model; LEGAL §2 "days weighted equally unless
     * a profile is given"): the days {@code s+1 … e} of a month of {@code D} days get
     * {@code round(V × e / D, 6) − round(V × s / D, 6)}, as {@code DailySeries.evenly} and {@link Split#evenly} spread
     * a volume.
     */
    MonthSpreadPolicy EQUAL_DAYS = new MonthSpreadPolicy() {
        @Override
        public long[] weights(LocalDateRange days) {
            long[] w = new long[Math.toIntExact(days.lengthInDays())];
            Arrays.fill(w, 1L);
            return w;
        }

        @Override
        public String weightUnit() {
            return "day";
        }

        @Override
        public String id() {
            return "equal-days";
        }

        @Override
        public Note note() {
            return new Note("policy:month-spread.equal-days",
                    "политика: месячный объём распределяется по дням месяца поровну, округление нарастающим итогом "
                            + "до 10⁻⁶ (C1, C2 — число дней, W — дней в месяце)",
                    "policy: the monthly volume is spread over the month's days with equal weights, cumulative "
                            + "rounding to 10⁻⁶ (C1, C2 count days, W the month's days)");
        }

        @Override
        public String toString() {
            return id();
        }
    };

    /**
     * The weight of each day of {@code days}, in order: non-negative, one per day, with a positive sum.
     *
     * @param days the days of the month, half-open
     * @return one weight per day
     */
    long[] weights(LocalDateRange days);

    /** Unit code of the weights as the protocol shows them, e.g. {@code "day"} for equal weights, {@code "kWh"}. */
    String weightUnit();

    /** A short stable identifier, e.g. {@code equal-days}, for scenarios and reports. */
    String id();

    /** The note naming the policy in the protocol (id {@code policy:...}). */
    Note note();
}
