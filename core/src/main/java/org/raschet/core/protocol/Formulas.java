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

    private static final Symbol VD = new Symbol("Vd", "объём за дни части", "volume of the days of the part");
    private static final Symbol M_DAYS = new Symbol("m", "число дней интервала между показаниями",
            "days in the interval between readings");
    private static final Symbol C1 = new Symbol("c1", "число дней до начала части (нарастающим итогом)",
            "cumulative days before the part");
    private static final Symbol C2 = new Symbol("c2", "число дней до конца части (нарастающим итогом)",
            "cumulative days through the end of the part");
    private static final Symbol N_MONTH = new Symbol("n", "число дней в расчётном периоде (месяце)",
            "days in the billing period (month)");
    private static final Symbol A_AVG = new Symbol("A", "среднемесячный объём потребления",
            "average monthly volume");
    private static final Symbol S_SUM = new Symbol("S", "сумма объёмов", "sum of volumes");
    private static final Symbol SP = new Symbol("Sp", "сумма предыдущих частей", "sum of the earlier parts");
    private static final Symbol K_MONTHS = new Symbol("k", "число месяцев усреднения", "months averaged");
    private static final Symbol R_RES = new Symbol("r", "число проживающих", "residents");
    private static final Symbol N_NORM = new Symbol("N", "норматив потребления на одного человека в месяц",
            "normative per resident per month");
    private static final Symbol DV = new Symbol("dV", "объём перерасчёта", "correction volume");
    private static final Symbol VK = new Symbol("Vk", "объём за период по известным сейчас данным",
            "volume of the period as known now");
    private static final Symbol VB = new Symbol("Vb", "объём, выставленный ранее", "volume billed before");
    private static final Symbol E_EXP = new Symbol("E", "ожидаемый объём по истории потребления",
            "expected volume by the consumption history");
    private static final Symbol N_HIST = new Symbol("nh", "число дней истории", "days of history");
    private static final Symbol Q_PCT = new Symbol("q", "отношение объёма к ожидаемому, %",
            "volume relative to the expected, %");
    private static final Symbol F_FLOOR = new Symbol("F", "минимально ожидаемый объём", "floor volume");
    private static final Symbol F_RATE = new Symbol("f", "минимальный объём в сутки на единицу",
            "floor per day per unit");
    private static final Symbol U_BASE = new Symbol("u", "база нормы: человеко-дни или м²·дни",
            "floor base: person-days or m²·days");

    /**
     * The days c1+1 … c2 of an interval of m days between two readings with volume V, spread by cumulative
     * rounding: Vd = round(V·c2/m, 6) − round(V·c1/m, 6) (LEGAL §2: equal daily weights, exact sum).
     */
    public static final Formula CONSUMPTION_DAYS_SHARE = new Formula("consumption.days-share", "Vd",
            "round(V * c2 / m, 6) - round(V * c1 / m, 6)",
            "Доля объёма интервала между показаниями, приходящаяся на дни периода",
            "Share of an interval's volume falling on the days of the period",
            LegalRefs.POLICY_PER_DAY, List.of(VD, V, C2, C1, M_DAYS));

    /** A running sum of the parts of a period (or of months averaged): S = Sp + Vd. */
    public static final Formula VOLUME_RUNNING_SUM = new Formula("consumption.running-sum", "S", "Sp + Vd",
            "Объём нарастающим итогом", "Running total of the volume",
            LegalRefs.RULES_354_P37, List.of(S_SUM, SP, VD));

    /**
     * Average monthly volume (354 p.59): the actual volume of k full calendar months preceding the gap, divided by
     * k and rounded half-up to 10⁻⁶: A = round(S / k, 6).
     */
    public static final Formula FORECAST_AVERAGE = new Formula("forecast.average", "A", "round(S / k, 6)",
            "Среднемесячный объём потребления по показаниям прибора учёта",
            "Average monthly volume by the meter's readings",
            LegalRefs.RULES_354_P59, List.of(A_AVG, S_SUM, K_MONTHS));

    /**
     * The days c1+1 … c2 of a month of n days billed by the average monthly volume A:
     * Vd = round(A·c2/n, 6) − round(A·c1/n, 6); a full month gets A exactly (354 p.59).
     */
    public static final Formula FORECAST_DAYS_SHARE = new Formula("forecast.days-share", "Vd",
            "round(A * c2 / n, 6) - round(A * c1 / n, 6)",
            "Объём по среднемесячному за дни периода", "Volume by the monthly average for the days of the period",
            LegalRefs.RULES_354_P59, List.of(VD, A_AVG, C2, C1, N_MONTH));

    /**
     * The days c1+1 … c2 of a month of n days billed by the normative N per resident with r residents:
     * Vd = r × (round(N·c2/n, 6) − round(N·c1/n, 6)) (354 p.42, App. 2, formula 4; p.60).
     */
    public static final Formula NORMATIVE_DAYS_SHARE = new Formula("normative.days-share", "Vd",
            "r * (round(N * c2 / n, 6) - round(N * c1 / n, 6))",
            "Объём по нормативу потребления за дни периода", "Volume by the normative for the days of the period",
            LegalRefs.RULES_354_P42_F4, List.of(VD, R_RES, N_NORM, C2, C1, N_MONTH));

    /** Correction of a period: dV = Vk − Vb, the period as known now minus what was billed (354 p.61). */
    public static final Formula CORRECTION_VOLUME = new Formula("correction.volume", "dV", "Vk - Vb",
            "Объём перерасчёта за период", "Correction volume of the period",
            LegalRefs.RULES_354_P61, List.of(DV, VK, VB));

    /** Expected volume of an interval of m days by the daily rate of nh days of history: E = round(S·m/nh, 6). */
    public static final Formula ANOMALY_EXPECTED = new Formula("anomaly.expected", "E", "round(S * m / nh, 6)",
            "Ожидаемый объём интервала по истории потребления", "Expected volume of the interval by its history",
            LegalRefs.POLICY_ANOMALY, List.of(E_EXP, S_SUM, M_DAYS, N_HIST));

    /** The interval's volume relative to the expected, in percent: q = round(V·100/E, 2). */
    public static final Formula ANOMALY_RATIO = new Formula("anomaly.ratio", "q", "round(V * 100 / E, 2)",
            "Отношение объёма интервала к ожидаемому", "Volume of the interval relative to the expected",
            LegalRefs.POLICY_ANOMALY, List.of(Q_PCT, V, E_EXP));

    /** Floor volume of an interval: F = round(f × u, 6), u in person-days or m²·days. */
    public static final Formula ANOMALY_FLOOR = new Formula("anomaly.floor", "F", "round(f * u, 6)",
            "Минимально ожидаемый объём интервала", "Floor volume of the interval",
            LegalRefs.POLICY_ANOMALY, List.of(F_FLOOR, F_RATE, U_BASE));

    private static final Symbol W_TOTAL = new Symbol("W", "сумма весов суточного профиля за интервал",
            "total daily-profile weight of the interval");
    private static final Symbol W1 = new Symbol("W1", "сумма весов дней до начала части (нарастающим итогом)",
            "cumulative weight of the days before the part");
    private static final Symbol W2 = new Symbol("W2", "сумма весов дней до конца части (нарастающим итогом)",
            "cumulative weight through the end of the part");

    /**
     * The days of an interval between two readings with volume V spread by a daily profile: with W the interval's
     * total weight and W1, W2 the cumulative weights before and through the part,
     * Vd = round(V·W2/W, 6) − round(V·W1/W, 6) (LEGAL §2: a profile instead of equal weights; exact sum, every
     * span within 10⁻⁶ of its weighted share).
     */
    public static final Formula CONSUMPTION_DAYS_WEIGHTED_SHARE = new Formula("consumption.days-weighted-share",
            "Vd", "round(V * W2 / W, 6) - round(V * W1 / W, 6)",
            "Доля объёма интервала между показаниями, приходящаяся на дни периода, по суточному профилю",
            "Share of an interval's volume falling on the days of the period, by the daily profile",
            LegalRefs.POLICY_PER_DAY_PROFILE, List.of(VD, V, W2, W1, W_TOTAL));

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
