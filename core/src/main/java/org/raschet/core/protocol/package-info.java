/**
 * The formula protocol: steps with formula, legal source, inputs, substitution and result; sinks, the formula
 * catalogue, the text renderer ({@link org.raschet.core.protocol.TextRenderer}) and the independent evaluator.
 */
package org.raschet.core.protocol;
