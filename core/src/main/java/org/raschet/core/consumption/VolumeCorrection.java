package org.raschet.core.consumption;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.raschet.core.account.AccountId;
import org.raschet.core.ledger.ChargeKind;
import org.raschet.core.meter.Register;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;

/**
 * A correction line of volume (строка перерасчёта): the period as known now minus what was billed (354 p.61).
 * Pricing it belongs to tariffs.
 *
 * @param account               the account
 * @param service               the service's resource
 * @param period                the period it is attributed to (mode A: the corrected period; mode B: the check
 *                              period)
 * @param register              the register
 * @param increasingCoefficient whether it corrects the normative volume priced with the increasing coefficient
 * @param issuedIn              the period in which it is issued
 * @param mode                  the recalculation mode applied
 * @param periodsCorrected      the billed periods whose difference it carries (one in mode A)
 * @param knownNow              the volume of those periods as known now
 * @param billed                the volume billed for them so far (originals and earlier corrections)
 * @param quantity              {@code knownNow − billed}, never zero
 * @param refusalCoefficient    whether it corrects the normative volume priced with the coefficient for repeated
 *                              refusal of access (354 p.60(3)); never together with {@code increasingCoefficient}
 */
public record VolumeCorrection(AccountId account, Resource service, YearMonth period, Register register,
                               boolean increasingCoefficient, YearMonth issuedIn, RecalculationMode mode,
                               List<YearMonth> periodsCorrected, Quantity knownNow, Quantity billed,
                               Quantity quantity, boolean refusalCoefficient) {
    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if both coefficients are set
     */
    public VolumeCorrection {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(issuedIn, "issuedIn");
        Objects.requireNonNull(mode, "mode");
        periodsCorrected = List.copyOf(periodsCorrected);
        Objects.requireNonNull(knownNow, "knownNow");
        Objects.requireNonNull(billed, "billed");
        Objects.requireNonNull(quantity, "quantity");
        CoefficientClass.of(increasingCoefficient, refusalCoefficient);
    }

    /** A correction with no part under the coefficient for repeated refusal (the form before 354 p.60(3)). */
    public VolumeCorrection(AccountId account, Resource service, YearMonth period, Register register,
                            boolean increasingCoefficient, YearMonth issuedIn, RecalculationMode mode,
                            List<YearMonth> periodsCorrected, Quantity knownNow, Quantity billed, Quantity quantity) {
        this(account, service, period, register, increasingCoefficient, issuedIn, mode, periodsCorrected, knownNow,
                billed, quantity, false);
    }

    /** The coefficient class of the corrected volume. */
    public CoefficientClass coefficientClass() {
        return CoefficientClass.of(increasingCoefficient, refusalCoefficient);
    }

    /** This correction as a billed line, once the host has issued it. */
    public BilledVolume asBilled() {
        return new BilledVolume(account, service, period, register, increasingCoefficient, ChargeKind.CORRECTION,
                issuedIn, quantity, Optional.empty(), refusalCoefficient);
    }
}
