package org.raschet.core.error;

/**
 * Stable error codes for integrators. The {@link #code()} string never changes once released;
 * new faults get new codes.
 */
public enum ErrorCode {
    /** A value is outside its allowed range (negative area, zero ratio, …). */
    VALUE_OUT_OF_RANGE("RASCHET-VALUE-RANGE"),
    /** A value has more precision than its type keeps (e.g. finer than 10⁻⁶ of a unit). */
    VALUE_TOO_PRECISE("RASCHET-VALUE-PRECISION"),
    /** A unit or currency code is not known. */
    VALUE_UNKNOWN_UNIT("RASCHET-VALUE-UNIT"),
    /** Two values of different units or currencies were combined. */
    VALUE_UNIT_MISMATCH("RASCHET-VALUE-UNIT-MISMATCH"),
    /** Arithmetic would overflow its exact representation. */
    VALUE_OVERFLOW("RASCHET-VALUE-OVERFLOW"),
    /** A text could not be parsed into a value. */
    VALUE_UNPARSEABLE("RASCHET-VALUE-PARSE"),
    /** A reading dated before the meter's installation or after its removal. */
    READING_OUTSIDE_SERVICE("RASCHET-READING-SERVICE"),
    /** A reading beyond the register's digit capacity. */
    READING_BEYOND_CAPACITY("RASCHET-READING-CAPACITY"),
    /** Two readings of one register, date and source with different values. */
    READING_CONFLICT("RASCHET-READING-CONFLICT"),
    /** A reading below the previous one with no rollover, replacement or overrule to explain it. */
    READING_DECREASE("RASCHET-READING-DECREASE"),
    /** A reading of a register the meter does not have, or of another meter. */
    READING_UNKNOWN_REGISTER("RASCHET-READING-REGISTER"),
    /** A reading that became known before the date it was taken. */
    READING_KNOWN_BEFORE_TAKEN("RASCHET-READING-KNOWN"),
    /** A meter whose own data are inconsistent (removal before installation, …). */
    METER_INVALID("RASCHET-METER-INVALID"),
    /** A policy needs an input that was not given (a normative, a calendar, …). */
    POLICY_INPUT_MISSING("RASCHET-POLICY-INPUT"),
    /** An effective-dated schedule has no value for a day it is asked about. */
    SCHEDULE_GAP("RASCHET-SCHEDULE-GAP"),
    /** A premise or account whose own data are inconsistent. */
    ACCOUNT_INVALID("RASCHET-ACCOUNT-INVALID"),
    /**
     * A protocol step that cannot be re-evaluated: its expression does not parse, names an unknown function or a
     * symbol with no input, divides by zero, or its result is under another symbol than the formula's.
     */
    PROTOCOL_INVALID("RASCHET-PROTOCOL-INVALID"),
    /** The registers of a zoned meter disagree: some measured or forecast, others by the normative, on one day. */
    READING_ZONES_INCOMPLETE("RASCHET-READING-ZONES"),
    /** A billed line that cannot be compared: another account or service, or a period outside the range. */
    BILLED_LINE_INVALID("RASCHET-BILLED-LINE"),
    /** Meters of one metering point whose service periods overlap. */
    METER_OVERLAP("RASCHET-METER-OVERLAP"),
    /** A payment with a negative amount (a refund is its own kind of entry, not a negative payment). */
    PAYMENT_NEGATIVE("RASCHET-PAYMENT-NEGATIVE"),
    /** A payment in a currency other than the account's. */
    PAYMENT_CURRENCY("RASCHET-PAYMENT-CURRENCY"),
    /** A payment dated before the account was opened. */
    PAYMENT_BEFORE_ACCOUNT_OPENED("RASCHET-PAYMENT-BEFORE-OPENING"),
    /** A payment of another account, or two payments with one identifier. */
    PAYMENT_INVALID("RASCHET-PAYMENT-INVALID"),
    /** A ledger whose charges cannot form obligations (another account or currency, a negative total). */
    LEDGER_INVALID("RASCHET-LEDGER-INVALID"),
    /** A rate schedule (key rates, rate rules) with a gap or an overlap between its entries. */
    RATE_SCHEDULE_GAP("RASCHET-RATE-SCHEDULE-GAP"),
    /** A supply network whose nodes form a cycle. */
    NETWORK_CYCLE("RASCHET-NETWORK-CYCLE"),
    /** A network node (e.g. a premise) listed under two parents. */
    NETWORK_MULTIPLE_PARENTS("RASCHET-NETWORK-PARENTS"),
    /** A network node referred to (as a child, or by a volume) that is not declared. */
    NETWORK_UNKNOWN_NODE("RASCHET-NETWORK-UNKNOWN-NODE"),
    /** A node meter on a network node that has no children to balance against. */
    NETWORK_METER_WITHOUT_CHILDREN("RASCHET-NETWORK-METER-LEAF"),
    /** A network whose structure is inconsistent (a node declared twice, a premise with children, …). */
    NETWORK_INVALID("RASCHET-NETWORK-INVALID"),
    /** Areas of a house that cannot be shared by: a zero total, a premise above the declared total. */
    NETWORK_AREA_INVALID("RASCHET-NETWORK-AREA"),
    /** A volume a network calculation needs for a node (its meter, a premise) that was not given. */
    NETWORK_VOLUME_MISSING("RASCHET-NETWORK-VOLUME"),
    /** Two periods of one tariff or norm schedule both cover a billed day. */
    TARIFF_OVERLAP("RASCHET-TARIFF-OVERLAP"),
    /** A tariff price that is not positive, or of another unit or currency than its schedule. */
    TARIFF_PRICE_INVALID("RASCHET-TARIFF-PRICE"),
    /** A zone price without its register, a register without its price, or zones that cannot be matched. */
    TARIFF_ZONE_MISMATCH("RASCHET-TARIFF-ZONE"),
    /** A social norm, volume band or consumption normative is missing for a billed month. */
    NORM_MISSING("RASCHET-NORM-MISSING");

    private final String code;

    ErrorCode(String code) {
        this.code = code;
    }

    /** The stable code, e.g. {@code RASCHET-READING-DECREASE}. */
    public String code() {
        return code;
    }
}
