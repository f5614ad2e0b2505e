/**
 * Exact arithmetic and exact splitting of a total into parts (largest remainder, cumulative rounding); sums are always preserved and overflow throws.
 */
package org.raschet.core.split;
