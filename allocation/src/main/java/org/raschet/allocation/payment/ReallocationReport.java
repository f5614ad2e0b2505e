package org.raschet.allocation.payment;

import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A reallocation: the allocation from the ledger as it now stands, and what moved compared with the previous one.
 *
 * @param allocation    the new allocation
 * @param changes       obligations whose covered amounts changed, by key
 * @param advanceBefore the previous advance
 * @param advanceAfter  the new advance
 */
public record ReallocationReport(Allocation allocation, List<AllocationChange> changes, MonetaryAmount advanceBefore,
                                 MonetaryAmount advanceAfter) {
    /** Validates the parts. */
    public ReallocationReport {
        Objects.requireNonNull(allocation, "allocation");
        changes = List.copyOf(changes);
        Objects.requireNonNull(advanceBefore, "advanceBefore");
        Objects.requireNonNull(advanceAfter, "advanceAfter");
    }
}
