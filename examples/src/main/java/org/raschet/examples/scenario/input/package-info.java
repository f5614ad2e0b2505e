/**
 * Input sections and policy settings of the scenario format.
 */
package org.raschet.examples.scenario.input;
