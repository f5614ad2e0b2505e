/**
 * Runnable programs: the scenario runner's command line (the only place with I/O, clock and console).
 */
package org.raschet.examples;
