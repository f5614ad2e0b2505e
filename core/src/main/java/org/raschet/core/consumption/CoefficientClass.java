package org.raschet.core.consumption;

/**
 * The class of a normative volume for pricing (класс коэффициента): whether the money for it is multiplied by a
 * coefficient, and by which rule. Consumption keeps the kWh or m³ exact (n × N); the coefficient multiplies the
 * normative charge (LEGAL §5), so pricing needs to know the class of every day, and recalculation keeps one line
 * per class.
 */
public enum CoefficientClass {
    /** No coefficient: readings, the average, or the normative without it (354 p.60 in case (b)). */
    NONE("без коэффициента", "no coefficient"),
    /**
     * The increasing coefficient (повышающий коэффициент) of 354 App. 2, formula 4 (1.5 since 2017): the normative
     * without a meter, or after the limits of p.59 in cases (a) and (c) (p.60).
     */
    INCREASING("с повышающим коэффициентом (Правила № 354, п. 60; прил. 2, формула 4)",
            "with the increasing coefficient (Rules No. 354, p. 60; App. 2, formula 4)"),
    /**
     * The coefficient 1.5 for two refused accesses to install or check an electricity meter, from the period of
     * the second refusal act (354 p.60(3); LEGAL §3); see {@link ForecastPolicy#REPEATED_REFUSAL_COEFFICIENT}.
     */
    REPEATED_REFUSAL("с коэффициентом 1,5 за повторный недопуск к прибору учёта (Правила № 354, п. 60(3))",
            "with the coefficient 1.5 for repeated refusal of access to the meter (Rules No. 354, p. 60(3))");

    private final String ru;
    private final String en;

    CoefficientClass(String ru, String en) {
        this.ru = ru;
        this.en = en;
    }

    /** The class of a volume with these flags (at most one may be set). */
    public static CoefficientClass of(boolean increasingCoefficient, boolean refusalCoefficient) {
        if (increasingCoefficient && refusalCoefficient) {
            throw new IllegalArgumentException("a volume has either the increasing coefficient or the coefficient"
                    + " for repeated refusal (354 p.60(3)), not both");
        }
        return increasingCoefficient ? INCREASING : refusalCoefficient ? REPEATED_REFUSAL : NONE;
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
