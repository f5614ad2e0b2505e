/**
 * Optional JSON support (Jackson 3) for Raschet's values and protocols: {@link org.raschet.core.json.RaschetJson}
 * gives the module and a deterministic mapper. Needs {@code tools.jackson.databind} at run time only where used; the
 * model classes carry no Jackson annotations.
 */
package org.raschet.core.json;
