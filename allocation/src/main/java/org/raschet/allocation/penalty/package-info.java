/**
 * Penalties (ЖК ст. 155 ч. 14) with rate rules and moratoriums.
 */
package org.raschet.allocation.penalty;
