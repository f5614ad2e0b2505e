package org.raschet.core.consumption;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.raschet.core.account.AccountId;
import org.raschet.core.account.Premise;
import org.raschet.core.meter.Meter;
import org.raschet.core.meter.MeterId;
import org.raschet.core.meter.Reading;
import org.raschet.core.meter.ReadingSource;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.time.Days;
import org.raschet.core.time.Timeline;
import org.threeten.extra.LocalDateRange;

/** Test fixtures: meters, readings, inputs. */
final class Fx {
    static final AccountId ACCOUNT = AccountId.of("A1");

    private Fx() {
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static YearMonth ym(String iso) {
        return YearMonth.parse(iso);
    }

    static Quantity kwh(String v) {
        return Quantity.of(v, Resource.ELECTRICITY.unit());
    }

    static Quantity q(Resource r, String v) {
        return Quantity.of(v, r.unit());
    }

    static Meter meter(String id, Resource r, int digits, String installed) {
        return Meter.single(id, ACCOUNT.value(), r, digits, d(installed));
    }

    static Reading reading(Meter m, String date, String value, ReadingSource src) {
        return Reading.of(m.id(), Register.TOTAL, d(date), Quantity.of(value, m.resource().unit()), src);
    }

    static Reading consumer(Meter m, String date, String value) {
        return reading(m, date, value, ReadingSource.CONSUMER_WEB);
    }

    static Reading control(Meter m, String date, String value) {
        return reading(m, date, value, ReadingSource.CONTROL);
    }

    /** Readings at the end of consecutive months from {@code first}: cumulative values. */
    static List<Reading> monthEnds(Meter m, String firstMonth, String... values) {
        List<Reading> out = new ArrayList<>();
        YearMonth mo = ym(firstMonth);
        for (String v : values) {
            out.add(consumer(m, mo.atEndOfMonth().toString(), v));
            mo = mo.plusMonths(1);
        }
        return out;
    }

    static Premise premise(int residents, String from) {
        return Premise.residential("A1", "H1", "50", residents, d(from), "urban");
    }

    static ServiceInputs inputs(Resource r, List<Meter> meters, List<Reading> readings) {
        return ServiceInputs.of(ACCOUNT, r, meters, readings);
    }

    static ServiceInputs withNormative(ServiceInputs in, Premise p, String normativePerResident) {
        return in.withNormative(p, Timeline.from(d("2000-01-01"), q(in.resource(), normativePerResident)));
    }

    static LocalDateRange months(String first, String last) {
        return LocalDateRange.of(ym(first).atDay(1), ym(last).plusMonths(1).atDay(1));
    }

    static LocalDateRange month(String m) {
        return Days.of(ym(m));
    }

    static ServiceConsumption compute(ServiceInputs in, LocalDateRange range, String knownOn) {
        return PerDayConsumption.compute(in, range, d(knownOn), ConsumptionPolicies.FEDERAL, ProtocolSink.NONE);
    }

    /** Computes with a recording sink and checks that every step re-evaluates from its inputs. */
    static ServiceConsumption computeChecked(ServiceInputs in, LocalDateRange range, String knownOn,
                                             ConsumptionPolicies policies) {
        ProtocolRecorder rec = new ProtocolRecorder();
        ServiceConsumption c = PerDayConsumption.compute(in, range, d(knownOn), policies, rec);
        List<String> bad = StepCheck.failures(rec.protocol());
        if (!bad.isEmpty()) {
            throw new AssertionError("protocol steps do not re-evaluate: " + bad);
        }
        ServiceConsumption plain = PerDayConsumption.compute(in, range, d(knownOn), policies, ProtocolSink.NONE);
        if (!plain.equals(c)) {
            throw new AssertionError("the result differs with and without a protocol");
        }
        return c;
    }

    static ServiceConsumption computeChecked(ServiceInputs in, LocalDateRange range, String knownOn) {
        return computeChecked(in, range, knownOn, ConsumptionPolicies.FEDERAL);
    }

    static Quantity period(ServiceConsumption c, String month) {
        return c.period(ym(month), Register.TOTAL).orElseThrow().total();
    }

    static DayBasis basis(ServiceConsumption c, String day) {
        return c.register(Register.TOTAL).orElseThrow().basisOn(d(day));
    }

    static Optional<String> none() {
        return Optional.empty();
    }

    static Map<String, String> map() {
        return Map.of();
    }

    static MeterId id(String v) {
        return MeterId.of(v);
    }
}
