package org.raschet.allocation.penalty;

import java.time.LocalDate;
import java.util.List;
import org.raschet.allocation.internal.Schedules;
import org.raschet.core.error.RateScheduleException;

/** The effective-dated penalty rate rules, with no gaps. The federal default is {@link #FEDERAL}. */
public final class RateRuleSchedule {
    private static final String NAME = "penalty rate rule schedule";

    /**
     * Federal rules (LEGAL §9): the key rate from 01.01.2016; from 28.02.2022 to 31.12.2026 the lower of 9.5 %
     * and the key rate (постановление Правительства РФ № 474 of 26.03.2022, extended by No. 2382 of 29.12.2023
     * and No. 329 of 18.03.2025 to 01.01.2027); the key rate again from 01.01.2027.
     */
    public static final RateRuleSchedule FEDERAL = of(List.of(
            RateRulePeriod.from(LocalDate.of(2016, 1, 1), RateRule.KEY_RATE),
            RateRulePeriod.from(LocalDate.of(2022, 2, 28), RateRule.DECREE_474_CAP),
            RateRulePeriod.from(LocalDate.of(2027, 1, 1), RateRule.KEY_RATE)));

    private final List<RateRulePeriod> entries;

    private RateRuleSchedule(List<RateRulePeriod> entries) {
        this.entries = entries;
    }

    /**
     * A schedule of these entries.
     *
     * @throws RateScheduleException if there are none, or two entries leave a gap or overlap
     */
    public static RateRuleSchedule of(List<RateRulePeriod> entries) {
        return new RateRuleSchedule(Schedules.checked(NAME, entries, RateRulePeriod::from, RateRulePeriod::through));
    }

    /** The rule in force on {@code day}. @throws RateScheduleException if the schedule does not cover it */
    public RateRule on(LocalDate day) {
        return Schedules.get(NAME, entries, day, RateRulePeriod::from, RateRulePeriod::through).rule();
    }

    /** The entries, in date order. */
    public List<RateRulePeriod> entries() {
        return entries;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RateRuleSchedule s && s.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "RateRuleSchedule" + entries;
    }
}
