package org.raschet.core.protocol;

import java.util.List;

/**
 * The formula catalogue: every formula a Raschet protocol step can cite, with its symbols, Russian and English
 * titles and legal source, in one place.
 */
public final class Formulas {
    private Formulas() {
    }

    private static final Symbol V = new Symbol("V", "объём потребления", "volume consumed");
    private static final Symbol R1 = new Symbol("R1", "предыдущее показание", "earlier reading");
    private static final Symbol R2 = new Symbol("R2", "последующее показание", "later reading");
    private static final Symbol K = new Symbol("k", "коэффициент трансформации тока", "current transformer ratio");
    private static final Symbol C = new Symbol("C", "ёмкость счётного механизма (10^n)", "register capacity (10^n)");
    private static final Symbol T = new Symbol("T", "тариф", "tariff");
    private static final Symbol P = new Symbol("P", "размер платы", "charge");

    /** Volume of a register between two readings: V = (R2 − R1) × k (354 App. 2, formula 1). */
    public static final Formula CONSUMPTION_INTERVAL = new Formula("consumption.interval", "V", "(R2 - R1) * k",
            "Объём потребления по показаниям прибора учёта",
            "Volume consumed by meter readings",
            LegalRefs.RULES_354_P42_F1, List.of(V, R2, R1, K));

    /**
     * Volume of a register that rolled over between two readings: V = (R2 + C − R1) × k, C = 10^n for an n-digit
     * register (354 App. 2, formula 1; rollover accepted by policy).
     */
    public static final Formula CONSUMPTION_ROLLOVER = new Formula("consumption.rollover", "V", "(R2 + C - R1) * k",
            "Объём потребления с переходом счётного механизма через ноль",
            "Volume consumed across a register rollover",
            LegalRefs.RULES_354_P42_F1, List.of(V, R2, C, R1, K));

    /** Charge by a meter: P = V × T rounded to kopecks once per line (354 p.42, App. 2, formula 1). */
    public static final Formula CHARGE_BY_METER = new Formula("charge.by-meter", "P", "round(V * T, 2)",
            "Плата за коммунальную услугу по показаниям прибора учёта",
            "Charge for the utility service by meter readings",
            LegalRefs.RULES_354_P42_F1, List.of(P, V, T));

    private static final List<Formula> ALL = collect();

    /** Every formula of the catalogue (each public constant of this class), for look-up by id. */
    public static List<Formula> all() {
        return ALL;
    }

    /** The formula with this id, if the catalogue has it. */
    public static java.util.Optional<Formula> find(String id) {
        return ALL.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    private static List<Formula> collect() {
        List<Formula> out = new java.util.ArrayList<>();
        for (java.lang.reflect.Field f : Formulas.class.getFields()) {
            if (f.getType() == Formula.class && java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                try {
                    out.add((Formula) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        out.sort(java.util.Comparator.comparing(Formula::id));
        return List.copyOf(out);
    }
}
