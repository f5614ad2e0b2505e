package org.raschet.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A month of one or many registers priced at two prices: {@link LibraryMonthPricing} against
 * {@link NaiveMonthPricing}, on the same {@link SyntheticPopulation}. The score is the time to price
 * {@code registers} months and grows with it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class MonthPricingBenchmark {
    /** Registers priced per invocation. */
    @Param({"1", "1000"})
    int registers;

    private MonthPricingInput[] inputs;

    /** Builds the population once per trial. */
    @Setup(Level.Trial)
    public void build() {
        inputs = SyntheticPopulation.monthPricing(SyntheticPopulation.SEED, registers);
    }

    /** The library way: exact {@code long} split and per-line pricing. */
    @Benchmark
    public void library(Blackhole bh) {
        for (MonthPricingInput in : inputs) {
            bh.consume(LibraryMonthPricing.price(in));
        }
    }

    /** The naive way: an object per day with {@code BigDecimal} and Moneta money. */
    @Benchmark
    public void naive(Blackhole bh) {
        for (MonthPricingInput in : inputs) {
            bh.consume(NaiveMonthPricing.price(in));
        }
    }
}
