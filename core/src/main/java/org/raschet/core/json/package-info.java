/**
 * Optional JSON support (Jackson 3) for Raschet's values and protocols; needs {@code tools.jackson.databind} at run time.
 */
package org.raschet.core.json;
