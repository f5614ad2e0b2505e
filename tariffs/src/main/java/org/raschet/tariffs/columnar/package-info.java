/**
 * The columnar fast path of pricing for mass runs: many accounts' registers as primitive day arrays in
 * {@link org.raschet.tariffs.columnar.PricingColumns}, priced by {@link org.raschet.tariffs.columnar.ColumnarPricing}
 * into {@link org.raschet.tariffs.columnar.ChargeColumns}; it equals the object API line for line.
 */
package org.raschet.tariffs.columnar;
