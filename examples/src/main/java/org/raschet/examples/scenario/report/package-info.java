/**
 * Text and JSON reports of a scenario's results and protocols.
 */
package org.raschet.examples.scenario.report;
