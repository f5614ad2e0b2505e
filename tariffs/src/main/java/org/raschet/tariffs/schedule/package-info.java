/**
 * Effective-dated tariff schedules by service and consumer group.
 */
package org.raschet.tariffs.schedule;
