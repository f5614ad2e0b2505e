package org.raschet.core.consumption;

/** What became of an input reading in a calculation: every reading gets one, none is dropped silently. */
public enum ReadingStatus {
    /** Used: it bounds an interval, or opens one. */
    ACCEPTED("принято", "accepted"),
    /** Same day and value as an accepted reading of another source or knowledge date: redundant, agrees. */
    DUPLICATE("совпадает с принятым", "duplicate of an accepted reading"),
    /**
     * Overruled by a reading of a higher rank (a control reading, LEGAL §4; 354 p.61, p.82–85): it contradicts it,
     * e.g. it is higher than a later control reading, or differs from it on the same day.
     */
    OVERRULED("отклонено контрольным (более приоритетным) показанием", "overruled by a higher-ranked reading"),
    /**
     * Superseded on the same day by a reading of the same rank known later (the consumer corrected it).
     */
    SUPERSEDED("заменено более поздним показанием того же дня", "superseded by a later reading of the same day"),
    /** Taken while the meter was out of order (354 p.81(12)): not a basis for billing. */
    METER_OUT_OF_ORDER("прибор учёта неисправен", "meter out of order"),
    /** A consumer reading taken while access for a check was refused (354 p.59(c), p.85). */
    ACCESS_REFUSED("отказ в допуске для проверки", "access for a check refused"),
    /** Not yet known on the as-known-on date. */
    NOT_YET_KNOWN("ещё не известно", "not yet known");

    private final String ru;
    private final String en;

    ReadingStatus(String ru, String en) {
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
