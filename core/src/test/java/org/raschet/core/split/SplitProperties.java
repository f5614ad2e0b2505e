package org.raschet.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Invariants of the exact splits (DESIGN principle 2; issue "Foundation": the split keeps the total exactly). */
class SplitProperties {

    @Property(tries = 500)
    void largest_remainder_keeps_the_total_and_each_part_within_one_unit(
            @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long total,
            @ForAll("weights") long[] weights) {
        long[] parts = Split.largestRemainder(total, weights);
        assertEquals(total, LongStream.of(parts).sum());
        long w = LongStream.of(weights).sum();
        for (int i = 0; i < parts.length; i++) {
            BigDecimal exact = new BigDecimal(BigInteger.valueOf(total).multiply(BigInteger.valueOf(weights[i])))
                    .divide(BigDecimal.valueOf(w), MathContext.DECIMAL128);
            assertTrue(exact.subtract(BigDecimal.valueOf(parts[i])).abs().compareTo(BigDecimal.ONE) < 0,
                    "part " + i + " = " + parts[i] + " vs exact " + exact);
        }
    }

    @Property(tries = 500)
    void cumulative_keeps_every_contiguous_run_within_one_unit(
            @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long total,
            @ForAll("weights") long[] weights,
            @ForAll @IntRange(min = 0, max = 59) int a, @ForAll @IntRange(min = 0, max = 59) int b) {
        long[] parts = Split.cumulative(total, weights);
        assertEquals(total, LongStream.of(parts).sum());
        int from = Math.min(a, b) % parts.length;
        int to = Math.max(from, Math.max(a, b) % parts.length);
        long run = 0;
        long runWeight = 0;
        for (int i = from; i <= to; i++) {
            run += parts[i];
            runWeight += weights[i];
        }
        BigDecimal exact = new BigDecimal(BigInteger.valueOf(total).multiply(BigInteger.valueOf(runWeight)))
                .divide(BigDecimal.valueOf(LongStream.of(weights).sum()), MathContext.DECIMAL128);
        assertTrue(exact.subtract(BigDecimal.valueOf(run)).abs().compareTo(BigDecimal.ONE) <= 0,
                "run " + from + ".." + to + " = " + run + " vs exact " + exact);
    }

    @Property(tries = 300)
    void evenly_equals_cumulative_with_equal_weights(
            @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long total,
            @ForAll @IntRange(min = 1, max = 400) int n) {
        long[] ones = new long[n];
        java.util.Arrays.fill(ones, 1);
        assertEquals(java.util.Arrays.toString(Split.cumulative(total, ones)),
                java.util.Arrays.toString(Split.evenly(total, n)));
    }

    /** At any long total, MIN and MAX included: the sum is exact and each part is within one unit of its share. */
    @Property(tries = 300)
    void largest_remainder_is_exact_at_extreme_totals(@ForAll("anyTotal") long total,
                                                      @ForAll("weights") long[] weights) {
        long[] parts = Split.largestRemainder(total, weights);
        assertEquals(BigInteger.valueOf(total), sum(parts));
        long w = LongStream.of(weights).sum();
        for (int i = 0; i < parts.length; i++) {
            BigDecimal exact = share(total, weights[i], w);
            assertTrue(exact.subtract(BigDecimal.valueOf(parts[i])).abs().compareTo(BigDecimal.ONE) < 0,
                    "part " + i + " = " + parts[i] + " vs exact " + exact);
            assertTrue(parts[i] == 0 || Long.signum(parts[i]) == Long.signum(total), "sign of part " + i);
            if (weights[i] == 0) {
                assertEquals(0, parts[i]);
            }
        }
    }

    /** A negative total is split as its magnitude, negated: split(−T) = −split(T) (for T ≠ Long.MIN_VALUE). */
    @Property(tries = 300)
    void largest_remainder_is_odd_in_the_total(@ForAll("anyTotal") long total, @ForAll("weights") long[] weights) {
        Assume.that(total != Long.MIN_VALUE);
        long[] parts = Split.largestRemainder(total, weights);
        long[] negated = Split.largestRemainder(-total, weights);
        for (int i = 0; i < parts.length; i++) {
            assertEquals(-parts[i], negated[i]);
        }
    }

    /**
     * The order of the weights matters only through ties: if the remainders {@code |T|·wᵢ mod W} are pairwise
     * distinct, then for every permutation π, {@code largestRemainder(T, w∘π) = largestRemainder(T, w)∘π}.
     */
    @Property(tries = 300)
    void largest_remainder_permutes_with_its_weights_when_remainders_are_distinct(
            @ForAll("anyTotal") long total, @ForAll("weights") long[] weights, @ForAll Random random) {
        long w = LongStream.of(weights).sum();
        BigInteger abs = BigInteger.valueOf(total).abs();
        long distinct = LongStream.of(weights)
                .mapToObj(x -> abs.multiply(BigInteger.valueOf(x)).mod(BigInteger.valueOf(w)))
                .distinct().count();
        Assume.that(distinct == weights.length);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        long[] permuted = new long[weights.length];
        for (int i = 0; i < weights.length; i++) {
            permuted[i] = weights[order.get(i)];
        }
        long[] parts = Split.largestRemainder(total, weights);
        long[] permutedParts = Split.largestRemainder(total, permuted);
        for (int i = 0; i < weights.length; i++) {
            assertEquals(parts[order.get(i)], permutedParts[i], "part of weight #" + order.get(i));
        }
    }

    /** Equal weights tie everywhere: the units left over go to the first parts, so parts never increase. */
    @Property(tries = 200)
    void largest_remainder_with_equal_weights_gives_the_extra_units_to_the_first_parts(
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long total, @ForAll @IntRange(min = 1, max = 50) int n,
            @ForAll @LongRange(min = 1, max = 1_000_000) long weight) {
        long[] weights = new long[n];
        Arrays.fill(weights, weight);
        long[] parts = Split.largestRemainder(total, weights);
        long base = total / n;
        for (int i = 0; i < n; i++) {
            assertEquals(i < total % n ? base + 1 : base, parts[i]);
        }
    }

    /** Cumulative rounding at any long total: exact sum, every prefix is round(T·Cᵢ/W), parts share T's sign. */
    @Property(tries = 300)
    void cumulative_is_exact_at_extreme_totals(@ForAll("anyTotal") long total, @ForAll("weights") long[] weights) {
        long[] parts = Split.cumulative(total, weights);
        long w = LongStream.of(weights).sum();
        BigInteger prefix = BigInteger.ZERO;
        long cum = 0;
        for (int i = 0; i < parts.length; i++) {
            assertTrue(parts[i] == 0 || Long.signum(parts[i]) == Long.signum(total), "sign of part " + i);
            prefix = prefix.add(BigInteger.valueOf(parts[i]));
            cum += weights[i];
            BigDecimal expected = share(total, cum, w).setScale(0, RoundingMode.HALF_UP);
            assertEquals(expected.toBigInteger(), prefix, "prefix " + i);
        }
        assertEquals(BigInteger.valueOf(total), prefix);
    }

    /** Each day of an even spread gets ⌊T/n⌋ or ⌈T/n⌉, at any long total. */
    @Property(tries = 300)
    void evenly_gives_each_slot_the_floor_or_the_ceiling(@ForAll("anyTotal") long total,
                                                        @ForAll @IntRange(min = 1, max = 400) int n) {
        long[] parts = Split.evenly(total, n);
        long floor = Math.floorDiv(total, (long) n);
        for (long p : parts) {
            assertTrue(p == floor || p == floor + 1, p + " vs floor " + floor);
        }
        assertEquals(BigInteger.valueOf(total), sum(parts));
        for (int k = 0; k <= n; k += Math.max(1, n / 7)) {
            assertEquals(sum(Arrays.copyOf(parts, k)), BigInteger.valueOf(Split.evenlyPrefix(total, k, n)));
        }
    }

    @Provide
    Arbitrary<Long> anyTotal() {
        return Arbitraries.oneOf(Arbitraries.longs(),
                Arbitraries.of(Long.MIN_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE, Long.MAX_VALUE - 1, 0L, 1L, -1L));
    }

    private static BigInteger sum(long[] parts) {
        return LongStream.of(parts).mapToObj(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add);
    }

    private static BigDecimal share(long total, long weight, long weightSum) {
        return new BigDecimal(BigInteger.valueOf(total).multiply(BigInteger.valueOf(weight)))
                .divide(BigDecimal.valueOf(weightSum), new MathContext(60));
    }

    @Provide
    Arbitrary<long[]> weights() {
        return Arbitraries.longs().between(0, 1_000_000).list().ofMinSize(1).ofMaxSize(60)
                .map(l -> l.stream().mapToLong(Long::longValue).toArray())
                .filter(w -> LongStream.of(w).sum() > 0);
    }
}
