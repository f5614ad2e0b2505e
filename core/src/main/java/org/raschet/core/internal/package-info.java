/**
 * Implementation details of the core module; not exported.
 */
package org.raschet.core.internal;
