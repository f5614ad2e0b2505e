package org.raschet.examples.scenario.debts;

import java.util.Objects;
import java.util.OptionalInt;
import org.raschet.core.ledger.DueDatePolicy;

/**
 * The due-date rule a scenario runs with (policy {@code dueDate}): its name, the policy, and the contract's day.
 *
 * @param name   {@code federal}, {@code federal-feb-2026-15th} or {@code contract-day-N}
 * @param policy the due-date policy
 * @param day    the contract's day of the next month, for a contract's rule
 */
public record DueDateChoice(String name, DueDatePolicy policy, OptionalInt day) {
    /** The federal default (LEGAL §1). */
    public static final DueDateChoice FEDERAL = new DueDateChoice("federal", DueDatePolicy.FEDERAL,
            OptionalInt.empty());

    /** Validates the parts. */
    public DueDateChoice {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(day, "day");
    }
}
