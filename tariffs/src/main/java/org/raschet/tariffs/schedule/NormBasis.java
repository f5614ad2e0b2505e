package org.raschet.tariffs.schedule;

/** What a monthly norm is counted for: the whole premise, or each resident (норма на помещение / на человека). */
public enum NormBasis {
    /** One value for the premise (household), whatever the number of residents. */
    PER_PREMISE("на помещение", "per premise"),
    /** A value per resident, multiplied by the residents of each day. */
    PER_RESIDENT("на человека", "per resident");

    private final String ru;
    private final String en;

    NormBasis(String ru, String en) {
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
