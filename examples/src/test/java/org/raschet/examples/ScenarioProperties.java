package org.raschet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.StepEvaluator;
import org.raschet.examples.scenario.ScenarioResult;
import org.raschet.examples.scenario.ScenarioRunner;
import org.raschet.examples.scenario.compute.Charge;
import org.raschet.examples.scenario.compute.ChargesResult;
import org.raschet.examples.scenario.compute.Interval;
import org.raschet.examples.scenario.compute.IntervalsResult;
import org.raschet.examples.scenario.report.JsonReport;
import org.raschet.examples.scenario.report.TextReport;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Invariants of a run on random meters and readings: the intervals add up to the whole consumption × ratio (across
 * rollovers the policy accepts), each charge is the exact product rounded half-up once, every protocol step
 * re-evaluates to its result, and the reports are the same on every run.
 */
class ScenarioProperties {
    /**
     * A scenario of one meter with {@code digits} digits and {@code ratio}, first reading {@code startE3}/1000,
     * then one reading a month later per increment (in 10⁻³ kWh, each below half the capacity), wrapping at
     * the capacity; charges at {@code priceE4}/10⁴ ₽/kWh.
     */
    static ObjectNode scenario(int digits, long ratio, long startE3, List<Long> incrementsE3, long priceE4) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        long capacityE3 = BigDecimal.TEN.pow(digits).longValueExact() * 1000;
        ObjectNode s = f.objectNode();
        s.putObject("metadata").put("name", "random");
        ObjectNode premise = s.putArray("premises").addObject();
        premise.put("id", "A").put("house", "H").put("area", "50");
        ObjectNode meter = s.putArray("meters").addObject();
        meter.put("id", "M").put("account", "A").put("resource", "electricity").put("digits", digits)
                .put("ratio", ratio).put("installed", "2020-01-01");
        ArrayNode readings = s.putArray("readings");
        LocalDate date = LocalDate.of(2025, 1, 31);
        long value = Math.floorMod(startE3, capacityE3);
        readings.addObject().put("meter", "M").put("date", date.toString())
                .put("value", BigDecimal.valueOf(value, 3).toPlainString()).put("source", "remote");
        for (long inc : incrementsE3) {
            date = date.plusMonths(1).withDayOfMonth(date.plusMonths(1).lengthOfMonth());
            value = (value + inc) % capacityE3;
            readings.addObject().put("meter", "M").put("date", date.toString())
                    .put("value", BigDecimal.valueOf(value, 3)).put("source", "remote");
        }
        ObjectNode compute = s.putObject("compute");
        compute.putObject("intervals");
        compute.putObject("charges").put("price", BigDecimal.valueOf(priceE4, 4).toPlainString());
        return s;
    }

    @Property(tries = 200)
    void intervals_sum_to_the_whole_consumption_and_charges_round_once(
            @ForAll @IntRange(min = 3, max = 8) int digits,
            @ForAll @LongRange(min = 1, max = 200) long ratio,
            @ForAll @LongRange(min = 0, max = 99_999_999_999L) long startE3,
            @ForAll @Size(min = 1, max = 8) List<@LongRange(min = 0, max = 499_999) Long> incrementsE3,
            @ForAll @LongRange(min = 0, max = 999_999) long priceE4) {
        ScenarioResult r = ScenarioRunner.run(scenario(digits, ratio, startE3, incrementsE3, priceE4));
        List<Interval> intervals = ((IntervalsResult) r.sections().get(0)).intervals();
        assertEquals(incrementsE3.size(), intervals.size());
        BigDecimal price = BigDecimal.valueOf(priceE4, 4);
        List<Charge> charges = ((ChargesResult) r.sections().get(1)).charges();
        for (int i = 0; i < intervals.size(); i++) {
            // each increment is below half of any capacity ≥ 10^3, so every decrease is an accepted rollover
            BigDecimal expected = BigDecimal.valueOf(incrementsE3.get(i), 3).multiply(BigDecimal.valueOf(ratio));
            assertEquals(0, expected.compareTo(intervals.get(i).volume().toBigDecimal()), "interval " + i);
            BigDecimal amount = expected.multiply(price).setScale(2, RoundingMode.HALF_UP);
            assertEquals(amount, BigDecimal.valueOf(charges.get(i).amountKopecks(), 2), "charge " + i);
        }
        assertEquals(List.of(), StepEvaluator.verifyAll(r.protocol()));
    }

    @Property(tries = 50)
    void the_same_scenario_prints_the_same_reports(
            @ForAll @IntRange(min = 3, max = 8) int digits,
            @ForAll @Size(min = 1, max = 4) List<@LongRange(min = 0, max = 499_999) Long> incrementsE3) {
        ObjectNode s = scenario(digits, 1, 0, incrementsE3, 56_700);
        ScenarioResult a = ScenarioRunner.run(s);
        ScenarioResult b = ScenarioRunner.run(s.deepCopy());
        assertEquals(TextReport.render(a, Language.RU), TextReport.render(b, Language.RU));
        assertEquals(TextReport.render(a, Language.EN), TextReport.render(b, Language.EN));
        assertEquals(JsonReport.render(a), JsonReport.render(b));
    }
}
