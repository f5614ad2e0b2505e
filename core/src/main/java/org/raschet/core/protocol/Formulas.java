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
    private static final Symbol K_SANCTION = new Symbol("K", "кратность норматива при доначислении",
            "multiple of the normative for the sanction");
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
    private static final Symbol D_SPAN_DAYS = new Symbol("d", "дней", "days");
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
            LegalRefs.RULES_354_P62, List.of(V, PW, H_DAY, D_SPAN_DAYS));

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
            LegalRefs.RULES_354_P81_11, List.of(P, V, K_SANCTION, T));

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

    private static final Symbol K_REFUSAL = new Symbol("K", "коэффициент за повторный недопуск к прибору учёта",
            "coefficient for repeated refusal of access to the meter");

    /**
     * Charge by the normative after two refused accesses to install or check an electricity meter: P = V × K × T,
     * K = 1.5 from the billing period of the second refusal act (354 p.60(3); LEGAL §3). Its own rule, not the
     * increasing coefficient of formula 4; like it, K multiplies the money and the volume stays n × N (LEGAL §5).
     */
    public static final Formula CHARGE_BY_NORMATIVE_REFUSAL = new Formula("charge.by-normative-refusal", "P",
            "round(V * K * T, 2)",
            "Плата по нормативу потребления с коэффициентом 1,5 за повторный недопуск к прибору учёта",
            "Charge by the normative with the coefficient 1.5 for repeated refusal of access to the meter",
            LegalRefs.RULES_354_P60_3, List.of(P, V, K_REFUSAL, T));

    private static final Symbol X = new Symbol("X", "сумма, зачтённая в погашение", "amount applied");
    private static final Symbol M = new Symbol("M", "нераспределённый остаток платежа", "payment amount not yet applied");
    private static final Symbol O = new Symbol("O", "непогашенный остаток обязательства", "amount outstanding");
    private static final Symbol G = new Symbol("G", "сумма, зачтённая в обязательства с одним сроком оплаты",
            "amount applied to obligations due on one day");
    private static final Symbol S_DUE = new Symbol("S", "сумма остатков обязательств с этим сроком оплаты",
            "sum outstanding of the obligations due on that day");
    private static final Symbol U = new Symbol("u", "копейка по правилу наибольшего остатка (0 или 0,01)",
            "largest-remainder unit (0 or 0.01)");
    private static final Symbol A_ADV = new Symbol("A", "аванс (не распределённая сумма платежей)",
            "advance (payments not applied)");
    private static final Symbol P_PAID = new Symbol("P", "сумма платежей", "sum of payments");
    private static final Symbol Z = new Symbol("Z", "сумма, зачтённая в обязательства", "sum applied to obligations");
    private static final Symbol R_RATE = new Symbol("r", "ставка пени (годовых)", "penalty rate (a year)");
    private static final Symbol K_KEY = new Symbol("k", "ключевая ставка Банка России", "Bank of Russia key rate");
    private static final Symbol C_CAP = new Symbol("c", "ограничение ставки", "rate cap");
    private static final Symbol B_BASE = new Symbol("B", "сумма долга, на которую начисляются пени",
            "debt the penalty accrues on");
    private static final Symbol D_DAYS = new Symbol("d", "дней в интервале", "days in the range");
    private static final Symbol F_FRACTION = new Symbol("f", "знаменатель доли ставки (300 или 130)",
            "denominator of the rate fraction (300 or 130)");
    private static final Symbol A_RANGE = new Symbol("A", "пени за интервал", "penalty for the range");
    private static final Symbol S_PENALTIES = new Symbol("S", "сумма пеней по интервалам", "sum of the ranges' penalties");
    private static final Symbol P_PENALTY = new Symbol("P", "пени по обязательству", "penalty on the obligation");
    private static final Symbol E_EXCESS = new Symbol("E", "превышение долга над двумя месячными размерами платы",
            "debt above two monthly charges");
    private static final Symbol D_DEBT = new Symbol("D", "задолженность по услуге", "debt for the service");
    private static final Symbol N_NORMATIVE_MONTH = new Symbol("N", "месячный размер платы по нормативу",
            "monthly charge by the normative");

    /** A payment applied to one obligation: X = min(M, O) (ГК РФ ст. 319.1; Пленум ВС РФ № 22, п. 32). */
    public static final Formula PAYMENT_APPLY = new Formula("payment.apply", "X", "min(M, O)",
            "Зачёт платежа в погашение обязательства",
            "Payment applied to an obligation",
            LegalRefs.GK_319_1, List.of(X, M, O));

    /** The part of a payment for obligations due on one day: G = min(M, S) (ГК РФ ст. 319.1 п. 3). */
    public static final Formula PAYMENT_GROUP = new Formula("payment.group", "G", "min(M, S)",
            "Зачёт платежа в обязательства с одним сроком оплаты",
            "Payment applied to the obligations due on one day",
            LegalRefs.GK_319_1, List.of(G, M, S_DUE));

    /**
     * One obligation's share of a payment among obligations due on one day, in proportion to their amounts,
     * by the largest-remainder rule: X = floor(G × O / S, 2) + u (ГК РФ ст. 319.1 п. 3).
     */
    public static final Formula PAYMENT_PROPORTIONAL = new Formula("payment.proportional", "X",
            "floor(G * O / S, 2) + u",
            "Доля платежа пропорционально суммам обязательств с одним сроком оплаты",
            "Share of a payment in proportion to the obligations due on one day",
            LegalRefs.GK_319_1, List.of(X, G, O, S_DUE, U));

    /** The advance: what the payments left after every obligation: A = P − Z. */
    public static final Formula PAYMENT_ADVANCE = new Formula("payment.advance", "A", "P - Z",
            "Аванс: сумма платежей, не зачтённая в обязательства",
            "Advance: payments not applied to obligations",
            LegalRefs.GK_319_1, List.of(A_ADV, P_PAID, Z));

    /** The penalty rate is the key rate: r = k (ЖК РФ ст. 155 ч. 14). */
    public static final Formula PENALTY_RATE_KEY = new Formula("penalty.rate.key", "r", "k",
            "Ставка пени — ключевая ставка Банка России",
            "Penalty rate: the Bank of Russia key rate",
            LegalRefs.ZHK_155_P14, List.of(R_RATE, K_KEY));

    /** The penalty rate capped: r = min(c, k) (Decree No. 474: c = 9.5 %, the key rate on 27.02.2022). */
    public static final Formula PENALTY_RATE_CAPPED = new Formula("penalty.rate.capped", "r", "min(c, k)",
            "Ставка пени — наименьшая из ключевой ставки и ограничения",
            "Penalty rate: the lower of the key rate and the cap",
            LegalRefs.DECREE_474, List.of(R_RATE, C_CAP, K_KEY));

    /**
     * Penalty for a range of days at one base, rate and fraction: A = B × r / 100 × d / f, kept to 10⁻¹⁰ of the
     * currency (ЖК РФ ст. 155 ч. 14: f = 300 for days 31–90, 130 from day 91).
     */
    public static final Formula PENALTY_RANGE = new Formula("penalty.range", "A", "round(B * r / 100 * d / f, 10)",
            "Пени за интервал дней просрочки",
            "Penalty for a range of days late",
            LegalRefs.ZHK_155_P14, List.of(A_RANGE, B_BASE, R_RATE, D_DAYS, F_FRACTION));

    /** Penalty on one obligation, rounded to kopecks once: P = round(S, 2) (ЖК РФ ст. 155 ч. 14). */
    public static final Formula PENALTY_TOTAL = new Formula("penalty.total", "P", "round(S, 2)",
            "Пени по обязательству",
            "Penalty on the obligation",
            LegalRefs.ZHK_155_P14, List.of(P_PENALTY, S_PENALTIES));

    /**
     * Debt above the restriction threshold: E = D − 2 × N; supply may be restricted when E &gt; 0
     * (Правила № 354, п. 117–119).
     */
    public static final Formula RESTRICTION_EXCESS = new Formula("restriction.excess", "E", "D - 2 * N",
            "Превышение задолженности над двумя месячными размерами платы по нормативу",
            "Debt above two monthly charges by the normative",
            LegalRefs.RULES_354_P117, List.of(E_EXCESS, D_DEBT, N_NORMATIVE_MONTH));

    /** What a reallocation moved on one obligation: D = X1 − X0 (covered after minus before). */
    public static final Formula REALLOCATION_DELTA = new Formula("payment.reallocation", "D", "X1 - X0",
            "Изменение зачтённой суммы при перераспределении оплаты",
            "Change of the amount applied on reallocation",
            LegalRefs.GK_319_1, List.of(new Symbol("D", "изменение", "change"),
                    new Symbol("X1", "зачтено после перерасчёта", "applied after the change"),
                    new Symbol("X0", "зачтено до перерасчёта", "applied before the change")));

    /**
     * The limitation period of a monthly obligation, in months: L = 36, three years from the day after its due
     * date (ГК РФ ст. 196, 200; Пленум ВС РФ № 43, п. 24). The step carries the dates and the end-date policy.
     */
    public static final Formula LIMITATION_TERM = new Formula("limitation.term", "L", "36",
            "Срок исковой давности по обязательству",
            "Limitation period of the obligation",
            LegalRefs.GK_196_200, List.of(new Symbol("L", "срок исковой давности, месяцев", "limitation period, months")));

    /**
     * Days late that accrue no penalty (days 1–30 after the due date, or a moratorium's days): A = 0 × d
     * (ЖК РФ ст. 155 ч. 14).
     */
    public static final Formula PENALTY_NONE = new Formula("penalty.none", "A", "0 * d",
            "Дни просрочки без начисления пеней",
            "Days late without penalty",
            LegalRefs.ZHK_155_P14, List.of(new Symbol("A", "пени за интервал", "penalty for the range"),
                    new Symbol("d", "дней в интервале", "days in the range")));
    private static final Symbol ODN_V = new Symbol("V", "объём на общедомовые нужды к распределению",
            "common-house volume to distribute");
    private static final Symbol ODN_VM = new Symbol("Vm", "объём по прибору учёта узла (дома, подъезда, стояка)",
            "volume by the node's meter (house, entrance, riser)");
    private static final Symbol ODN_VIND = new Symbol("Vind",
            "сумма индивидуальных объёмов помещений (по приборам учёта, среднему, нормативу)",
            "sum of the premises' individual volumes (by meter, average, normative)");
    private static final Symbol ODN_VSUB = new Symbol("Vsub",
            "сумма объёмов по приборам учёта нижестоящих узлов распределения",
            "sum of the volumes by the meters of the split nodes below");
    private static final Symbol ODN_N = new Symbol("N", "норматив потребления на содержание общего имущества",
            "common-property consumption normative");
    private static final Symbol ODN_SC = new Symbol("Sc", "площадь помещений, входящих в состав общего имущества",
            "area of the common property");
    private static final Symbol ODN_VN = new Symbol("Vn", "объём на общедомовые нужды по нормативу",
            "common-house volume by the normative");
    private static final Symbol ODN_B = new Symbol("B", "отрицательный объём, перенесённый с прошлых периодов (≤ 0)",
            "negative volume carried from earlier periods (≤ 0)");
    private static final Symbol ODN_B1 = new Symbol("B1", "отрицательный объём, переносимый на следующий период (≤ 0)",
            "negative volume carried to the next period (≤ 0)");
    private static final Symbol ODN_VD = new Symbol("Vd", "объём, распределяемый в периоде", "volume distributed in the period");
    private static final Symbol ODN_SI = new Symbol("Si", "общая площадь помещения", "total area of the premise");
    private static final Symbol ODN_ST = new Symbol("St", "общая площадь всех жилых и нежилых помещений узла",
            "total area of all residential and non-residential premises of the node");
    private static final Symbol ODN_DU = new Symbol("d",
            "единица 10⁻⁶, отданная по наибольшему остатку (0 или 1)",
            "the 10⁻⁶ unit given by the largest remainder (0 or 1)");
    private static final Symbol ODN_VS = new Symbol("Vs", "доля помещения в объёме узла", "the premise's share of the node's volume");
    private static final Symbol ODN_VA = new Symbol("Va", "доля помещения по вышестоящим узлам", "the premise's share by the nodes above");
    private static final Symbol ODN_VR = new Symbol("Vr", "доля помещения до ограничения", "the premise's share before the cap");
    private static final Symbol ODN_CI = new Symbol("Ci", "предельный объём помещения по нормативу",
            "the premise's cap by the normative");
    private static final Symbol ODN_VI = new Symbol("Vi", "объём на общедомовые нужды, начисляемый помещению",
            "common-house volume charged to the premise");
    private static final Symbol ODN_EI = new Symbol("Ei", "превышение над нормативом, не начисляемое помещению",
            "excess over the normative, not charged to the premise");
    private static final Symbol ODN_E = new Symbol("E",
            "превышение, остающееся на управляющей организации (поставщике)",
            "excess retained by the management company (supplier)");
    private static final Symbol ODN_VP = new Symbol("Vp", "сумма объёмов, начисленных помещениям",
            "sum of the volumes charged to the premises");
    private static final Symbol ODN_P = new Symbol("P", "плата за электроэнергию на общедомовые нужды", "common-house charge");
    private static final Symbol ODN_VB = new Symbol("Vb", "объём, начисленный ранее", "volume billed before");
    private static final Symbol ODN_DV = new Symbol("dV", "перерасчёт объёма", "volume correction");
    private static final Symbol ODN_PB = new Symbol("Pb", "плата, начисленная ранее", "charge billed before");
    private static final Symbol ODN_DP = new Symbol("dP", "перерасчёт платы", "charge correction");
    private static final Symbol ODN_VT = new Symbol("V",
            "объём на общедомовые нужды помещения за дни с одним тарифом",
            "the premise's common-house volume of the days at one tariff");
    private static final Symbol ODN_C1 = new Symbol("C1", "накопленный вес дней месяца до начала отрезка",
            "cumulative weight of the month's days before the span");
    private static final Symbol ODN_C2 = new Symbol("C2", "накопленный вес дней месяца по конец отрезка",
            "cumulative weight of the month's days through the span's end");
    private static final Symbol ODN_W = new Symbol("W", "вес всех дней месяца", "weight of all days of the month");
    private static final Symbol NET_M = new Symbol("M", "объём по прибору учёта узла сети", "volume by the node's meter");
    private static final Symbol NET_C = new Symbol("C", "сумма объёмов нижестоящих узлов", "sum of the volumes below");
    private static final Symbol NET_I = new Symbol("I", "небаланс (потери) узла", "node imbalance (losses)");
    private static final Symbol NET_P = new Symbol("p", "небаланс в процентах от объёма узла",
            "imbalance in percent of the node's volume");
    private static final Symbol NET_CE = new Symbol("Ce", "расчётная часть (среднее, норматив) объёмов нижестоящих узлов",
            "estimated part (average, normative) of the volumes below");
    private static final Symbol NET_Q = new Symbol("q", "доля расчётных объёмов в процентах", "estimated share in percent");

    /** Common-house volume to distribute at a house (or node) meter: V = Vm − Vind (354 p.44, App. 2). */
    public static final Formula ODN_DISTRIBUTABLE = new Formula("odn.distributable", "V", "Vm - Vind",
            "Объём электроэнергии на общедомовые нужды к распределению",
            "Common-house volume to distribute",
            LegalRefs.RULES_354_P44, List.of(ODN_V, ODN_VM, ODN_VIND));

    /**
     * Common-house volume of a node with split nodes below it: V = Vm − Vind − Vsub (354 p.44, App. 2; the split
     * level is a policy).
     */
    public static final Formula ODN_DISTRIBUTABLE_NESTED = new Formula("odn.distributable-nested", "V",
            "Vm - Vind - Vsub",
            "Объём на общедомовые нужды узла за вычетом нижестоящих узлов распределения",
            "Common-house volume of a node less the split nodes below it",
            LegalRefs.RULES_354_P44, List.of(ODN_V, ODN_VM, ODN_VIND, ODN_VSUB));

    /** Common-house volume by the normative: Vn = round(N × Sc, 6) (354 p.44). */
    public static final Formula ODN_NORMATIVE_VOLUME = new Formula("odn.normative-volume", "Vn", "round(N * Sc, 6)",
            "Объём на общедомовые нужды по нормативу",
            "Common-house volume by the normative",
            LegalRefs.RULES_354_P44, List.of(ODN_VN, ODN_N, ODN_SC));

    /** Volume distributed after the carried negative volume: Vd = max(V + B, 0) (Minstroy 04.06.2025 No. 32320-ДН/04). */
    public static final Formula ODN_AFTER_CARRY = new Formula("odn.after-carry", "Vd", "max(V + B, 0)",
            "Объём к распределению с учётом отрицательного объёма прошлых периодов",
            "Volume distributed after the negative volume of earlier periods",
            LegalRefs.MINSTROY_2025_32320, List.of(ODN_VD, ODN_V, ODN_B));

    /** Negative volume carried to the next period: B1 = min(V + B, 0) (Minstroy 04.06.2025 No. 32320-ДН/04). */
    public static final Formula ODN_CARRY_OUT = new Formula("odn.carry-out", "B1", "min(V + B, 0)",
            "Отрицательный объём, переносимый на следующий период",
            "Negative volume carried to the next period",
            LegalRefs.MINSTROY_2025_32320, List.of(ODN_B1, ODN_V, ODN_B));

    /**
     * A premise's share by area: Vs = floor(Vd × Si / St, 6) + d × 10⁻⁶, where d is the unit the largest-remainder
     * rule gives it so that the shares sum exactly to Vd (354 p.44).
     */
    public static final Formula ODN_SHARE = new Formula("odn.share", "Vs", "floor(Vd * Si / St, 6) + d * 0.000001",
            "Доля помещения в объёме на общедомовые нужды пропорционально площади",
            "The premise's share of the common-house volume by area",
            LegalRefs.RULES_354_P44, List.of(ODN_VS, ODN_VD, ODN_SI, ODN_ST, ODN_DU));

    /** A premise's share summed over the split nodes above it: Vr = Va + Vs. */
    public static final Formula ODN_SHARE_SUM = new Formula("odn.share-sum", "Vr", "Va + Vs",
            "Доля помещения по всем узлам распределения",
            "The premise's share over all split nodes",
            LegalRefs.RULES_354_P44, List.of(ODN_VR, ODN_VA, ODN_VS));

    /**
     * A premise's cap: Ci = floor(Vn × Si / St, 6) + d × 10⁻⁶, the largest-remainder share of the normative volume
     * (354 p.44; ЖК Art. 156 p.9.2).
     */
    public static final Formula ODN_CAP = new Formula("odn.cap", "Ci", "floor(Vn * Si / St, 6) + d * 0.000001",
            "Предельный объём помещения на общедомовые нужды по нормативу",
            "The premise's common-house cap by the normative",
            LegalRefs.RULES_354_P44_CAP, List.of(ODN_CI, ODN_VN, ODN_SI, ODN_ST, ODN_DU));

    /** The share charged: Vi = min(Vr, Ci) (354 p.44; ЖК Art. 156 p.9.2). */
    public static final Formula ODN_CAPPED_SHARE = new Formula("odn.capped-share", "Vi", "min(Vr, Ci)",
            "Объём на общедомовые нужды, начисляемый помещению, с учётом норматива",
            "Common-house volume charged to the premise, within the cap",
            LegalRefs.RULES_354_P44_CAP, List.of(ODN_VI, ODN_VR, ODN_CI));

    /** The premise's excess over its cap: Ei = Vr − Vi (354 p.44; ЖК Art. 156 p.9.2). */
    public static final Formula ODN_EXCESS = new Formula("odn.excess", "Ei", "Vr - Vi",
            "Превышение доли помещения над нормативом",
            "The premise's share over its cap",
            LegalRefs.RULES_354_P44_CAP, List.of(ODN_EI, ODN_VR, ODN_VI));

    /** The house's excess, retained by the management company or supplier: E = Vd − Vp (354 p.44; ЖК 156 p.9.2). */
    public static final Formula ODN_HOUSE_EXCESS = new Formula("odn.house-excess", "E", "Vd - Vp",
            "Объём сверх норматива, остающийся на управляющей организации (поставщике)",
            "Volume over the normative retained by the management company (supplier)",
            LegalRefs.RULES_354_P44_CAP, List.of(ODN_E, ODN_VD, ODN_VP));

    /** Common-house charge of a premise: P = round(Vi × T, 2), rounded once per line (354 p.44; LEGAL §6, §11). */
    public static final Formula ODN_CHARGE = new Formula("odn.charge", "P", "round(Vi * T, 2)",
            "Плата за электроэнергию на общедомовые нужды",
            "Common-house electricity charge",
            LegalRefs.RULES_354_P44, List.of(ODN_P, ODN_VI, T));

    /** Correction of a premise's common-house volume: dV = Vi − Vb (new − billed). */
    public static final Formula ODN_CORRECTION_VOLUME = new Formula("odn.correction-volume", "dV", "Vi - Vb",
            "Перерасчёт объёма на общедомовые нужды",
            "Correction of the common-house volume",
            LegalRefs.RULES_354_P44, List.of(ODN_DV, ODN_VI, ODN_VB));

    /** Correction of a premise's common-house charge: dP = P − Pb (new − billed, each rounded on its own). */
    public static final Formula ODN_CORRECTION_AMOUNT = new Formula("odn.correction-amount", "dP", "P - Pb",
            "Перерасчёт платы за общедомовые нужды",
            "Correction of the common-house charge",
            LegalRefs.RULES_354_P44, List.of(ODN_DP, ODN_P, ODN_PB));

    /**
     * The part of a premise's monthly common-house volume Vi that falls on a run of days at one tariff, by the days'
     * weights (equal weights by default: C1 and C2 count the days, W the month's days), cumulatively so the runs sum
     * exactly to Vi: V = round(Vi × C2 / W, 6) − round(Vi × C1 / W, 6) (LEGAL §2, §6, §10: each day at its own
     * tariff; the weights are a policy).
     */
    public static final Formula ODN_SHARE_DAYS = new Formula("odn.share-days", "V",
            "round(Vi * C2 / W, 6) - round(Vi * C1 / W, 6)",
            "Доля объёма на общедомовые нужды помещения, приходящаяся на дни с одним тарифом",
            "The premise's common-house volume falling on the days at one tariff",
            LegalRefs.POLICY_TARIFF_PER_DAY, List.of(ODN_VT, ODN_VI, ODN_C2, ODN_W, ODN_C1));

    /**
     * Common-house charge of a premise for a run of days at one tariff: P = round(V × T, 2), each line rounded once
     * on its own (354 p.44; LEGAL §6, §11).
     */
    public static final Formula ODN_CHARGE_DAYS = new Formula("odn.charge-days", "P", "round(V * T, 2)",
            "Плата за электроэнергию на общедомовые нужды за дни с одним тарифом",
            "Common-house electricity charge for the days at one tariff",
            LegalRefs.RULES_354_P44, List.of(ODN_P, ODN_VT, T));

    /** Imbalance of a metered network node: I = M − C (loss localisation; a Raschet method). */
    public static final Formula NETWORK_IMBALANCE = new Formula("network.imbalance", "I", "M - C",
            "Небаланс узла сети", "Imbalance of a network node",
            LegalRefs.POLICY_NETWORK_BALANCE, List.of(NET_I, NET_M, NET_C));

    /** Imbalance in percent of the node's volume: p = round(I / M × 100, 2). */
    public static final Formula NETWORK_IMBALANCE_PERCENT = new Formula("network.imbalance-percent", "p",
            "round(I / M * 100, 2)",
            "Небаланс узла сети в процентах", "Imbalance of a network node in percent",
            LegalRefs.POLICY_NETWORK_BALANCE, List.of(NET_P, NET_I, NET_M));

    /** Estimated (forecast or normative) share of the volumes below a node: q = round(Ce / C × 100, 2). */
    public static final Formula NETWORK_ESTIMATED_PERCENT = new Formula("network.estimated-percent", "q",
            "round(Ce / C * 100, 2)",
            "Доля расчётных объёмов (среднее, норматив) ниже узла",
            "Estimated share (average, normative) of the volumes below a node",
            LegalRefs.POLICY_NETWORK_BALANCE, List.of(NET_Q, NET_CE, NET_C));

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
