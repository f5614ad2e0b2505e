/**
 * Internals of the allocation module: text helpers for protocol notes and schedule checks. Not exported.
 */
package org.raschet.allocation.internal;
