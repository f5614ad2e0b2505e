package org.raschet.examples.scenario.debts;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.raschet.allocation.payment.DebtPolicies;

/**
 * The debt policies a scenario runs with (section {@code debtPolicies}), with the option names for the report.
 *
 * @param policies   due dates, calendar, limitation end-date rule and allocation choices
 * @param dueDate    the due-date option's name
 * @param dueDay     the contract's due day, for {@code contract-day}
 * @param limitation the limitation option's name
 * @param allocation the allocation option's name
 * @param explicit   the properties the scenario named itself (the others took their defaults)
 */
public record DebtPolicyInput(DebtPolicies policies, String dueDate, OptionalInt dueDay, String limitation,
                              String allocation, Set<String> explicit) {
    /** Validates the parts. */
    public DebtPolicyInput {
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(dueDay, "dueDay");
        Objects.requireNonNull(limitation, "limitation");
        Objects.requireNonNull(allocation, "allocation");
        explicit = Set.copyOf(explicit);
    }
}
