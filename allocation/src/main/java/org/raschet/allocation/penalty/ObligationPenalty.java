package org.raschet.allocation.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.raschet.core.ledger.ObligationKey;
import org.raschet.core.money.Amounts;

/**
 * Penalties (пени) on one obligation as of a calculation date: the portions late, their ranges, the sum kept to
 * 10⁻¹⁰ and the amount rounded half-up to kopecks once.
 *
 * @param key               the obligation
 * @param dueDate           its due date
 * @param calculationDate   the calculation date (payments after it are not counted)
 * @param portions          the portions paid late or unpaid, in date order
 * @param exactSum          Σ of the ranges' amounts
 * @param amount            the penalty, rounded to kopecks once
 * @param limitationExpired whether the principal's limitation has expired on the calculation date: the
 *                          penalties expire with it (ГК РФ ст. 207); they are marked, not removed
 */
public record ObligationPenalty(ObligationKey key, LocalDate dueDate, LocalDate calculationDate,
                                List<PenaltyPortion> portions, BigDecimal exactSum, MonetaryAmount amount,
                                boolean limitationExpired) {
    /** Validates the parts. */
    public ObligationPenalty {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(calculationDate, "calculationDate");
        portions = List.copyOf(portions);
        Objects.requireNonNull(exactSum, "exactSum");
        Objects.requireNonNull(amount, "amount");
    }

    /** The penalty in minor units (kopecks). */
    public long amountMinor() {
        return Amounts.toMinor(amount);
    }
}
