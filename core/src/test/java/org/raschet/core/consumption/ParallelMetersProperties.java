package org.raschet.core.consumption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.raschet.core.error.RaschetException;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSink;
import org.threeten.extra.LocalDateRange;

/**
 * Invariants of services with metering points in parallel, repeated refusals (354 p.60(3)) and non-residential
 * premises: the service is the sum of its points except on days the normative replaces them all, once; each
 * period's parts and coefficient classes add up to its total; the protocol re-evaluates and does not change the
 * result.
 */
class ParallelMetersProperties {

    @Property(tries = 200)
    void the_service_is_the_sum_of_its_points_and_the_normative_is_counted_once(@ForAll long seed) {
        Random rnd = new Random(seed);
        ServiceInputs in = RandomAccounts.rich(rnd);
        LocalDate from = YearMonth.of(2024, 1 + rnd.nextInt(12)).atDay(1);
        LocalDateRange range = LocalDateRange.of(from, from.plusDays(1 + rnd.nextInt(500)));
        LocalDate knownOn = range.getEnd().plusDays(rnd.nextInt(30));
        ProtocolRecorder rec = new ProtocolRecorder();
        ServiceConsumption c;
        try {
            c = PerDayConsumption.compute(in, range, knownOn, ConsumptionPolicies.FEDERAL, rec);
        } catch (RaschetException e) {
            Statistics.label("outcome").collect("error " + e.code());
            return;
        }
        Statistics.label("outcome").collect(c.points().isEmpty() ? "one point" : "points");
        assertEquals(List.of(), StepCheck.failures(rec.protocol()));
        assertEquals(c, PerDayConsumption.compute(in, range, knownOn, ConsumptionPolicies.FEDERAL,
                ProtocolSink.NONE));
        for (RegisterDays r : c.registers()) {
            for (int j = 0; j < r.volumes().length(); j++) {
                LocalDate day = range.getStart().plusDays(j);
                DayBasis b = r.basisOn(day);
                if (b.refusalCoefficient()) {
                    Statistics.label("p.60(3)").collect("day");
                }
                long sum = 0;
                for (PointDays p : c.points()) {
                    var pr = p.register(r.register());
                    if (pr.isPresent()) {
                        sum += pr.get().volumes().microsAt(j);
                        if (b.kind() == DayBasis.Kind.NORMATIVE) {
                            assertEquals(DayBasis.Kind.NONE, pr.get().basisOn(day).kind(), p.point() + " " + day);
                        }
                    }
                }
                if (!c.points().isEmpty()) {
                    long expected = b.kind() == DayBasis.Kind.NORMATIVE ? 0 : r.volumes().microsAt(j);
                    assertEquals(expected, sum, r.register() + " " + day + " " + b);
                }
            }
        }
        for (PeriodVolume pv : c.periods()) {
            assertEquals(pv.total(), pv.actual().plus(pv.average()).plus(pv.normative()), pv.toString());
            assertEquals(pv.total(), pv.inClass(CoefficientClass.NONE).plus(pv.inClass(CoefficientClass.INCREASING))
                    .plus(pv.inClass(CoefficientClass.REPEATED_REFUSAL)));
            assertEquals(pv.total(), c.register(pv.register()).orElseThrow().sum(pv.days()));
        }
    }
}
