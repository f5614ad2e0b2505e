/**
 * Consumption of a meter register between readings and, day by day, the per-day consumption engine.
 */
package org.raschet.core.consumption;
