/**
 * Reading JSON with paths: cursors that name the JSON path of every value in errors.
 */
package org.raschet.examples.scenario.json;
