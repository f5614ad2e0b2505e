package org.raschet.tariffs.pricing;

import org.raschet.core.ledger.ChargeKind;

/**
 * On what basis the per-day engine determined a day's quantity (основание объёма): it decides the kind of the
 * charge line and whether the increasing coefficient multiplies its money.
 */
public enum PricingBasis {
    /** By the meter's readings (354 p.42, App. 2, formula 1). */
    METERED(ChargeKind.CONSUMPTION, false, "по показаниям прибора учёта", "by meter readings"),
    /** By the average monthly volume while readings are missing (354 p.59). */
    FORECAST(ChargeKind.CONSUMPTION, false, "по среднемесячному объёму (п. 59 Правил № 354)",
            "by the average monthly volume (354 p.59)"),
    /** By the normative without the increasing coefficient (354 p.60, case b; or no meter can be installed). */
    NORMATIVE(ChargeKind.NORMATIVE, false, "по нормативу без повышающего коэффициента",
            "by the normative without the increasing coefficient"),
    /** By the normative with the increasing coefficient (354 App. 2, formula 4; p.60, cases a and c; p.60(3)). */
    NORMATIVE_INCREASED(ChargeKind.NORMATIVE, true, "по нормативу с повышающим коэффициентом",
            "by the normative with the increasing coefficient");

    private final ChargeKind kind;
    private final boolean increased;
    private final String ru;
    private final String en;

    PricingBasis(ChargeKind kind, boolean increased, String ru, String en) {
        this.kind = kind;
        this.increased = increased;
        this.ru = ru;
        this.en = en;
    }

    /** The kind of the charge lines of such days. */
    public ChargeKind kind() {
        return kind;
    }

    /** Whether the increasing coefficient multiplies the money of such days. */
    public boolean increased() {
        return increased;
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
