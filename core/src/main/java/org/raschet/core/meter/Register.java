package org.raschet.core.meter;

/**
 * A register of a meter: the whole day, or one tariff zone (442; regional tariff decisions). Two-zone: day
 * 07:00–23:00 and night 23:00–07:00. Three-zone: peak 07–10 and 17–21, semi-peak 10–17 and 21–23, night 23–07.
 */
public enum Register {
    /** The whole day (single-rate), T. */
    TOTAL("T", "сутки", "total"),
    /** Day zone of a two-zone meter, T1. */
    DAY("T1", "день", "day"),
    /** Night zone (two- and three-zone meters), T2. */
    NIGHT("T2", "ночь", "night"),
    /** Peak zone of a three-zone meter, T1. */
    PEAK("T1p", "пик", "peak"),
    /** Semi-peak zone of a three-zone meter, T3. */
    SEMI_PEAK("T3", "полупик", "semi-peak");

    private final String code;
    private final String ru;
    private final String en;

    Register(String code, String ru, String en) {
        this.code = code;
        this.ru = ru;
        this.en = en;
    }

    /** Short label as printed on meters. */
    public String code() {
        return code;
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
