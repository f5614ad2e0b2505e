package org.raschet.core.consumption;

import org.raschet.core.protocol.LegalRef;
import org.raschet.core.protocol.LegalRefs;

/**
 * Why a day has no actual volume by readings, which selects the rule that replaces it (354 p.59, p.60; LEGAL §3).
 */
public enum ForecastCase {
    /**
     * 354 p.59(a): the meter failed, was found with a broken seal, was removed (or lost), or its verification
     * interval expired (p.81(12)); counted from the day after the act, at most the policy's limit, then the
     * normative with the increasing coefficient (p.60).
     */
    OUT_OF_ORDER("п. 59(а)", "p. 59(a)", LegalRefs.RULES_354_P59_A),
    /**
     * 354 p.59(b): the consumer gave no readings; counted from the first billing period after the month of the
     * last accepted reading, at most the policy's limit, then the normative without the coefficient (p.60).
     */
    NO_READINGS("п. 59(б)", "p. 59(b)", LegalRefs.RULES_354_P59_B),
    /**
     * 354 p.59(c): access for the supplier's check was refused; counted from the day after the refusal act, at
     * most the policy's limit, then the normative with the coefficient (p.60(1)).
     */
    NO_ACCESS("п. 59(в)", "p. 59(c)", LegalRefs.RULES_354_P59_C),
    /**
     * 354 p.59(г): a household electricity meter the supplier must replace (Federal Law No. 522-ФЗ) failed or its
     * verification expired: the average until the new meter is in service, with no period limit.
     */
    SUPPLIER_REPLACEMENT("п. 59(г)", "p. 59(g)", LegalRefs.RULES_354_P59_G),
    /** No meter has ever been in service for the account's service: the normative (354 p.42, App. 2, formula 4). */
    NO_METER("п. 42, формула 4", "p. 42, formula 4", LegalRefs.RULES_354_P42_F4),
    /**
     * 354 p.60(3) (LEGAL §3): the consumer twice refused access to install or check an electricity meter: the
     * normative, priced with the coefficient 1.5 ({@link CoefficientClass#REPEATED_REFUSAL}), from the first day of
     * the billing period of the second refusal act until access is given (a check, an installation, or an act of
     * access granted). It replaces readings, the average and the other cases on those days.
     */
    REPEATED_REFUSAL("п. 60(3)", "p. 60(3)", LegalRefs.RULES_354_P60_3);

    private final String ru;
    private final String en;
    private final LegalRef source;

    ForecastCase(String ru, String en, LegalRef source) {
        this.ru = ru;
        this.en = en;
        this.source = source;
    }

    /** The point of 354 in Russian, e.g. {@code "п. 59(б)"}. */
    public String pointRu() {
        return ru;
    }

    /** The point of 354 in English, e.g. {@code "p. 59(b)"}. */
    public String pointEn() {
        return en;
    }

    /** The legal source. */
    public LegalRef source() {
        return source;
    }
}
