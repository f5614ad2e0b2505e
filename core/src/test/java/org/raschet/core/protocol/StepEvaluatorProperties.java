package org.raschet.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.raschet.core.consumption.RegisterConsumption;
import org.raschet.core.consumption.RolloverPolicy;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.ReadingException;
import org.raschet.core.meter.Meter;
import org.raschet.core.meter.Reading;
import org.raschet.core.meter.ReadingSource;
import org.raschet.core.meter.Register;
import org.raschet.core.money.Price;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.quantity.Unit;

class StepEvaluatorProperties {

    /** A meter with its register values: digits, ratio that cannot overflow, two readings below capacity. */
    record Case(int digits, long ratio, long r1Micros, long r2Micros, boolean rollover, int days) {
    }

    @Provide
    Arbitrary<Case> intervals() {
        return Arbitraries.integers().between(1, 12).flatMap(digits -> {
            long capacity = BigDecimal.TEN.pow(digits + 6).longValueExact();
            long maxRatio = Math.min(10_000L, Long.MAX_VALUE / capacity);
            Arbitrary<Long> reading = Arbitraries.longs().between(0, capacity - 1)
                    .edgeCases(c -> c.add(0L).add(capacity - 1));
            return Combinators.combine(Arbitraries.longs().between(1, maxRatio), reading, reading,
                            Arbitraries.of(true, false), Arbitraries.integers().between(1, 400))
                    .as((ratio, r1, r2, rollover, days) -> new Case(digits, ratio, r1, r2, rollover, days));
        });
    }

    @Property(tries = 400)
    void every_interval_step_re_evaluates_to_its_result_and_to_the_returned_volume_354_app2_f1(
            @ForAll("intervals") Case c) {
        Meter meter = Meter.single("77-0042", "100-001", Resource.ELECTRICITY, c.digits(), LocalDate.of(2020, 1, 1))
                .withRatio(c.ratio());
        LocalDate d1 = LocalDate.of(2025, 3, 31);
        Reading earlier = Reading.of(meter.id(), Register.TOTAL, d1, Quantity.ofMicros(c.r1Micros(), Unit.KWH),
                ReadingSource.CONSUMER_WEB);
        Reading later = Reading.of(meter.id(), Register.TOTAL, d1.plusDays(c.days()),
                Quantity.ofMicros(c.r2Micros(), Unit.KWH), ReadingSource.CONTROL).withDocument("акт № " + c.days());
        ProtocolRecorder recorder = new ProtocolRecorder();
        Quantity volume;
        try {
            volume = RegisterConsumption.between(meter, earlier, later,
                    c.rollover() ? RolloverPolicy.BELOW_HALF_CAPACITY : RolloverPolicy.NEVER, recorder);
        } catch (ReadingException e) {
            // only a decrease the policy rejects may fail
            assertEquals(ErrorCode.READING_DECREASE, e.code());
            assertTrue(c.r2Micros() < c.r1Micros());
            assertTrue(recorder.entries().isEmpty());
            return;
        }
        Protocol p = recorder.protocol();
        assertEquals(List.of(), StepEvaluator.verifyAll(p));
        assertEquals(1, p.steps().size());
        assertEquals(0, StepEvaluator.evaluate(p.steps().get(0)).compareTo(volume.toBigDecimal()));
    }

    @Property(tries = 400)
    void every_charge_step_re_evaluates_to_its_result_354_app2_f1(
            @ForAll @LongRange(min = -1_000_000_000_000_000L, max = 1_000_000_000_000_000L) long volumeMicros,
            @ForAll @LongRange(min = 0, max = 100_000_000L) long priceE4) {
        Quantity volume = Quantity.ofMicros(volumeMicros, Unit.KWH);
        Price price = new Price(priceE4, org.raschet.core.money.Amounts.RUB, Unit.KWH);
        ProtocolStep step = IntervalExample.charge(volume, price, ProtocolSink.NONE);
        assertTrue(StepEvaluator.verify(step), step.toString());
    }

    /** An expression with the value the test computes for it directly. */
    record Expr(String text, BigDecimal value) {
    }

    private static final String[] SYMBOLS = {"A", "B", "x_1", "Tariff"};

    private static BigDecimal randomDecimal(Random random) {
        long unscaled = random.nextInt(3) == 0 ? random.nextInt(10) : random.nextLong() % 10_000_000_000L;
        return BigDecimal.valueOf(unscaled, random.nextInt(7));
    }

    private static Expr generate(Random random, Map<String, BigDecimal> values, int depth) {
        int choice = depth <= 0 ? random.nextInt(2) : random.nextInt(13);
        switch (choice) {
            case 0: {
                BigDecimal literal = randomDecimal(random).abs();
                return new Expr(literal.toPlainString(), literal);
            }
            case 1: {
                String s = SYMBOLS[random.nextInt(SYMBOLS.length)];
                return new Expr(s, values.get(s));
            }
            case 2: {
                Expr a = generate(random, values, depth - 1);
                Expr b = generate(random, values, depth - 1);
                return new Expr("(" + a.text() + " + " + b.text() + ")", a.value().add(b.value()));
            }
            case 3: {
                Expr a = generate(random, values, depth - 1);
                Expr b = generate(random, values, depth - 1);
                return new Expr("(" + a.text() + " - " + b.text() + ")", a.value().subtract(b.value()));
            }
            case 4: {
                Expr a = generate(random, values, depth - 1);
                Expr b = generate(random, values, depth - 1);
                return new Expr("(" + a.text() + "*" + b.text() + ")", a.value().multiply(b.value()));
            }
            case 5: {
                Expr a = generate(random, values, depth - 1);
                Expr b = generate(random, values, depth - 1);
                if (b.value().signum() == 0) {
                    return a;
                }
                return new Expr("(" + a.text() + " / " + b.text() + ")",
                        a.value().divide(b.value(), MathContext.DECIMAL128));
            }
            case 6: {
                Expr a = generate(random, values, depth - 1);
                return new Expr("-" + a.text(), a.value().negate());
            }
            case 7, 8, 9: {
                Expr a = generate(random, values, depth - 1);
                int n = random.nextInt(7);
                String f = new String[] {"round", "floor", "ceil"}[choice - 7];
                RoundingMode mode = new RoundingMode[] {RoundingMode.HALF_UP, RoundingMode.FLOOR,
                    RoundingMode.CEILING}[choice - 7];
                return new Expr(f + "(" + a.text() + ", " + n + ")", a.value().setScale(n, mode));
            }
            case 10, 11: {
                int count = 1 + random.nextInt(4);
                StringBuilder text = new StringBuilder(choice == 10 ? "min(" : "max(");
                BigDecimal v = null;
                for (int i = 0; i < count; i++) {
                    Expr a = generate(random, values, depth - 1);
                    text.append(i == 0 ? "" : ", ").append(a.text());
                    v = v == null ? a.value() : choice == 10 ? v.min(a.value()) : v.max(a.value());
                }
                return new Expr(text.append(')').toString(), v);
            }
            default: {
                Expr a = generate(random, values, depth - 1);
                return new Expr("abs(" + a.text() + ")", a.value().abs());
            }
        }
    }

    @Property(tries = 500)
    void evaluator_agrees_with_direct_big_decimal_arithmetic(@ForAll long seed,
                                                              @ForAll @IntRange(min = 0, max = 5) int depth) {
        Random random = new Random(seed);
        Map<String, BigDecimal> values = new HashMap<>();
        for (String s : SYMBOLS) {
            values.put(s, randomDecimal(random));
        }
        Expr e = generate(random, values, depth);
        assertEquals(0, StepEvaluator.evaluate(e.text(), values).compareTo(e.value()), e.text() + " with " + values);
    }

    @Property(tries = 300)
    void products_bind_tighter_than_sums_and_operators_associate_left(
            @ForAll("decimals") List<BigDecimal> operands, @ForAll("operators") List<Character> operators) {
        int n = Math.min(operands.size() - 1, operators.size());
        StringBuilder text = new StringBuilder("A0");
        Map<String, BigDecimal> values = new HashMap<>();
        values.put("A0", operands.get(0));
        // direct: accumulate terms of products, then add them left to right
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal term = operands.get(0);
        for (int i = 0; i < n; i++) {
            char op = operators.get(i);
            BigDecimal v = operands.get(i + 1);
            values.put("A" + (i + 1), v);
            text.append(' ').append(op).append(' ').append("A").append(i + 1);
            if (op == '*') {
                term = term.multiply(v);
            } else {
                sum = sum.add(term);
                term = op == '+' ? v : v.negate();
            }
        }
        sum = sum.add(term);
        assertEquals(0, StepEvaluator.evaluate(text.toString(), values).compareTo(sum), text.toString());
    }

    @Provide
    Arbitrary<List<BigDecimal>> decimals() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-1000000"), new BigDecimal("1000000"))
                .ofScale(4).list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<Character>> operators() {
        return Arbitraries.of('+', '-', '*').list().ofMaxSize(7);
    }
}
