package org.raschet.tariffs.pricing;

import java.time.YearMonth;
import java.util.Objects;
import org.raschet.core.account.AccountId;
import org.raschet.core.consumption.CoefficientClass;
import org.raschet.core.consumption.DailySeries;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.meter.Register;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.time.Days;
import org.raschet.tariffs.schedule.TariffSchedule;

/**
 * A correction of a billed period given as a volume (перерасчёт объёма за период), as the per-day engine reports it:
 * the period, register and coefficient class it corrects, and the volume known now minus the volume billed. It is
 * priced by {@link Corrections#priceVolume} at the prices of the period's own days.
 *
 * @param account   the account
 * @param tariff    the tariff schedule (a flat one: block tariffs are re-billed with {@link Corrections#recalculate})
 * @param period    the period corrected
 * @param register  the register (a zone of the tariff)
 * @param quantity  the correction volume, negative for a correction downwards
 * @param increased whether it corrects a normative volume priced with the increasing coefficient
 * @param weights   the corrected days (within {@code period}) with their weights, e.g. the per-day volumes as known
 *                  now; all zero means equal weights
 * @param issuedIn  the period in which the correction is issued
 * @param policies  the policies (the increasing coefficient among them)
 * @param refusal   whether it corrects a normative volume priced with the coefficient 1.5 for repeated refusal of
 *                  access (354 p.60(3)); never together with {@code increased}
 */
public record VolumeCorrectionRequest(AccountId account, TariffSchedule tariff, YearMonth period, Register register,
                                      Quantity quantity, boolean increased, DailySeries weights, YearMonth issuedIn,
                                      PricingPolicies policies, boolean refusal) {
    /**
     * Validates the parts.
     *
     * @throws InvalidValueException if the days leave the period, a weight is negative, the units differ, or both
     *                               coefficients are set
     */
    public VolumeCorrectionRequest {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(tariff, "tariff");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(issuedIn, "issuedIn");
        Objects.requireNonNull(policies, "policies");
        if (increased && refusal) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "account " + account,
                    weights.range().getStart(), "correction of " + period + " is marked both with the increasing"
                            + " coefficient and with the coefficient for repeated refusal (354 p.60(3))",
                    "correction.one-coefficient-class");
        }
        if (!Days.of(period).encloses(weights.range()) || weights.length() == 0) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "account " + account,
                    weights.range().getStart(), "days " + weights.range() + " are empty or leave the period " + period,
                    "correction.days-within-period");
        }
        if (quantity.unit() != tariff.service().unit() || weights.unit() != tariff.service().unit()) {
            throw new InvalidValueException(ErrorCode.VALUE_UNIT_MISMATCH, "account " + account,
                    weights.range().getStart(), "correction " + quantity + " or its weights in "
                            + weights.unit().code() + " cannot be priced by tariff " + tariff.id(),
                    "pricing.same-unit");
        }
        for (int i = 0; i < weights.length(); i++) {
            if (weights.microsAt(i) < 0) {
                throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "account " + account,
                        weights.range().getStart().plusDays(i), "weight " + weights.microsAt(i) + " is negative",
                        "correction.weights-non-negative");
            }
        }
    }

    /** A correction with no part under the coefficient for repeated refusal (the form before 354 p.60(3)). */
    public VolumeCorrectionRequest(AccountId account, TariffSchedule tariff, YearMonth period, Register register,
                                   Quantity quantity, boolean increased, DailySeries weights, YearMonth issuedIn,
                                   PricingPolicies policies) {
        this(account, tariff, period, register, quantity, increased, weights, issuedIn, policies, false);
    }

    /** The coefficient class of the corrected volume. */
    public CoefficientClass coefficientClass() {
        return CoefficientClass.of(increased, refusal);
    }
}
