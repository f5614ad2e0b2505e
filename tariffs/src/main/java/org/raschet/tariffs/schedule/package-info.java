/**
 * Effective-dated tariff schedules by service and consumer group ({@link org.raschet.tariffs.schedule.TariffSchedule}:
 * single-rate, two-zone, three-zone; flat or in blocks), the monthly norms that bound the blocks or give the
 * normative ({@link org.raschet.tariffs.schedule.NormSchedule}: social norm, volume bands, consumption normative),
 * coefficients, and a region's {@link org.raschet.tariffs.schedule.TariffBook}. Gaps and overlaps are checked on the
 * billed days.
 */
package org.raschet.tariffs.schedule;
