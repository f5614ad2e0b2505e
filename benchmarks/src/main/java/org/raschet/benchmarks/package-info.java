/**
 * JMH benchmarks of Raschet against a naive baseline, and the seeded synthetic population they run on.
 *
 * <p>Each scenario has two implementations that must give identical results (proved by tests): the library way
 * (Raschet's exact {@code long} arithmetic, no per-day objects) and the naive way (what a typical billing system
 * does: an object per day with {@link java.math.BigDecimal} and Moneta money). Not part of the published library.
 */
package org.raschet.benchmarks;
