package org.raschet.core.consumption;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.raschet.core.account.AccountId;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.ledger.ChargeKind;
import org.raschet.core.meter.Register;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;

/**
 * A volume the host billed (выставленный объём): an input to recalculation. One line per period, register and
 * coefficient class; several lines of one key add up.
 *
 * @param account               the account
 * @param service               the service's resource
 * @param period                the period the volume belongs to (for a correction: the period it is attributed to)
 * @param register              the register
 * @param increasingCoefficient whether it was the normative volume priced with the increasing coefficient
 * @param kind                  {@link ChargeKind#CORRECTION} for a correction line, anything else for an original
 *                              charge (a period counts as billed when it has an original line)
 * @param issuedIn              the period in which the line was issued
 * @param quantity              the volume (negative for a correction downwards)
 * @param document              the host's reference of the line, if any
 */
public record BilledVolume(AccountId account, Resource service, YearMonth period, Register register,
                           boolean increasingCoefficient, ChargeKind kind, YearMonth issuedIn, Quantity quantity,
                           Optional<String> document) {
    /**
     * Validates the parts.
     *
     * @throws InvalidValueException if the quantity is not in the service's unit
     */
    public BilledVolume {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(issuedIn, "issuedIn");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(document, "document");
        if (quantity.unit() != service.unit()) {
            throw new InvalidValueException(ErrorCode.BILLED_LINE_INVALID, "account " + account, period.atDay(1),
                    "billed quantity " + quantity + " is not in " + service.unit(), "billed.unit");
        }
    }

    /** An original line of {@code period}, issued in it, with no document. */
    public static BilledVolume original(AccountId account, Resource service, YearMonth period, Register register,
                                        boolean increasingCoefficient, Quantity quantity) {
        return new BilledVolume(account, service, period, register, increasingCoefficient, ChargeKind.CONSUMPTION,
                period, quantity, Optional.empty());
    }

    /** Whether this is a correction line. */
    public boolean isCorrection() {
        return kind == ChargeKind.CORRECTION;
    }
}
