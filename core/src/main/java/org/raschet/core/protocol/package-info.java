/**
 * The formula protocol: steps with formula, legal source, inputs, substitution and result; sinks, the formula catalogue and renderers.
 */
package org.raschet.core.protocol;
