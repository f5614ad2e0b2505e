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
    // Tariffs (issue 4): normative, social-norm blocks, zones, sanctions, corrections.
    private static final Symbol N_RES = new Symbol("n", "число проживающих", "residents");
    private static final Symbol N_NORMATIVE = new Symbol("N", "норматив потребления в месяц на человека",
            "normative consumption per person per month");
    private static final Symbol N_BLOCK_NORM = new Symbol("N", "месячная норма (блок, диапазон)",
            "monthly norm (block, band)");
    private static final Symbol D_MONTH = new Symbol("D", "дней в месяце", "days in the month");
    private static final Symbol S_DAY = new Symbol("s", "дней месяца до начала отрезка", "days of the month before the span");
    private static final Symbol E_DAY = new Symbol("e", "дней месяца до конца отрезка включительно",
            "days of the month up to the span's end");
    private static final Symbol K_INC = new Symbol("K", "повышающий коэффициент", "increasing coefficient");
    private static final Symbol L = new Symbol("L", "норма (верхняя граница блока) за дни отрезка",
            "norm (upper limit of the block) for the span's days");
    private static final Symbol L_PREV = new Symbol("Lp", "нижняя граница блока за дни отрезка",
            "lower limit of the block for the span's days");
    private static final Symbol B = new Symbol("B", "объём блока", "volume of the block");
    private static final Symbol B_ZONE = new Symbol("Bz", "объём блока в зоне", "volume of the block in the zone");
    private static final Symbol C_CUM = new Symbol("C", "накопленный вес по эту зону включительно",
            "cumulative weight up to this zone");
    private static final Symbol C_PREV = new Symbol("Cp", "накопленный вес до этой зоны", "cumulative weight before this zone");
    private static final Symbol R_LEFT = new Symbol("R", "нераспределённый объём всех зон", "volume of all zones not yet assigned");
    private static final Symbol R_ZONE = new Symbol("Rz", "нераспределённый объём зоны", "volume of the zone not yet assigned");
    private static final Symbol W_SUM = new Symbol("W", "сумма весов зон", "sum of the zones' weights");
    private static final Symbol V_ZONE = new Symbol("Vz", "объём зоны", "volume of the zone");
    private static final Symbol V_A = new Symbol("Va", "объём первой зоны", "volume of the first zone");
    private static final Symbol V_B = new Symbol("Vb", "объём второй зоны", "volume of the second zone");
    private static final Symbol V_C = new Symbol("Vc", "объём третьей зоны", "volume of the third zone");
    private static final Symbol PW = new Symbol("Pw", "номинальная мощность оборудования", "nominal power of the equipment");
    private static final Symbol H_DAY = new Symbol("h", "часов работы в сутки", "hours of operation per day");
    private static final Symbol D_DAYS = new Symbol("d", "дней", "days");
    private static final Symbol DP = new Symbol("dP", "сумма перерасчёта", "amount of the correction");
    private static final Symbol P_NEW = new Symbol("Pn", "начислено заново", "re-billed amount");
    private static final Symbol P_BILLED = new Symbol("Pb", "начислено ранее", "amount billed before");
    private static final Symbol DV_LINE = new Symbol("dV", "объём перерасчёта", "volume of the correction");
    private static final Symbol V_NEW = new Symbol("Vn", "объём заново", "re-billed volume");
    private static final Symbol V_BILLED = new Symbol("Vb", "объём начисленный ранее", "volume billed before");

    /**
     * Volume by the normative for the days {@code s+1 … e} of a month of {@code D} days (354 App. 2, formula 4):
     * V = n × (round(N × e / D, 6) − round(N × s / D, 6)); a full month gives exactly n × N, and its days carry an
     * exact split of it.
     */
    public static final Formula NORMATIVE_VOLUME = new Formula("normative.volume", "V",
            "n * (round(N * e / D, 6) - round(N * s / D, 6))",
            "Объём потребления по нормативу за дни месяца",
            "Volume by the normative for days of the month",
            LegalRefs.RULES_354_P42_F4, List.of(V, N_RES, N_NORMATIVE, E_DAY, D_MONTH, S_DAY));

    /** Charge by the normative without the increasing coefficient: P = V × T, V = n × N (354 App. 2, formula 4). */
    public static final Formula CHARGE_BY_NORMATIVE = new Formula("charge.by-normative", "P", "round(V * T, 2)",
            "Плата за коммунальную услугу по нормативу потребления",
            "Charge for the utility service by the normative",
            LegalRefs.RULES_354_P42_F4, List.of(P, V, T));

    /**
     * Charge by the normative with the increasing coefficient: P = V × K × T, V = n × N; K multiplies the money, the
     * volume stays n × N (354 App. 2, formula 4).
     */
    public static final Formula CHARGE_BY_NORMATIVE_INCREASED = new Formula("charge.by-normative-increased", "P",
            "round(V * K * T, 2)",
            "Плата по нормативу потребления с повышающим коэффициентом",
            "Charge by the normative with the increasing coefficient",
            LegalRefs.RULES_354_P42_F4, List.of(P, V, K_INC, T));

    /** A monthly norm per resident for the days {@code s+1 … e} of a month: L = n × (round(N×e/D, 6) − round(N×s/D, 6)). */
    public static final Formula NORM_PER_RESIDENT = new Formula("norm.prorated.per-resident", "L",
            "n * (round(N * e / D, 6) - round(N * s / D, 6))",
            "Социальная норма (граница блока) на проживающих за дни месяца",
            "Social norm (block limit) per resident for days of the month",
            LegalRefs.DECREE_614, List.of(L, N_RES, N_BLOCK_NORM, E_DAY, D_MONTH, S_DAY));

    /** A monthly norm per premise for the days {@code s+1 … e} of a month: L = round(N×e/D, 6) − round(N×s/D, 6). */
    public static final Formula NORM_PER_PREMISE = new Formula("norm.prorated.per-premise", "L",
            "round(N * e / D, 6) - round(N * s / D, 6)",
            "Социальная норма (граница блока) на помещение за дни месяца",
            "Social norm (block limit) per premise for days of the month",
            LegalRefs.DECREE_614, List.of(L, N_BLOCK_NORM, E_DAY, D_MONTH, S_DAY));

    /** The first block (within the social norm): B = min(V, L). */
    public static final Formula BLOCK_FIRST = new Formula("block.first", "B", "min(V, L)",
            "Объём в пределах социальной нормы (первый блок)",
            "Volume within the social norm (first block)",
            LegalRefs.DECREE_614, List.of(B, V, L));

    /** A middle block of volume bands: B = min(V, L) − min(V, Lp). */
    public static final Formula BLOCK_MIDDLE = new Formula("block.middle", "B", "min(V, L) - min(V, Lp)",
            "Объём в диапазоне между границами блока",
            "Volume of the band between the block's limits",
            LegalRefs.DECREE_614, List.of(B, V, L, L_PREV));

    /** The last block (above the social norm): B = V − min(V, Lp). */
    public static final Formula BLOCK_LAST = new Formula("block.last", "B", "V - min(V, Lp)",
            "Объём сверх социальной нормы (последний блок)",
            "Volume above the social norm (last block)",
            LegalRefs.DECREE_614, List.of(B, V, L_PREV));

    /**
     * A block's volume shared among zones in proportion to their volumes, cumulatively so the zones sum exactly:
     * Bz = round(B × C / R, 6) − round(B × Cp / R, 6).
     */
    public static final Formula BLOCK_ZONE_SHARE = new Formula("block.zone-share", "Bz",
            "round(B * C / R, 6) - round(B * Cp / R, 6)",
            "Доля блока в зоне суток пропорционально объёмам зон",
            "The zone's part of the block in proportion to the zones' volumes",
            LegalRefs.POLICY_NORM_ZONE_SPLIT, List.of(B_ZONE, B, C_CUM, R_LEFT, C_PREV));

    /** A block's volume given to the zones in their order: Bz = min(Rz, max(B − Cp, 0)). */
    public static final Formula BLOCK_ZONE_ORDER = new Formula("block.zone-order", "Bz", "min(Rz, max(B - Cp, 0))",
            "Доля блока в зоне суток по порядку зон",
            "The zone's part of the block, zones taken in order",
            LegalRefs.POLICY_NORM_ZONE_SPLIT, List.of(B_ZONE, R_ZONE, B, C_PREV));

    /** Charge for a block of a block tariff (social norm, volume band): P = V × T rounded once per line. */
    public static final Formula CHARGE_BY_BLOCK = new Formula("charge.by-block", "P", "round(V * T, 2)",
            "Плата за объём блока (в пределах или сверх социальной нормы, диапазон)",
            "Charge for the volume of a block (within or above the social norm, band)",
            LegalRefs.DECREE_614, List.of(P, V, T));

    /**
     * A volume without zone readings shared among the zones of a zoned tariff by the policy's weights, cumulatively:
     * Vz = round(V × C / W, 6) − round(V × Cp / W, 6).
     */
    public static final Formula ZONE_SHARE = new Formula("zone.share", "Vz",
            "round(V * C / W, 6) - round(V * Cp / W, 6)",
            "Объём зоны суток по долям политики", "Volume of the zone by the policy's shares",
            LegalRefs.POLICY_ZONE_SHARE, List.of(V_ZONE, V, C_CUM, W_SUM, C_PREV));

    /** Two zone volumes summed (into one zone of the tariff, or into the whole day): V = Va + Vb. */
    public static final Formula ZONE_SUM = new Formula("zone.sum", "V", "Va + Vb",
            "Сумма объёмов двух зон суток", "Sum of the volumes of two zones of the day",
            LegalRefs.ZONES_442, List.of(V, V_A, V_B));

    /** Three zone volumes summed into the whole day: V = Va + Vb + Vc. */
    public static final Formula ZONE_SUM3 = new Formula("zone.sum3", "V", "Va + Vb + Vc",
            "Сумма объёмов трёх зон суток", "Sum of the volumes of three zones of the day",
            LegalRefs.ZONES_442, List.of(V, V_A, V_B, V_C));

    /** Volume of an unauthorised connection: V = Pw × h × d, the nominal power working round the clock (354 p.62). */
    public static final Formula SANCTION_UNAUTHORISED_VOLUME = new Formula("sanction.unauthorised.volume", "V",
            "Pw * h * d",
            "Объём несанкционированного подключения: мощность × круглосуточная работа",
            "Volume of an unauthorised connection: power × round-the-clock operation",
            LegalRefs.RULES_354_P62, List.of(V, PW, H_DAY, D_DAYS));

    /** Charge for an unauthorised connection: P = V × T (354 p.62). */
    public static final Formula CHARGE_SANCTION_UNAUTHORISED = new Formula("charge.sanction.unauthorised", "P",
            "round(V * T, 2)",
            "Доначисление за несанкционированное подключение",
            "Additional charge for an unauthorised connection",
            LegalRefs.RULES_354_P62, List.of(P, V, T));

    /** Charge for an unauthorised connection where a coefficient applies: P = V × K × T (354 p.62). */
    public static final Formula CHARGE_SANCTION_UNAUTHORISED_INCREASED = new Formula(
            "charge.sanction.unauthorised-increased", "P", "round(V * K * T, 2)",
            "Доначисление за несанкционированное подключение с повышающим коэффициентом",
            "Additional charge for an unauthorised connection with a coefficient",
            LegalRefs.RULES_354_P62, List.of(P, V, K_INC, T));

    /** Charge for interference with a meter: P = V × K × T, V by the normative, K = 10 (354 p.81(11)). */
    public static final Formula CHARGE_SANCTION_INTERFERENCE = new Formula("charge.sanction.interference", "P",
            "round(V * K * T, 2)",
            "Доначисление за несанкционированное вмешательство в работу прибора учёта",
            "Additional charge for interference with a meter",
            LegalRefs.RULES_354_P81_11, List.of(P, V, K_INC, T));

    /** Amount of a correction line: dP = Pn − Pb, the period re-billed at its own prices minus what was billed. */
    public static final Formula RECALCULATION_AMOUNT = new Formula("recalculation.amount", "dP", "Pn - Pb",
            "Перерасчёт суммы: начислено заново − начислено ранее",
            "Correction of the amount: re-billed − billed before",
            LegalRefs.POLICY_RECALCULATION_OWN_TARIFF, List.of(DP, P_NEW, P_BILLED));

    /** Volume of a correction line: dV = Vn − Vb. */
    public static final Formula RECALCULATION_VOLUME = new Formula("recalculation.volume", "dV", "Vn - Vb",
            "Перерасчёт объёма: объём заново − объём ранее",
            "Correction of the volume: re-billed − billed before",
            LegalRefs.POLICY_RECALCULATION_OWN_TARIFF, List.of(DV_LINE, V_NEW, V_BILLED));

    private static final Symbol C1_W = new Symbol("C1", "накопленный вес дней до начала отрезка",
            "cumulative weight of the days before the span");
    private static final Symbol C2_W = new Symbol("C2", "накопленный вес дней по конец отрезка",
            "cumulative weight of the days through the span's end");
    private static final Symbol W_DAYS = new Symbol("W", "вес всех дней периода", "weight of all days of the period");

    /**
     * The part of a period's volume correction that falls on the days of one price run, by the days' weights (the
     * volumes as known now), cumulatively so the runs sum exactly: Vd = round(dV × C2 / W, 6) − round(dV × C1 / W, 6).
     */
    public static final Formula RECALCULATION_DAYS_SHARE = new Formula("recalculation.days-share", "Vd",
            "round(dV * C2 / W, 6) - round(dV * C1 / W, 6)",
            "Доля объёма перерасчёта периода, приходящаяся на дни с одним тарифом",
            "Share of a period's correction volume falling on days of one tariff",
            LegalRefs.POLICY_RECALCULATION_OWN_TARIFF, List.of(
                    new Symbol("Vd", "объём перерасчёта за дни отрезка", "correction volume of the span's days"),
                    DV_LINE, C2_W, W_DAYS, C1_W));

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
