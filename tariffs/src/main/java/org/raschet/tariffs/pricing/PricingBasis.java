package org.raschet.tariffs.pricing;

import org.raschet.core.consumption.CoefficientClass;
import org.raschet.core.ledger.ChargeKind;

/**
 * On what basis the per-day engine determined a day's quantity (основание объёма): it decides the kind of the
 * charge line and which coefficient, if any, multiplies its money (its {@link CoefficientClass}).
 */
public enum PricingBasis {
    /** By the meter's readings (354 p.42, App. 2, formula 1). */
    METERED(ChargeKind.CONSUMPTION, CoefficientClass.NONE, "по показаниям прибора учёта", "by meter readings"),
    /** By the average monthly volume while readings are missing (354 p.59). */
    FORECAST(ChargeKind.CONSUMPTION, CoefficientClass.NONE, "по среднемесячному объёму (п. 59 Правил № 354)",
            "by the average monthly volume (354 p.59)"),
    /** By the normative without the increasing coefficient (354 p.60, case b; or no meter can be installed). */
    NORMATIVE(ChargeKind.NORMATIVE, CoefficientClass.NONE, "по нормативу без повышающего коэффициента",
            "by the normative without the increasing coefficient"),
    /** By the normative with the increasing coefficient (354 App. 2, formula 4; p.60, cases a and c). */
    NORMATIVE_INCREASED(ChargeKind.NORMATIVE, CoefficientClass.INCREASING, "по нормативу с повышающим коэффициентом",
            "by the normative with the increasing coefficient"),
    /**
     * By the normative with the coefficient 1.5 for two refused accesses to install or check an electricity meter,
     * from the period of the second refusal act (354 p.60(3); LEGAL §3) — its own rule, not the increasing
     * coefficient of formula 4.
     */
    NORMATIVE_REFUSAL(ChargeKind.NORMATIVE, CoefficientClass.REPEATED_REFUSAL,
            "по нормативу с коэффициентом 1,5 за повторный недопуск к прибору учёта (п. 60(3) Правил № 354)",
            "by the normative with the coefficient 1.5 for repeated refusal of access to the meter (354 p.60(3))");

    private final ChargeKind kind;
    private final CoefficientClass coefficientClass;
    private final String ru;
    private final String en;

    PricingBasis(ChargeKind kind, CoefficientClass coefficientClass, String ru, String en) {
        this.kind = kind;
        this.coefficientClass = coefficientClass;
        this.ru = ru;
        this.en = en;
    }

    /** The basis of a normative volume of this coefficient class. */
    public static PricingBasis normative(CoefficientClass coefficientClass) {
        return switch (coefficientClass) {
            case NONE -> NORMATIVE;
            case INCREASING -> NORMATIVE_INCREASED;
            case REPEATED_REFUSAL -> NORMATIVE_REFUSAL;
        };
    }

    /** Which coefficient multiplies the money of such days: none, the increasing one, or that of p.60(3). */
    public CoefficientClass coefficientClass() {
        return coefficientClass;
    }

    /** The kind of the charge lines of such days. */
    public ChargeKind kind() {
        return kind;
    }

    /** Whether the increasing coefficient (354 App. 2, formula 4) multiplies the money of such days. */
    public boolean increased() {
        return coefficientClass == CoefficientClass.INCREASING;
    }

    /** Whether the coefficient for repeated refusal of access (354 p.60(3)) multiplies the money of such days. */
    public boolean refusal() {
        return coefficientClass == CoefficientClass.REPEATED_REFUSAL;
    }

    /** Russian description. */
    public String nameRu() {
        return ru;
    }

    /** English description. */
    public String nameEn() {
        return en;
    }
}
