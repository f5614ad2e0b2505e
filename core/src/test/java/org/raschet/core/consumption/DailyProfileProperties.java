package org.raschet.core.consumption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.quantity.Resource;
import org.threeten.extra.LocalDateRange;

/**
 * A daily profile spreads every interval exactly (LEGAL §2): the days sum to the interval's volume, and every
 * contiguous span of days is within one 10⁻⁶ unit of its exact weighted share V·Wspan/W, for any reading sequence
 * (rollover, replacement, transformer ratio) and any non-negative weights.
 */
class DailyProfileProperties {

    static DailyProfile profile(List<Integer> monthWeights, List<Integer> zeroDays, List<Integer> dayWeights) {
        long[] w = monthWeights.stream().mapToLong(Integer::longValue).toArray();
        DailyProfile p = DailyProfile.byMonth("random", w);
        for (int i = 0; i < zeroDays.size(); i++) {
            // the chains of ConsumptionProperties start on 01.01.2024
            p = p.withDay(LocalDate.of(2024, 1, 1).plusDays(zeroDays.get(i)), dayWeights.get(i % dayWeights.size()));
        }
        return p;
    }

    @Property(tries = 200)
    void weighted_days_sum_exactly_and_every_span_is_within_one_unit_of_its_weighted_share(
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 70) Integer> gaps,
            @ForAll @Size(min = 8, max = 8) List<@IntRange(min = 0, max = 4_999_999) Integer> increments,
            @ForAll @IntRange(min = 0, max = 8) int replaceAfter, @ForAll @IntRange(min = 0, max = 9999) int start,
            @ForAll @IntRange(min = 1, max = 40) int ratio,
            @ForAll @Size(min = 12, max = 12) List<@IntRange(min = 0, max = 1000) Integer> monthWeights,
            @ForAll @Size(max = 20) List<@IntRange(min = 0, max = 560) Integer> specialDays,
            @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 0, max = 30) Integer> specialWeights,
            @ForAll @IntRange(min = 0, max = 10_000) int a, @ForAll @IntRange(min = 0, max = 10_000) int b) {
        ConsumptionProperties.Chain ch = ConsumptionProperties.chain(gaps, increments, replaceAfter, start, ratio);
        DailyProfile profile = profile(monthWeights, specialDays, specialWeights);
        LocalDateRange range = LocalDateRange.of(ch.meters().get(0).installed().plusDays(1), ch.last().plusDays(1));
        ServiceInputs in = ServiceInputs.of(Fx.ACCOUNT, Resource.ELECTRICITY, ch.meters(), ch.readings());
        ServiceConsumption c;
        try {
            c = PerDayConsumption.compute(in, range, ch.last(), ConsumptionPolicies.FEDERAL.withProfile(profile),
                    ProtocolSink.NONE);
        } catch (InvalidValueException e) {
            // only an interval whose days all weigh 0 and that carries a volume may be refused
            assertTrue(e.getMessage().contains("weighs 0 in daily profile random"), e.getMessage());
            return;
        }
        RegisterDays t = c.register(Register.TOTAL).orElseThrow();
        for (IntervalVolume iv : c.intervals()) {
            assertEquals(iv.volume(), t.sum(iv.days()), "interval " + iv.days());
        }
        IntervalVolume iv = c.intervals().get(a % c.intervals().size());
        int m = Math.toIntExact(iv.days().lengthInDays());
        long[] w = profile.weights(iv.days().getStart(), m);
        long total = 0;
        for (long x : w) {
            total += x;
        }
        int from = b % m;
        int len = 1 + (a + b) % (m - from);
        long spanWeight = 0;
        for (int i = from; i < from + len; i++) {
            spanWeight += w[i];
        }
        long span = t.sum(LocalDateRange.of(iv.days().getStart().plusDays(from),
                iv.days().getStart().plusDays(from + len))).micros();
        if (total == 0) {
            assertEquals(0, span, "an interval of zero weight carries nothing");
            return;
        }
        // |span − V·Wspan/W| < 1 unit  ⇔  |span·W − V·Wspan| < W
        BigInteger diff = BigInteger.valueOf(span).multiply(BigInteger.valueOf(total))
                .subtract(BigInteger.valueOf(iv.volume().micros()).multiply(BigInteger.valueOf(spanWeight))).abs();
        assertTrue(diff.compareTo(BigInteger.valueOf(total)) < 0, "span " + span + " of " + iv.volume() + " over "
                + spanWeight + "/" + total);
    }

    @Property(tries = 60)
    void the_weighted_protocol_re_evaluates_and_equals_the_days(
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1, max = 70) Integer> gaps,
            @ForAll @Size(min = 8, max = 8) List<@IntRange(min = 0, max = 4_999_999) Integer> increments,
            @ForAll @Size(min = 12, max = 12) List<@IntRange(min = 1, max = 1000) Integer> monthWeights) {
        ConsumptionProperties.Chain ch = ConsumptionProperties.chain(gaps, increments, 0, 100, 1);
        DailyProfile profile = profile(monthWeights, List.of(), List.of(1));
        LocalDate first = ch.meters().get(0).installed().plusDays(1);
        LocalDateRange range = LocalDateRange.of(first, ch.last().plusDays(1));
        ProtocolRecorder rec = new ProtocolRecorder();
        ServiceConsumption c = PerDayConsumption.compute(ServiceInputs.of(Fx.ACCOUNT, Resource.ELECTRICITY,
                ch.meters(), ch.readings()), range, ch.last(), ConsumptionPolicies.FEDERAL.withProfile(profile), rec);
        assertEquals(List.of(), StepCheck.failures(rec.protocol()));
        assertEquals(c, PerDayConsumption.compute(ServiceInputs.of(Fx.ACCOUNT, Resource.ELECTRICITY, ch.meters(),
                ch.readings()), range, ch.last(), ConsumptionPolicies.FEDERAL.withProfile(profile), ProtocolSink.NONE));
    }
}
