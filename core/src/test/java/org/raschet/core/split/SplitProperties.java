package org.raschet.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.stream.LongStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

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

    @Provide
    Arbitrary<long[]> weights() {
        return Arbitraries.longs().between(0, 1_000_000).list().ofMinSize(1).ofMaxSize(60)
                .map(l -> l.stream().mapToLong(Long::longValue).toArray())
                .filter(w -> LongStream.of(w).sum() > 0);
    }
}
