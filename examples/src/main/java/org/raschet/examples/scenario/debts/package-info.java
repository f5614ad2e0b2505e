/**
 * The debts capability of the scenario format (LEGAL §1, §7–§9): the input sections for accounts, the working-day
 * calendar, debt policies, charge lines, carried debts, billed penalties, payments, key rates, penalty rate rules
 * and moratoriums, and the compute sections {@code debts}, {@code penalties}, {@code reallocation} and
 * {@code lists}, each registered in {@link org.raschet.examples.scenario.ScenarioFormat}. Documented in
 * {@code docs/scenario-format.md}, section "Debts and penalties".
 */
package org.raschet.examples.scenario.debts;
