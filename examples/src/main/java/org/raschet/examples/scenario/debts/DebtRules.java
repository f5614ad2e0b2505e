package org.raschet.examples.scenario.debts;

/**
 * The rules of the scenario format that only the debts sections can break, as named in error messages and in
 * {@code docs/scenario-format.md}; the general ones ({@code scenario.type}, {@code scenario.known-reference}, …) are
 * in {@link org.raschet.examples.scenario.json.Rules}.
 */
public final class DebtRules {
    private DebtRules() {
    }

    /** A charge line's {@code amount} is not round(quantity × price, 2) of its own {@code quantity} and {@code price}. */
    public static final String CHARGE_LINE_AMOUNT = "scenario.charge-line-amount";
    /** A property given that only applies with another option (e.g. {@code dueDay} without {@code contract-day}). */
    public static final String DEPENDENT_PROPERTY = "scenario.dependent-property";
}
