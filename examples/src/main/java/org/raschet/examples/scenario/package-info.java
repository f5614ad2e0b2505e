/**
 * The scenario runner: a JSON scenario in, results and formula protocols out, as a pure function.
 */
package org.raschet.examples.scenario;
