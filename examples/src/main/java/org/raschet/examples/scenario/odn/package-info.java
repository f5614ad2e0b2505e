/**
 * The common-house (ОДН, КР на СОИ) part of the scenario format: the supply network and its nodes
 * ({@code network}), the volumes of node meters and premises per month with the common-property normative, the
 * prices and the carried balance ({@code networkMonths}), the policies of the split, and the compute sections
 * {@code losses} (imbalance per node), {@code commonHouse} (the split of each house per month) and
 * {@code commonHouseCorrection} (corrections against what was billed). Documented in
 * {@code docs/scenario-format.md}, section "Common-house needs and network losses".
 */
package org.raschet.examples.scenario.odn;
