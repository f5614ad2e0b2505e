package org.raschet.core.consumption.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.raschet.core.account.AccountId;
import org.raschet.core.account.HouseId;
import org.raschet.core.account.Premise;
import org.raschet.core.consumption.ConsumptionPolicies;
import org.raschet.core.consumption.RandomAccounts;
import org.raschet.core.consumption.ServiceConsumption;
import org.raschet.core.consumption.ServiceInputs;
import org.raschet.core.error.RaschetException;
import org.raschet.core.meter.Meter;
import org.raschet.core.meter.MeterEvent;
import org.raschet.core.meter.Reading;
import org.raschet.core.meter.ReadingSource;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.quantity.Area;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.time.Timeline;
import org.threeten.extra.LocalDateRange;

/**
 * The engine for mass runs (primitive arrays, a basis built only when it changes, binary search for the last
 * reading) gives exactly what the straightforward day-by-day {@link ReferenceEngine} gives, on random accounts with
 * gaps, failures, broken seals, an access refusal, verification dates, replacements, control readings and move-ins
 * (DESIGN principle 6: two speeds, one meaning).
 */
class EngineReferenceProperties {
    private static final AccountId ACCOUNT = AccountId.of("A1");

    @Property(tries = 300)
    void the_mass_run_engine_equals_the_day_by_day_reference(@ForAll long seed) {
        Random rnd = new Random(seed);
        ServiceInputs in = RandomAccounts.single(rnd);
        LocalDate from = YearMonth.of(2024, 1 + rnd.nextInt(12)).atDay(1).plusDays(rnd.nextInt(20));
        LocalDateRange range = LocalDateRange.of(from, from.plusDays(1 + rnd.nextInt(600)));
        LocalDate knownOn = range.getEnd().plusDays(rnd.nextInt(40) - 20);
        ServiceConsumption expected;
        try {
            expected = ReferenceEngine.compute(in, range, knownOn, ConsumptionPolicies.FEDERAL, ProtocolSink.NONE);
        } catch (RaschetException e) {
            RaschetException got = org.junit.jupiter.api.Assertions.assertThrows(RaschetException.class,
                    () -> Engine.compute(in, range, knownOn, ConsumptionPolicies.FEDERAL, ProtocolSink.NONE));
            assertEquals(e.code(), got.code(), e.getMessage() + " / " + got.getMessage());
            net.jqwik.api.statistics.Statistics.label("outcome").collect("error " + e.code());
            return;
        }
        ServiceConsumption got = Engine.compute(in, range, knownOn, ConsumptionPolicies.FEDERAL, ProtocolSink.NONE);
        assertEquals(expected.registers(), got.registers());
        assertEquals(expected.periods(), got.periods());
        assertEquals(expected.intervals(), got.intervals());
        assertEquals(expected.averages(), got.averages());
        assertEquals(expected.readings(), got.readings());
        assertEquals(List.of(), got.points());
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        got.registers().forEach(r -> r.runs().forEach(x -> kinds.add(x.basis().kind() + ""
                + x.basis().forecastCase().map(c -> " " + c).orElse(""))));
        net.jqwik.api.statistics.Statistics.label("outcome").collect("computed");
        for (String k : kinds) {
            net.jqwik.api.statistics.Statistics.label("bases").collect(k);
        }
    }

    @Property(tries = 300)
    void the_month_index_of_an_epoch_day_is_the_calendars(@ForAll long seed) {
        Random rnd = new Random(seed);
        long day = rnd.nextLong() % 3_000_000L;
        LocalDate d = LocalDate.ofEpochDay(day);
        assertEquals(d.getYear() * 12 + d.getMonthValue() - 1, Engine.monthIndex(day), d.toString());
    }
}
