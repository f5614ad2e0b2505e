/**
 * The typed exception hierarchy rooted in {@link org.raschet.core.error.RaschetException}, each exception with a stable error code.
 */
package org.raschet.core.error;
