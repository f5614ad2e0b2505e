package org.raschet.allocation.payment;

/** Which part of an obligation a payment covered. */
public enum AppliedPart {
    /** The principal (основной долг). */
    PRINCIPAL("основной долг", "principal"),
    /** Penalties billed on it (пени), covered after the principal. */
    PENALTY("пени", "penalty");

    private final String ru;
    private final String en;

    AppliedPart(String ru, String en) {
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
