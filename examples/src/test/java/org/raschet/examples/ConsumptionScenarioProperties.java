package org.raschet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.raschet.core.consumption.RegisterDays;
import org.raschet.core.consumption.ServiceConsumption;
import org.raschet.core.consumption.VolumeCorrection;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.StepEvaluator;
import org.raschet.examples.scenario.ScenarioResult;
import org.raschet.examples.scenario.ScenarioRunner;
import org.raschet.examples.scenario.compute.ConsumptionResult;
import org.raschet.examples.scenario.compute.RecalculationResult;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Invariants of the consumption and recalculation sections on random histories and a late reading (354 p.59, p.61;
 * LEGAL §3–§4; DESIGN principle 4): the days sum exactly to each register's and period's total; the lines billed as
 * known on K1 plus the mode A corrections computed on K2 equal the periods as known on K2; mode B's one line is the
 * sum of mode A's; issuing the corrections leaves nothing to correct; the order of the readings changes nothing; and
 * every protocol step re-evaluates to its result.
 */
class ConsumptionScenarioProperties {
    private static final LocalDate K1 = LocalDate.of(2026, 3, 5);
    private static final LocalDate K2 = LocalDate.of(2026, 4, 5);

    /**
     * Meter M installed 30.06.2025 at 0 with consumer readings at the ends of July–December 2025 (the monthly
     * increments in 10⁻³ kWh), then one late reading on {@code lateDay} of March 2026 ({@code lateE3} more), known on
     * 02.04.2026; January–March 2026 as known on K1 and K2.
     */
    static ObjectNode scenario(List<Long> monthsE3, long lateE3, int lateDay, long seed) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode s = f.objectNode();
        s.putObject("metadata").put("name", "random consumption");
        s.putArray("premises").addObject().put("id", "A").put("house", "H").put("area", "50")
                .putObject("residents").put("2020-01-01", 2);
        s.putArray("meters").addObject().put("id", "M").put("account", "A").put("resource", "electricity")
                .put("digits", 7).put("installed", "2025-06-30");
        List<ObjectNode> readings = new ArrayList<>();
        readings.add(reading(f, "2025-06-30", 0, "control", "2025-06-30"));
        long value = 0;
        YearMonth m = YearMonth.of(2025, 7);
        for (long inc : monthsE3) {
            value += inc;
            readings.add(reading(f, m.atEndOfMonth().toString(), value, "consumer-web", m.atEndOfMonth().toString()));
            m = m.plusMonths(1);
        }
        readings.add(reading(f, LocalDate.of(2026, 3, lateDay).toString(), value + lateE3, "consumer-sms",
                "2026-04-02"));
        Collections.shuffle(readings, new Random(seed));
        ArrayNode rs = s.putArray("readings");
        readings.forEach(rs::add);
        ObjectNode compute = s.putObject("compute");
        compute.putObject("consumption").put("firstDay", "2026-01-01").put("lastDay", "2026-03-31")
                .putArray("asKnownOn").add(K1.toString()).add(K2.toString());
        return s;
    }

    private static ObjectNode reading(JsonNodeFactory f, String date, long valueE3, String source, String knownOn) {
        return f.objectNode().put("meter", "M").put("date", date)
                .put("value", BigDecimal.valueOf(valueE3, 3).toPlainString()).put("source", source)
                .put("knownOn", knownOn);
    }

    private static ServiceConsumption view(ScenarioResult r, LocalDate k) {
        return ((ConsumptionResult) r.sections().get(0)).view("A", "electricity", k).orElseThrow().consumption();
    }

    private static long period(ServiceConsumption c, String month) {
        return c.period(YearMonth.parse(month), Register.TOTAL).orElseThrow().total().micros();
    }

    private static List<VolumeCorrection> recalculate(ObjectNode s, List<ObjectNode> billed, String mode) {
        ObjectNode t = s.deepCopy();
        ArrayNode b = t.putArray("billed");
        billed.forEach(b::add);
        t.putObject("policies").put("recalculation", mode);
        // only the knowledge date the recalculation uses
        ((ObjectNode) t.at("/compute/consumption")).putArray("asKnownOn").add(K2.toString());
        ObjectNode settings = ((ObjectNode) t.get("compute")).putObject("recalculation").put("issuedIn", "2026-04");
        settings.put("checkPeriod", "2026-03");
        ScenarioResult r = ScenarioRunner.run(t);
        assertEquals(List.of(), StepEvaluator.verifyAll(r.protocol()));
        return ((RecalculationResult) r.sections().get(1)).corrections();
    }

    private static ObjectNode line(String period, long micros, boolean correction) {
        ObjectNode o = JsonNodeFactory.instance.objectNode().put("account", "A").put("resource", "electricity")
                .put("period", period).put("quantity", BigDecimal.valueOf(micros, 6).toPlainString());
        if (correction) {
            o.put("kind", "correction").put("issuedIn", "2026-04");
        }
        return o;
    }

    @Property(tries = 40)
    void billed_plus_corrections_equal_the_periods_as_known_now_and_recalculating_again_gives_nothing(
            @ForAll @Size(6) List<@LongRange(min = 0, max = 900_000) Long> monthsE3,
            @ForAll @LongRange(min = 0, max = 3_000_000) long lateE3,
            @ForAll @IntRange(min = 1, max = 31) int lateDay,
            @ForAll long seed) {
        ObjectNode s = scenario(monthsE3, lateE3, lateDay, seed);
        ScenarioResult r = ScenarioRunner.run(s);
        ServiceConsumption before = view(r, K1);
        ServiceConsumption now = view(r, K2);
        // the days sum exactly to every register's and every period's total
        for (ServiceConsumption c : List.of(before, now)) {
            long periods = 0;
            for (var p : c.periods()) {
                periods += p.total().micros();
                assertEquals(p.total().micros(), p.actual().micros() + p.average().micros() + p.normative().micros());
            }
            long days = 0;
            for (RegisterDays rd : c.registers()) {
                for (long v : rd.volumes().toArray()) {
                    days += v;
                }
            }
            assertEquals(periods, days);
            assertEquals(c.total().micros(), days);
        }
        // the order of the readings changes nothing
        ScenarioResult sorted = ScenarioRunner.run(scenario(monthsE3, lateE3, lateDay, 0));
        assertEquals(now.registers(), view(sorted, K2).registers());
        assertEquals(now.periods(), view(sorted, K2).periods());
        // the host billed January and February as known on K1
        List<ObjectNode> billed = List.of(line("2026-01", period(before, "2026-01"), false),
                line("2026-02", period(before, "2026-02"), false));
        List<VolumeCorrection> a = recalculate(s, billed, "per-period");
        long sumA = a.stream().mapToLong(c -> c.quantity().micros()).sum();
        for (String month : List.of("2026-01", "2026-02")) {
            long corrected = a.stream().filter(c -> c.period().toString().equals(month))
                    .mapToLong(c -> c.quantity().micros()).sum();
            assertEquals(period(now, month), period(before, month) + corrected, month);
        }
        List<VolumeCorrection> b = recalculate(s, billed, "in-check-period");
        assertEquals(sumA, b.stream().mapToLong(c -> c.quantity().micros()).sum());
        assertEquals(sumA == 0 ? 0 : 1, b.size());
        // once issued, nothing more to correct, in either mode
        List<ObjectNode> issued = new ArrayList<>(billed);
        a.forEach(c -> issued.add(line(c.period().toString(), c.quantity().micros(), true)));
        assertEquals(List.of(), recalculate(s, issued, "per-period"));
        List<ObjectNode> issuedB = new ArrayList<>(billed);
        b.forEach(c -> issuedB.add(line(c.period().toString(), c.quantity().micros(), true)));
        assertEquals(List.of(), recalculate(s, issuedB, "in-check-period"));
    }
}
