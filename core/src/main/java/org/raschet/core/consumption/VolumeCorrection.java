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
 */
public record VolumeCorrection(AccountId account, Resource service, YearMonth period, Register register,
                               boolean increasingCoefficient, YearMonth issuedIn, RecalculationMode mode,
                               List<YearMonth> periodsCorrected, Quantity knownNow, Quantity billed,
                               Quantity quantity) {
    /** Validates the parts. */
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
    }

    /** This correction as a billed line, once the host has issued it. */
    public BilledVolume asBilled() {
        return new BilledVolume(account, service, period, register, increasingCoefficient, ChargeKind.CORRECTION,
                issuedIn, quantity, Optional.empty());
    }
}
