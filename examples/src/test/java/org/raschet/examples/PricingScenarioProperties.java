package org.raschet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.raschet.core.protocol.StepEvaluator;
import org.raschet.examples.scenario.ScenarioResult;
import org.raschet.examples.scenario.ScenarioRunner;
import org.raschet.examples.scenario.tariff.TariffPricingResult;
import org.raschet.tariffs.pricing.PricedLine;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Invariants of the {@code pricing} section on random readings and price changes (LEGAL §2, §10, §11): the lines
 * carry the interval's volume exactly; each line is its exact quantity × its price rounded half-up once; a price
 * change on day d gives the lines of pricing the days before d at the old price and the days from d at the new; every
 * protocol step re-evaluates to its result.
 */
class PricingScenarioProperties {
    private static final LocalDate BASE = LocalDate.of(2026, 1, 1);

    /**
     * One meter read 0 kWh on {@code d1} and {@code volumeMicros} on {@code d2}; tariff {@code oldE4} until the day
     * before {@code change} (if any), {@code newE4} from it; priced over {@code from} … {@code to}, as known after d2.
     */
    static ObjectNode scenario(LocalDate d1, LocalDate d2, long volumeMicros, long oldE4, LocalDate change,
                               long newE4, LocalDate from, LocalDate to) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode s = f.objectNode();
        s.putObject("metadata").put("name", "random price change");
        s.putArray("premises").addObject().put("id", "A").put("house", "H").put("area", "50");
        s.putArray("meters").addObject().put("id", "M").put("account", "A").put("resource", "electricity")
                .put("digits", 6).put("installed", "2020-01-01");
        ArrayNode readings = s.putArray("readings");
        readings.addObject().put("meter", "M").put("date", d1.toString()).put("value", "0").put("source", "remote");
        readings.addObject().put("meter", "M").put("date", d2.toString())
                .put("value", BigDecimal.valueOf(volumeMicros, 6).toPlainString()).put("source", "remote");
        ObjectNode tariff = s.putArray("tariffs").addObject().put("id", "t").put("service", "electricity");
        ArrayNode periods = tariff.putArray("periods");
        ObjectNode first = periods.addObject().put("from", "2020-01-01");
        first.putObject("prices").put("total", BigDecimal.valueOf(oldE4, 4).toPlainString());
        if (change != null) {
            first.put("to", change.minusDays(1).toString());
            periods.addObject().put("from", change.toString()).putObject("prices")
                    .put("total", BigDecimal.valueOf(newE4, 4).toPlainString());
        }
        s.putObject("compute").putObject("pricing").put("from", from.toString()).put("to", to.toString())
                .put("asKnownOn", d2.plusDays(1).toString());
        return s;
    }

    private static List<PricedLine> lines(ObjectNode scenario) {
        ScenarioResult r = ScenarioRunner.run(scenario);
        assertEquals(List.of(), StepEvaluator.verifyAll(r.protocol()));
        return ((TariffPricingResult) r.sections().get(0)).lines();
    }

    private static List<String> described(List<PricedLine> lines) {
        List<String> out = new ArrayList<>();
        for (PricedLine p : lines) {
            var l = p.line();
            out.add(l.period() + " " + l.span() + " " + l.register() + " " + l.quantity() + " " + l.price() + " "
                    + l.amountMinor());
        }
        return out;
    }

    @Property(tries = 100)
    void a_price_change_on_day_d_equals_pricing_before_d_at_the_old_price_and_from_d_at_the_new(
            @ForAll @IntRange(min = 0, max = 330) int start,
            @ForAll @IntRange(min = 2, max = 80) int days,
            @ForAll @IntRange(min = 1, max = 79) int changeAfter,
            @ForAll @LongRange(min = 0, max = 10_000_000_000L) long volumeMicros,
            @ForAll @LongRange(min = 1, max = 200_000) long oldE4,
            @ForAll @LongRange(min = 1, max = 200_000) long newE4) {
        // equal consecutive prices are one run of one price, and so one line: the change must change the price
        Assume.that(oldE4 != newE4);
        int k = Math.min(changeAfter, days - 1);
        LocalDate d1 = BASE.plusDays(start);
        LocalDate d2 = d1.plusDays(days);
        LocalDate change = d1.plusDays(1 + k);
        List<PricedLine> whole = lines(scenario(d1, d2, volumeMicros, oldE4, change, newE4, d1.plusDays(1), d2));
        long sum = 0;
        for (PricedLine p : whole) {
            var l = p.line();
            sum += l.quantity().micros();
            long expectedE4 = l.span().getStart().isBefore(change) ? oldE4 : newE4;
            assertEquals(expectedE4, l.price().e4(), "price of " + l.span());
            BigDecimal exact = l.quantity().toBigDecimal().multiply(l.price().toBigDecimal());
            assertEquals(exact.setScale(2, RoundingMode.HALF_UP), BigDecimal.valueOf(l.amountMinor(), 2),
                    "amount of " + l.span());
        }
        assertEquals(volumeMicros, sum, "the lines carry the interval's volume exactly");
        List<PricedLine> before = lines(scenario(d1, d2, volumeMicros, oldE4, null, 0, d1.plusDays(1),
                change.minusDays(1)));
        List<PricedLine> after = lines(scenario(d1, d2, volumeMicros, newE4, null, 0, change, d2));
        List<PricedLine> joined = new ArrayList<>(before);
        joined.addAll(after);
        assertEquals(described(joined), described(whole));
    }
}
