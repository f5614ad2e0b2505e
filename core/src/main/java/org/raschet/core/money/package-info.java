/**
 * Money at the API (Moneta {@code MonetaryAmount}), prices with four decimals, exact products and rounding rules.
 */
package org.raschet.core.money;
