package org.raschet.tariffs.pricing;

import java.util.Objects;
import java.util.Optional;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.tariffs.schedule.Coefficient;

/**
 * A priced charge line with what the ledger's {@link ChargeLine} does not carry: the price block it belongs to and
 * the coefficient that multiplied its money. Its amount is {@code round(quantity × coefficient × price, 2)}; the
 * quantity stays the volume (the coefficient multiplies money, not kWh — LEGAL §5).
 *
 * @param line        the charge line
 * @param block       the price block, 0 = the first (within the social norm); 0 for a flat tariff
 * @param blocks      the number of blocks of the tariff on these days (1 for a flat tariff)
 * @param coefficient the coefficient of the money (1, the increasing coefficient, or a sanction's 10)
 * @param basis       the basis of the days (metered, forecast, normative), where the line prices consumption
 */
public record PricedLine(ChargeLine line, int block, int blocks, Coefficient coefficient, Optional<PricingBasis> basis) {
    /**
     * Validates the parts.
     *
     * @throws InvalidValueException if the block is not one of the blocks
     */
    public PricedLine {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(coefficient, "coefficient");
        Objects.requireNonNull(basis, "basis");
        if (blocks < 1 || block < 0 || block >= blocks) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "account " + line.account(),
                    line.span().getStart(), "block #" + (block + 1) + " of " + blocks + " does not exist",
                    "priced-line.block");
        }
    }

    /** Whether the line is within the social norm (the first of several blocks). */
    public boolean isWithinNorm() {
        return blocks > 1 && block == 0;
    }

    /** The amount in minor units (kopecks). */
    public long amountMinor() {
        return line.amountMinor();
    }
}
