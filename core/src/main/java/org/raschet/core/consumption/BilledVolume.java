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
 * @param refusalCoefficient    whether it was the normative volume priced with the coefficient for repeated
 *                              refusal of access (354 p.60(3)); never together with {@code increasingCoefficient}
 */
public record BilledVolume(AccountId account, Resource service, YearMonth period, Register register,
                           boolean increasingCoefficient, ChargeKind kind, YearMonth issuedIn, Quantity quantity,
                           Optional<String> document, boolean refusalCoefficient) {
    /**
     * Validates the parts.
     *
     * @throws InvalidValueException if the quantity is not in the service's unit, or both coefficients are set
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
        if (increasingCoefficient && refusalCoefficient) {
            throw new InvalidValueException(ErrorCode.BILLED_LINE_INVALID, "account " + account, period.atDay(1),
                    "billed line of " + quantity + " has both the increasing coefficient and the coefficient for"
                            + " repeated refusal", "billed.one-coefficient-class");
        }
    }

    /** A line with no part under the coefficient for repeated refusal (the form before 354 p.60(3)). */
    public BilledVolume(AccountId account, Resource service, YearMonth period, Register register,
                        boolean increasingCoefficient, ChargeKind kind, YearMonth issuedIn, Quantity quantity,
                        Optional<String> document) {
        this(account, service, period, register, increasingCoefficient, kind, issuedIn, quantity, document, false);
    }

    /** An original line of {@code period} in {@code coefficientClass}, issued in it, with no document. */
    public static BilledVolume original(AccountId account, Resource service, YearMonth period, Register register,
                                        CoefficientClass coefficientClass, Quantity quantity) {
        return new BilledVolume(account, service, period, register,
                coefficientClass == CoefficientClass.INCREASING, ChargeKind.CONSUMPTION, period, quantity,
                Optional.empty(), coefficientClass == CoefficientClass.REPEATED_REFUSAL);
    }

    /** The coefficient class of the line. */
    public CoefficientClass coefficientClass() {
        return CoefficientClass.of(increasingCoefficient, refusalCoefficient);
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
