/**
 * Common-house (ОДН) allocation along the network topology and loss localisation per node.
 */
package org.raschet.allocation.odn;
