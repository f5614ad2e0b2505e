/**
 * Payments over obligations (ГК ст. 319.1), limitation and reallocation.
 */
package org.raschet.allocation.payment;
