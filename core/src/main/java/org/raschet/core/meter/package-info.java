/**
 * Meters (прибор учёта), their registers and events, and readings (показания) with their source and knowledge date.
 */
package org.raschet.core.meter;
