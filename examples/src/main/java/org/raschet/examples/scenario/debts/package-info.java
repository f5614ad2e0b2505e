/**
 * The debts capability of the scenario format (LEGAL §1, §7–§9): the input sections for accounts, the working-day
 * calendar, charge lines, carried debts, billed penalties, payments, key rates, penalty rate rules and moratoriums;
 * the debt policies set under {@code policies} ({@link org.raschet.examples.scenario.debts.DebtPolicySettings});
 * and the compute sections {@code debts}, {@code penalties}, {@code reallocation} and {@code lists}. Each section
 * is registered in {@link org.raschet.examples.scenario.ScenarioFormat}; the format is documented in
 * {@code docs/scenario-format.md}, section "Debts and penalties".
 */
package org.raschet.examples.scenario.debts;
