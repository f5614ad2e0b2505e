package org.raschet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.raschet.core.consumption.CoefficientClass;
import org.raschet.core.consumption.DayBasis;
import org.raschet.core.consumption.PeriodVolume;
import org.raschet.core.consumption.PointDays;
import org.raschet.core.consumption.RegisterDays;
import org.raschet.core.consumption.ServiceConsumption;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.StepEvaluator;
import org.raschet.core.quantity.Quantity;
import org.raschet.examples.scenario.ScenarioResult;
import org.raschet.examples.scenario.ScenarioRunner;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Invariants of the per-day options in scenarios (LEGAL §2; 354 p.42, p.59, p.60, p.60(3)): a daily profile only
 * redistributes an interval — the days sum exactly to its volume and each month gets its exact weighted share within
 * 10⁻⁶; with metering points in parallel the service is the sum of its points on every day not billed by the
 * normative, and nothing of the points on the days that are; the three coefficient classes of a period sum to its
 * total; and every protocol step re-evaluates to its result.
 */
class PerDayScenarioProperties {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private static ServiceConsumption only(ScenarioResult r) {
        return ConsumptionScenarioTest.only(r);
    }

    @Property(tries = 60)
    void a_profile_redistributes_an_interval_by_its_exact_weighted_shares(
            @ForAll @Size(12) List<@IntRange(min = 0, max = 40) Integer> monthWeights,
            @ForAll @LongRange(min = 0, max = 5_000_000_000L) long volumeE6) {
        // the late reading of ConsumptionScenarioTest: one interval over 01.01–31.03.2026
        Assume.that(monthWeights.get(0) + monthWeights.get(1) + monthWeights.get(2) > 0);
        // the history's intervals are single months July–December with volumes: their months must weigh something
        Assume.that(monthWeights.subList(6, 12).stream().allMatch(x -> x > 0));
        ObjectNode tree = ConsumptionScenarioTest.base();
        BigDecimal volume = BigDecimal.valueOf(volumeE6, 6);
        ConsumptionScenarioTest.reading(tree, "2026-03-31", new BigDecimal("1020").add(volume).toPlainString(),
                "consumer-sms");
        ObjectNode profile = tree.putObject("policies").putObject("dailyProfile");
        ArrayNode weights = profile.putArray("monthWeights");
        monthWeights.forEach(weights::add);
        ScenarioResult r = ScenarioRunner.run(tree);
        ServiceConsumption c = only(r);
        assertEquals(volumeE6, c.total().micros());
        long w = 31L * monthWeights.get(0) + 28L * monthWeights.get(1) + 31L * monthWeights.get(2);
        int[] lengths = {31, 28, 31};
        long sum = 0;
        for (int m = 0; m < 3; m++) {
            PeriodVolume p = c.period(YearMonth.of(2026, m + 1), Register.TOTAL).orElseThrow();
            sum += p.total().micros();
            // exact share V × Wm / W, in 10⁻⁶: the period is within one unit of it (cumulative rounding)
            BigDecimal exact = BigDecimal.valueOf(volumeE6).multiply(BigDecimal.valueOf(
                    (long) lengths[m] * monthWeights.get(m))).divide(BigDecimal.valueOf(w), 6, RoundingMode.HALF_UP);
            assertTrue(exact.subtract(BigDecimal.valueOf(p.total().micros())).abs().compareTo(BigDecimal.ONE) <= 0,
                    () -> "period " + p.period() + ": " + p.total() + " against " + exact);
            if (monthWeights.get(m) == 0) {
                assertEquals(0, p.total().micros());
            }
        }
        assertEquals(volumeE6, sum);
        assertEquals(List.of(), StepEvaluator.verifyAll(r.protocol()));
    }

    /**
     * Flat A (2 residents, normative {@code normative} m³ per resident) with cold-water meters K (kitchen) and B
     * (bathroom), both from 30.06.2025 at 0 with the monthly increments given in 10⁻³ m³ for July 2025 – April 2026;
     * the months whose flag in {@code kitchenRead} / {@code bathroomRead} is false have no reading. K's verification
     * may expire on 31.12.2025.
     */
    private static ObjectNode parallel(List<Integer> kitchenE3, List<Integer> bathroomE3, List<Boolean> kitchenRead,
                                       List<Boolean> bathroomRead, boolean kitchenExpires, int normative) {
        ObjectNode s = F.objectNode();
        s.putObject("metadata").put("name", "random parallel meters");
        s.putArray("premises").addObject().put("id", "A").put("house", "H").put("area", "50")
                .putObject("residents").put("2020-01-01", 2);
        s.putArray("services").addObject().put("account", "A").put("resource", "cold-water")
                .putObject("normativePerResident").put("2020-01-01", String.valueOf(normative));
        ArrayNode meters = s.putArray("meters");
        ObjectNode k = meters.addObject().put("id", "K").put("account", "A").put("resource", "cold-water")
                .put("digits", 6).put("installed", "2025-06-30").put("meteringPoint", "kitchen");
        if (kitchenExpires) {
            k.put("verificationDue", "2025-12-31");
        }
        meters.addObject().put("id", "B").put("account", "A").put("resource", "cold-water").put("digits", 6)
                .put("installed", "2025-06-30").put("meteringPoint", "bathroom");
        ArrayNode rs = s.putArray("readings");
        readings(rs, "K", kitchenE3, kitchenRead);
        readings(rs, "B", bathroomE3, bathroomRead);
        s.putObject("compute").putObject("consumption").put("firstDay", "2026-01-01").put("lastDay", "2026-04-30")
                .putArray("asKnownOn").add("2026-05-05");
        return s;
    }

    private static void readings(ArrayNode rs, String meter, List<Integer> incrementsE3, List<Boolean> read) {
        rs.addObject().put("meter", meter).put("date", "2025-06-30").put("value", "0").put("source", "control");
        long value = 0;
        YearMonth m = YearMonth.of(2025, 7);
        for (int i = 0; i < incrementsE3.size(); i++) {
            value += incrementsE3.get(i);
            // the history July–December is always read, so the average exists
            if (i < 6 || read.get(i - 6)) {
                rs.addObject().put("meter", meter).put("date", m.atEndOfMonth().toString())
                        .put("value", BigDecimal.valueOf(value, 3).toPlainString()).put("source", "consumer-web");
            }
            m = m.plusMonths(1);
        }
    }

    @Property(tries = 60)
    void the_service_is_the_sum_of_its_points_except_on_days_of_the_normative(
            @ForAll @Size(10) List<@IntRange(min = 0, max = 9000) Integer> kitchen,
            @ForAll @Size(10) List<@IntRange(min = 0, max = 9000) Integer> bathroom,
            @ForAll @Size(4) List<Boolean> kitchenRead, @ForAll @Size(4) List<Boolean> bathroomRead,
            @ForAll boolean kitchenExpires, @ForAll @IntRange(min = 1, max = 9) int normative) {
        ScenarioResult r = ScenarioRunner.run(parallel(kitchen, bathroom, kitchenRead, bathroomRead, kitchenExpires,
                normative));
        ServiceConsumption c = only(r);
        RegisterDays service = c.register(Register.TOTAL).orElseThrow();
        List<PointDays> points = c.points();
        assertEquals(2, points.size());
        for (LocalDate d : (Iterable<LocalDate>) c.range().stream()::iterator) {
            long sum = 0;
            for (PointDays p : points) {
                sum += p.register(Register.TOTAL).map(x -> x.volumeOn(d).micros()).orElse(0L);
            }
            DayBasis b = service.basisOn(d);
            if (b.kind() == DayBasis.Kind.NORMATIVE) {
                // the normative replaces every meter once (354 p.42, p.59, p.60)
                assertEquals(0, sum, d.toString());
            } else {
                assertEquals(service.volumeOn(d).micros(), sum, d.toString());
            }
        }
        Quantity total = Quantity.zero(c.resource().unit());
        for (PeriodVolume p : c.periods()) {
            total = total.plus(p.total());
            Quantity classes = p.inClass(CoefficientClass.NONE).plus(p.inClass(CoefficientClass.INCREASING))
                    .plus(p.inClass(CoefficientClass.REPEATED_REFUSAL));
            assertEquals(p.total(), classes);
            assertEquals(p.total(), p.actual().plus(p.average()).plus(p.normative()));
        }
        assertEquals(c.total(), total);
        assertEquals(List.of(), StepEvaluator.verifyAll(r.protocol()));
    }
}
