/**
 * Implementation of the per-day consumption engine: reading acceptance, meter states, the day grid, averages,
 * anomalies and the protocol they write. Not exported.
 */
package org.raschet.core.consumption.internal;
