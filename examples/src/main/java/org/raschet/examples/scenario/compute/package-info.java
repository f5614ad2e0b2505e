/**
 * Compute sections of the scenario format: intervals, charges, consumption and recalculation.
 */
package org.raschet.examples.scenario.compute;
