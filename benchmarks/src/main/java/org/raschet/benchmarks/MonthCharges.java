package org.raschet.benchmarks;

/**
 * The two charge lines of a month priced at two prices: each line's exact quantity and its amount, rounded once
 * per line half-up to kopecks (LEGAL §11).
 *
 * @param oldQuantityMicros the quantity of the days before the price change, in 10⁻⁶ units
 * @param oldAmountKopecks  that quantity × the old price, rounded half-up to kopecks
 * @param newQuantityMicros the quantity of the days from the price change, in 10⁻⁶ units
 * @param newAmountKopecks  that quantity × the new price, rounded half-up to kopecks
 */
public record MonthCharges(long oldQuantityMicros, long oldAmountKopecks, long newQuantityMicros,
                           long newAmountKopecks) {
}
