/**
 * Days, half-open day ranges, billing periods and effective-dated schedules.
 */
package org.raschet.core.time;
