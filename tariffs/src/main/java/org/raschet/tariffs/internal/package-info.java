/**
 * Internals of tariffs: the pricing engine, its sources, the shared exact arithmetic and protocol step builders.
 * Not exported.
 */
package org.raschet.tariffs.internal;
