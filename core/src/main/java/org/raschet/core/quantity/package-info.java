/**
 * Exact quantities of metered resources (10⁻⁶ of a unit) and areas.
 */
package org.raschet.core.quantity;
