/**
 * Turning per-day quantities into priced charge lines, with protocol.
 */
package org.raschet.tariffs.pricing;
