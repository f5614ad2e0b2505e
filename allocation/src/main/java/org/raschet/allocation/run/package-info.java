/**
 * Runs that bill a house, or many houses, for a period end to end.
 */
package org.raschet.allocation.run;
