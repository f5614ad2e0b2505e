package org.raschet.allocation.penalty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.raschet.allocation.internal.Schedules;
import org.raschet.core.error.RateScheduleException;

/**
 * The key-rate schedule: effective-dated Bank of Russia key rates with no gaps. The federal history is
 * {@link #FEDERAL_HISTORY}; a host extends it with later decisions ({@link #with}) or passes its own.
 */
public final class KeyRateSchedule {
    private static final String NAME = "key rate schedule";

    /**
     * The Bank of Russia key rate from 01.01.2016 (when the refinancing rate of ЖК РФ ст. 155 ч. 14 became
     * equal to it, Указание Банка России № 3894-У) to 21.12.2025. Each entry's effective date follows the Board of
     * Directors' decision cited. The history ends on 21.12.2025, the day before the first decision Raschet does
     * not ship: a calculation needing a later rate fails with {@link RateScheduleException} until the host adds
     * the later decisions with {@link #with}.
     */
    public static final KeyRateSchedule FEDERAL_HISTORY = federal();

    private final List<KeyRate> entries;

    private KeyRateSchedule(List<KeyRate> entries) {
        this.entries = entries;
    }

    /**
     * A schedule of these entries.
     *
     * @throws RateScheduleException if there are none, or two entries leave a gap or overlap
     */
    public static KeyRateSchedule of(List<KeyRate> entries) {
        return new KeyRateSchedule(Schedules.checked(NAME, entries, KeyRate::from, KeyRate::through));
    }

    /**
     * This schedule with more entries (e.g. later decisions). An entry starting on the day after the last entry's
     * last day continues it.
     *
     * @throws RateScheduleException if the result has a gap or an overlap
     */
    public KeyRateSchedule with(KeyRate... more) {
        List<KeyRate> all = new ArrayList<>(entries);
        all.addAll(List.of(more));
        return of(all);
    }

    /** The rate in force on {@code day}, if the schedule covers it. */
    public Optional<KeyRate> find(LocalDate day) {
        return Schedules.find(entries, day, KeyRate::from, KeyRate::through);
    }

    /** The rate in force on {@code day}. @throws RateScheduleException if the schedule does not cover it */
    public KeyRate on(LocalDate day) {
        return Schedules.get(NAME, entries, day, KeyRate::from, KeyRate::through);
    }

    /** The entries, in date order. */
    public List<KeyRate> entries() {
        return entries;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyRateSchedule s && s.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "KeyRateSchedule" + entries;
    }

    private static KeyRateSchedule federal() {
        List<KeyRate> r = new ArrayList<>();
        // 11.00 % since 03.08.2015 (decision of 31.07.2015); the refinancing rate equals it from 01.01.2016
        r.add(KeyRate.of("2016-01-01", "11.00", "2015-07-31"));
        r.add(KeyRate.of("2016-06-14", "10.50", "2016-06-10"));
        r.add(KeyRate.of("2016-09-19", "10.00", "2016-09-16"));
        r.add(KeyRate.of("2017-03-27", "9.75", "2017-03-24"));
        r.add(KeyRate.of("2017-05-02", "9.25", "2017-04-28"));
        r.add(KeyRate.of("2017-06-19", "9.00", "2017-06-16"));
        r.add(KeyRate.of("2017-09-18", "8.50", "2017-09-15"));
        r.add(KeyRate.of("2017-10-30", "8.25", "2017-10-27"));
        r.add(KeyRate.of("2017-12-18", "7.75", "2017-12-15"));
        r.add(KeyRate.of("2018-02-12", "7.50", "2018-02-09"));
        r.add(KeyRate.of("2018-03-26", "7.25", "2018-03-23"));
        r.add(KeyRate.of("2018-09-17", "7.50", "2018-09-14"));
        r.add(KeyRate.of("2018-12-17", "7.75", "2018-12-14"));
        r.add(KeyRate.of("2019-06-17", "7.50", "2019-06-14"));
        r.add(KeyRate.of("2019-07-29", "7.25", "2019-07-26"));
        r.add(KeyRate.of("2019-09-09", "7.00", "2019-09-06"));
        r.add(KeyRate.of("2019-10-28", "6.50", "2019-10-25"));
        r.add(KeyRate.of("2019-12-16", "6.25", "2019-12-13"));
        r.add(KeyRate.of("2020-02-10", "6.00", "2020-02-07"));
        r.add(KeyRate.of("2020-04-27", "5.50", "2020-04-24"));
        r.add(KeyRate.of("2020-06-22", "4.50", "2020-06-19"));
        r.add(KeyRate.of("2020-07-27", "4.25", "2020-07-24"));
        r.add(KeyRate.of("2021-03-22", "4.50", "2021-03-19"));
        r.add(KeyRate.of("2021-04-26", "5.00", "2021-04-23"));
        r.add(KeyRate.of("2021-06-15", "5.50", "2021-06-11"));
        r.add(KeyRate.of("2021-07-26", "6.50", "2021-07-23"));
        r.add(KeyRate.of("2021-09-13", "6.75", "2021-09-10"));
        r.add(KeyRate.of("2021-10-25", "7.50", "2021-10-22"));
        r.add(KeyRate.of("2021-12-20", "8.50", "2021-12-17"));
        r.add(KeyRate.of("2022-02-14", "9.50", "2022-02-11"));
        r.add(KeyRate.of("2022-02-28", "20.00", "2022-02-28"));
        r.add(KeyRate.of("2022-04-11", "17.00", "2022-04-08"));
        r.add(KeyRate.of("2022-05-04", "14.00", "2022-04-29"));
        r.add(KeyRate.of("2022-05-27", "11.00", "2022-05-26"));
        r.add(KeyRate.of("2022-06-14", "9.50", "2022-06-10"));
        r.add(KeyRate.of("2022-07-25", "8.00", "2022-07-22"));
        r.add(KeyRate.of("2022-09-19", "7.50", "2022-09-16"));
        r.add(KeyRate.of("2023-07-24", "8.50", "2023-07-21"));
        r.add(KeyRate.of("2023-08-15", "12.00", "2023-08-15"));
        r.add(KeyRate.of("2023-09-18", "13.00", "2023-09-15"));
        r.add(KeyRate.of("2023-10-30", "15.00", "2023-10-27"));
        r.add(KeyRate.of("2023-12-18", "16.00", "2023-12-15"));
        r.add(KeyRate.of("2024-07-29", "18.00", "2024-07-26"));
        r.add(KeyRate.of("2024-09-16", "19.00", "2024-09-13"));
        r.add(KeyRate.of("2024-10-28", "21.00", "2024-10-25"));
        r.add(KeyRate.of("2025-06-09", "20.00", "2025-06-06"));
        r.add(KeyRate.of("2025-07-28", "18.00", "2025-07-25"));
        r.add(KeyRate.of("2025-09-15", "17.00", "2025-09-12"));
        // the last decision shipped; the next meeting was on 19.12.2025, so this entry is closed on 21.12.2025
        r.add(new KeyRate(LocalDate.of(2025, 10, 27), Optional.of(LocalDate.of(2025, 12, 21)),
                new java.math.BigDecimal("16.50"), Optional.of(LocalDate.of(2025, 10, 24))));
        return of(r);
    }
}
