/**
 * The columnar fast path of pricing for mass runs.
 */
package org.raschet.tariffs.columnar;
