package org.raschet.core.ledger;

/** What a charge line bills. */
public enum ChargeKind {
    /** Consumption measured by a meter, or forecast from its history (354 p.42, p.59). */
    CONSUMPTION("потребление", "consumption"),
    /** Consumption by the normative, with or without the increasing coefficient (354 p.42, p.60). */
    NORMATIVE("по нормативу", "by normative"),
    /** The premise's share of common-house needs (ОДН, КР на СОИ; 354 p.44). */
    COMMON_HOUSE("ОДН", "common-house needs"),
    /** A sanction: unauthorised connection or interference with a meter (354 p.62, p.81(11)). */
    SANCTION("доначисление", "sanction"),
    /** A correction of a period billed before (перерасчёт). */
    CORRECTION("перерасчёт", "correction");

    private final String ru;
    private final String en;

    ChargeKind(String ru, String en) {
        this.ru = ru;
        this.en = en;
    }

    /** Russian name. */
    public String nameRu() {
        return ru;
    }

    /** English name. */
    public String nameEn() {
        return en;
    }
}
