package org.raschet.core.consumption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.raschet.core.meter.Meter;
import org.raschet.core.meter.MeterEvent;
import org.raschet.core.meter.Reading;
import org.raschet.core.meter.ReadingSource;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.quantity.Unit;
import org.threeten.extra.LocalDateRange;

/** Invariants of the per-day engine and of recalculation (LEGAL §2–§4; DESIGN principles 2–4). */
class ConsumptionProperties {
    private static final Unit KWH = Unit.KWH;
    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    /** A reading sequence of one or two meters (a replacement), 4-digit registers that may roll over. */
    record Chain(List<Meter> meters, List<Reading> readings, LocalDate last) {
    }

    static Chain chain(List<Integer> gaps, List<Integer> incrementsMilli, int replaceAfter, int start, int ratio) {
        Meter m1 = Meter.single("P1", "A1", Resource.ELECTRICITY, 4, START).withRatio(ratio);
        long capacity = 10_000_000_000L;
        List<Reading> rs = new ArrayList<>();
        long value = start * 1_000_000L % capacity;
        LocalDate day = START;
        rs.add(Reading.of(m1.id(), Register.TOTAL, day, Quantity.ofMicros(value, KWH), ReadingSource.CONSUMER_WEB));
        Meter current = m1;
        List<Meter> meters = new ArrayList<>();
        for (int i = 0; i < gaps.size(); i++) {
            day = day.plusDays(gaps.get(i));
            value = (value + incrementsMilli.get(i) * 1000L) % capacity;
            rs.add(Reading.of(current.id(), Register.TOTAL, day, Quantity.ofMicros(value, KWH),
                    ReadingSource.CONSUMER_SMS));
            if (i + 1 == replaceAfter && i + 1 < gaps.size()) {
                meters.add(current.withRemoved(day));
                current = Meter.single("P2", "A1", Resource.ELECTRICITY, 4, day);
                value = (start * 7_000_000L + 123_456L) % capacity;
                rs.add(Reading.of(current.id(), Register.TOTAL, day, Quantity.ofMicros(value, KWH),
                        ReadingSource.ESTIMATED));
            }
        }
        meters.add(current);
        return new Chain(meters, rs, day);
    }

    @Property(tries = 200)
    void daily_values_sum_exactly_to_each_interval_and_spans_stay_within_one_unit(
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 70) Integer> gaps,
            @ForAll @Size(min = 8, max = 8) List<@IntRange(min = 0, max = 4_999_999) Integer> increments,
            @ForAll @IntRange(min = 0, max = 8) int replaceAfter, @ForAll @IntRange(min = 0, max = 9999) int start,
            @ForAll @IntRange(min = 1, max = 40) int ratio, @ForAll @IntRange(min = 0, max = 10_000) int a,
            @ForAll @IntRange(min = 0, max = 10_000) int b) {
        Chain ch = chain(gaps, increments, replaceAfter, start, ratio);
        LocalDateRange range = LocalDateRange.of(START.plusDays(1), ch.last().plusDays(1));
        ServiceConsumption c = PerDayConsumption.compute(ServiceInputs.of(Fx.ACCOUNT, Resource.ELECTRICITY,
                ch.meters(), ch.readings()), range, ch.last(), ConsumptionPolicies.FEDERAL, ProtocolSink.NONE);
        RegisterDays t = c.register(Register.TOTAL).orElseThrow();
        assertEquals(gaps.size(), c.intervals().size());
        long sum = 0;
        for (IntervalVolume iv : c.intervals()) {
            assertEquals(iv.volume(), t.sum(iv.days()), "interval " + iv.days());
            sum += iv.volume().micros();
        }
        assertEquals(sum, t.volumes().total().micros());
        IntervalVolume iv = c.intervals().get(a % c.intervals().size());
        int m = Math.toIntExact(iv.days().lengthInDays());
        int from = b % m;
        int len = 1 + (a + b) % (m - from);
        long span = t.sum(LocalDateRange.of(iv.days().getStart().plusDays(from),
                iv.days().getStart().plusDays(from + len))).micros();
        // |span − V·len/m| < 1 unit  ⇔  |span·m − V·len| < m
        BigInteger diff = BigInteger.valueOf(span).multiply(BigInteger.valueOf(m))
                .subtract(BigInteger.valueOf(iv.volume().micros()).multiply(BigInteger.valueOf(len))).abs();
        assertTrue(diff.compareTo(BigInteger.valueOf(m)) < 0, "span " + span + " of " + iv.volume() + " over " + len
                + "/" + m + " days");
    }

    /** Readings on random days of consecutive months, from a meter installed at the end of 2023. */
    static List<Reading> history(Meter m, List<Integer> monthlyMilli, List<Integer> days) {
        List<Reading> rs = new ArrayList<>();
        rs.add(Reading.of(m.id(), Register.TOTAL, LocalDate.of(2023, 12, 31), Quantity.ofMicros(0, KWH),
                ReadingSource.CONSUMER_WEB));
        long value = 0;
        YearMonth mo = YearMonth.of(2024, 1);
        for (int i = 0; i < monthlyMilli.size(); i++) {
            value += monthlyMilli.get(i) * 1000L;
            rs.add(Reading.of(m.id(), Register.TOTAL, mo.atDay(days.get(i % days.size())),
                    Quantity.ofMicros(value, KWH), ReadingSource.CONSUMER_WEB));
            mo = mo.plusMonths(1);
        }
        return rs;
    }

    static final Meter HM = Meter.single("H1", "A1", Resource.ELECTRICITY, 8, LocalDate.of(2023, 12, 31));

    @Property(tries = 150)
    void a_full_forecast_month_equals_the_monthly_average_exactly(
            @ForAll @Size(min = 4, max = 12) List<@IntRange(min = 0, max = 900_000) Integer> monthly,
            @ForAll @Size(min = 12, max = 12) List<@IntRange(min = 1, max = 28) Integer> days,
            @ForAll @IntRange(min = 1, max = 4) int forecastMonths) {
        List<Reading> rs = history(HM, monthly, days);
        LocalDate last = rs.get(rs.size() - 1).date();
        YearMonth first = YearMonth.from(last).plusMonths(1);
        LocalDateRange range = LocalDateRange.of(first.atDay(1), first.plusMonths(forecastMonths).atDay(1));
        ServiceInputs in = ServiceInputs.of(Fx.ACCOUNT, Resource.ELECTRICITY, List.of(HM), rs)
                .withNormative(Fx.premise(2, "2020-01-01"), org.raschet.core.time.Timeline.from(
                        LocalDate.of(2020, 1, 1), Quantity.of("75", KWH)));
        ServiceConsumption c = PerDayConsumption.compute(in, range, range.getEnd(), ConsumptionPolicies.FEDERAL,
                ProtocolSink.NONE);
        MonthlyAverage avg = c.averages().get(0);
        for (int i = 0; i < forecastMonths; i++) {
            YearMonth mo = first.plusMonths(i);
            Quantity got = c.period(mo, Register.TOTAL).orElseThrow().total();
            if (avg.available()) {
                assertEquals(avg.average().orElseThrow(), got, mo.toString());
            } else {
                assertEquals(Quantity.of("150", KWH), got, mo + " by the normative, 2 × 75");
            }
        }
        // the average is round(S / k, 6) of the months' own per-day volumes
        if (!avg.months().isEmpty()) {
            YearMonth lo = avg.months().get(avg.months().size() - 1);
            YearMonth hi = avg.months().get(0);
            ServiceConsumption hist = PerDayConsumption.compute(in, LocalDateRange.of(lo.atDay(1),
                    hi.plusMonths(1).atDay(1)), range.getEnd(), ConsumptionPolicies.FEDERAL, ProtocolSink.NONE);
            assertEquals(hist.total(), avg.sum());
            assertTrue(avg.months().size() <= 6);
            assertEquals(avg.months().size() >= 3, avg.available());
        }
    }

    @Property(tries = 120)
    void forecast_then_correction_equals_actual_and_time_travel_holds(
            @ForAll @Size(min = 6, max = 10) List<@IntRange(min = 0, max = 900_000) Integer> monthly,
            @ForAll @Size(min = 12, max = 12) List<@IntRange(min = 1, max = 28) Integer> days,
            @ForAll @IntRange(min = 0, max = 2_000_000) int lateMilli,
            @ForAll @IntRange(min = 1, max = 40) int knownLag, @ForAll boolean control) {
        List<Reading> rs = history(HM, monthly, days);
        LocalDate last = rs.get(rs.size() - 1).date();
        YearMonth lastMonth = YearMonth.from(last);
        LocalDateRange range = LocalDateRange.of(lastMonth.atDay(1), lastMonth.plusMonths(4).atDay(1));
        LocalDate lateDay = lastMonth.plusMonths(3).atEndOfMonth();
        long lastValue = rs.get(rs.size() - 1).value().micros();
        LocalDate k1 = lateDay.plusDays(1);
        LocalDate k2 = k1.plusDays(knownLag);
        Reading late = Reading.of(HM.id(), Register.TOTAL, lateDay,
                Quantity.ofMicros(lastValue + lateMilli * 1000L, KWH),
                control ? ReadingSource.CONTROL : ReadingSource.CONSUMER_SMS).withKnownOn(k2);
        List<Reading> all = new ArrayList<>(rs);
        all.add(late);
        ServiceInputs in = ServiceInputs.of(Fx.ACCOUNT, Resource.ELECTRICITY, List.of(HM), all)
                .withNormative(Fx.premise(2, "2020-01-01"), org.raschet.core.time.Timeline.from(
                        LocalDate.of(2020, 1, 1), Quantity.of("75", KWH)));
        ServiceConsumption before = PerDayConsumption.compute(in, range, k1, ConsumptionPolicies.FEDERAL,
                ProtocolSink.NONE);
        List<BilledVolume> billed = new ArrayList<>();
        for (PeriodVolume pv : before.periods()) {
            for (boolean cls : new boolean[] {false, true}) {
                if (!pv.inClass(cls).isZero()) {
                    billed.add(BilledVolume.original(Fx.ACCOUNT, Resource.ELECTRICITY, pv.period(), pv.register(),
                            cls, pv.inClass(cls)));
                }
            }
        }
        ProtocolRecorder rec = new ProtocolRecorder();
        ServiceConsumption now = PerDayConsumption.compute(in, range, k2, ConsumptionPolicies.FEDERAL, rec);
        assertEquals(List.of(), StepCheck.failures(rec.protocol()));
        // the corrected span (last reading, late reading] is now exactly the measured volume
        RegisterDays t = now.register(Register.TOTAL).orElseThrow();
        assertEquals(lateMilli * 1000L, t.sum(LocalDateRange.of(last.plusDays(1), lateDay.plusDays(1))).micros());
        YearMonth issued = YearMonth.from(k2);
        List<VolumeCorrection> a = Recalculation.corrections(now, billed, RecalculationMode.PER_PERIOD, issued,
                Optional.empty(), rec);
        // time travel (mode A): billed as known on K1 + corrections on K2 = each period as known on K2
        Map<String, Long> sums = new HashMap<>();
        billed.forEach(x -> sums.merge(x.period() + "|" + x.increasingCoefficient(), x.quantity().micros(), Long::sum));
        a.forEach(x -> sums.merge(x.period() + "|" + x.increasingCoefficient(), x.quantity().micros(), Long::sum));
        for (PeriodVolume pv : now.periods()) {
            for (boolean cls : new boolean[] {false, true}) {
                assertEquals(pv.inClass(cls).micros(), sums.getOrDefault(pv.period() + "|" + cls, 0L),
                        pv.period() + " class " + cls);
            }
        }
        // recalculation is idempotent: once issued, nothing new
        List<BilledVolume> afterA = new ArrayList<>(billed);
        a.forEach(x -> afterA.add(x.asBilled()));
        assertEquals(List.of(), Recalculation.corrections(now, afterA, RecalculationMode.PER_PERIOD, issued,
                Optional.empty(), ProtocolSink.NONE));
        // mode B: one line per class in the check period; totals agree, and again nothing new once issued
        List<VolumeCorrection> bLines = Recalculation.corrections(now, billed, RecalculationMode.IN_CHECK_PERIOD,
                issued, Optional.of(YearMonth.from(lateDay)), ProtocolSink.NONE);
        long billedTotal = billed.stream().mapToLong(x -> x.quantity().micros()).sum();
        long bTotal = bLines.stream().mapToLong(x -> x.quantity().micros()).sum();
        assertEquals(now.total().micros(), billedTotal + bTotal);
        List<BilledVolume> afterB = new ArrayList<>(billed);
        bLines.forEach(x -> afterB.add(x.asBilled()));
        assertEquals(List.of(), Recalculation.corrections(now, afterB, RecalculationMode.IN_CHECK_PERIOD, issued,
                Optional.of(YearMonth.from(lateDay)), ProtocolSink.NONE));
        assertEquals(List.of(), StepCheck.failures(rec.protocol()));
    }

    @Property(tries = 150)
    void shuffling_inputs_changes_nothing_and_the_protocol_re_evaluates(
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 70) Integer> gaps,
            @ForAll @Size(min = 8, max = 8) List<@IntRange(min = 0, max = 4_999_999) Integer> increments,
            @ForAll @IntRange(min = 0, max = 8) int replaceAfter, @ForAll @IntRange(min = 0, max = 9999) int start,
            @ForAll @IntRange(min = 0, max = 400) int extraDays, @ForAll boolean withEvents,
            @ForAll Random random) {
        Chain ch = chain(gaps, increments, replaceAfter, start, 1);
        List<Meter> meters = new ArrayList<>(ch.meters());
        List<Reading> rs = new ArrayList<>(ch.readings());
        // a consumer reading duplicated by SMS, and one that a later control reading overrules
        Reading last = rs.get(rs.size() - 1);
        rs.add(last.withKnownOn(ch.last().plusDays(1)));
        long cap = 10_000_000_000L;
        Reading tooHigh = Reading.of(last.meter(), Register.TOTAL, ch.last().plusDays(1),
                Quantity.ofMicros((last.value().micros() + 3_000_000_000L) % cap, KWH), ReadingSource.RECEIPT);
        Reading check = Reading.of(last.meter(), Register.TOTAL, ch.last().plusDays(2),
                Quantity.ofMicros((last.value().micros() + 10_000_000L) % cap, KWH), ReadingSource.CONTROL);
        rs.add(tooHigh);
        rs.add(check);
        if (withEvents) {
            Meter lastMeter = meters.remove(meters.size() - 1);
            lastMeter = lastMeter.withEvent(MeterEvent.of(ch.last().plusDays(3), MeterEvent.Kind.ACCESS_REFUSED))
                    .withEvent(MeterEvent.of(ch.last().plusDays(90), MeterEvent.Kind.SEAL_BROKEN));
            meters.add(lastMeter);
        }
        LocalDateRange range = LocalDateRange.of(START.plusDays(1), ch.last().plusDays(3 + extraDays));
        ServiceInputs in = ServiceInputs.of(Fx.ACCOUNT, Resource.ELECTRICITY, meters, rs)
                .withNormative(Fx.premise(1, "2020-01-01"), org.raschet.core.time.Timeline.from(
                        LocalDate.of(2020, 1, 1), Quantity.of("60", KWH)));
        LocalDate known = range.getEnd();
        ProtocolRecorder rec = new ProtocolRecorder();
        ServiceConsumption c = PerDayConsumption.compute(in, range, known, ConsumptionPolicies.FEDERAL, rec);
        assertEquals(List.of(), StepCheck.failures(rec.protocol()));
        assertEquals(rs.size(), c.readings().size(), "every reading has an outcome");
        if (tooHigh.value().micros() > check.value().micros()) {
            assertTrue(c.readings().stream().anyMatch(o -> o.reading().equals(tooHigh)
                    && o.status() == ReadingStatus.OVERRULED && o.by().equals(Optional.of(check))));
        }
        List<Reading> shuffled = new ArrayList<>(rs);
        Collections.shuffle(shuffled, random);
        List<Meter> shuffledMeters = new ArrayList<>();
        for (Meter m : meters) {
            List<MeterEvent> ev = new ArrayList<>(m.events());
            Collections.shuffle(ev, random);
            shuffledMeters.add(new Meter(m.id(), m.account(), m.resource(), m.registers(), m.digits(), m.ratio(),
                    m.installed(), m.removed(), m.verificationDue(), m.replacedBySupplier(), ev));
        }
        Collections.shuffle(shuffledMeters, random);
        ServiceInputs in2 = new ServiceInputs(in.account(), in.resource(), shuffledMeters, shuffled, in.premise(),
                in.normativePerResident(), false);
        ProtocolRecorder rec2 = new ProtocolRecorder();
        assertEquals(c, PerDayConsumption.compute(in2, range, known, ConsumptionPolicies.FEDERAL, rec2));
        assertEquals(rec.protocol(), rec2.protocol());
    }
}
