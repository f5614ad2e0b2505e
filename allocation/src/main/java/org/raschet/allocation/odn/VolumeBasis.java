package org.raschet.allocation.odn;

/** How a volume was obtained: measured by a meter, forecast (average, 354 p.59), or by the normative (354 p.60). */
public enum VolumeBasis {
    /** Measured (по показаниям прибора учёта). */
    MEASURED("по показаниям", "measured"),
    /** Forecast from the average (по среднему, 354 p.59). */
    FORECAST("по среднему", "forecast"),
    /** By the normative (по нормативу, 354 p.60). */
    NORMATIVE("по нормативу", "by normative");

    private final String ru;
    private final String en;

    VolumeBasis(String ru, String en) {
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
