package org.raschet.core.protocol;

/**
 * The legal sources Raschet cites, in one place (see LEGAL.md of the project). Abbreviations: 354 — Rules for
 * utility services, Government Decree No. 354 of 06.05.2011; App. 2 — its Appendix 2 of formulas.
 */
public final class LegalRefs {
    private LegalRefs() {
    }

    /** 354 p.42, App. 2, formula 1: charge by an individual meter, P = V × T; V from the meter's readings. */
    public static final LegalRef RULES_354_P42_F1 = new LegalRef("354.p42.app2.f1",
            "Правила № 354, п. 42, прил. 2, формула 1", "Rules No. 354, p. 42, App. 2, formula 1");

    /** Rounding of money once per charge line (no federal rule; LEGAL §11). */
    public static final LegalRef POLICY_ROUNDING = LegalRef.policy("rounding.kopecks-half-up-per-line",
            "округление суммы строки до копеек по правилу half-up, один раз на строку",
            "line amount rounded half-up to kopecks, once per line");

    /** 354 p.42, App. 2, formula 4: volume by the normative, n × N (no meter, or after the limits of p.59). */
    public static final LegalRef RULES_354_P42_F4 = new LegalRef("354.p42.app2.f4",
            "Правила № 354, п. 42, прил. 2, формула 4", "Rules No. 354, p. 42, App. 2, formula 4");

    /** 354 p.59: the average monthly volume instead of missing readings. */
    public static final LegalRef RULES_354_P59 = new LegalRef("354.p59", "Правила № 354, п. 59",
            "Rules No. 354, p. 59");

    /** 354 p.59(1): the average from at least 6 months (a newer meter: its period, at least 3). */
    public static final LegalRef RULES_354_P59_1 = new LegalRef("354.p59.1", "Правила № 354, п. 59(1)",
            "Rules No. 354, p. 59(1)");

    /** 354 p.59(a): meter failed, lost, removed, or its verification expired. */
    public static final LegalRef RULES_354_P59_A = new LegalRef("354.p59.a", "Правила № 354, п. 59, подп. «а»",
            "Rules No. 354, p. 59(a)");

    /** 354 p.59(b): the consumer gave no readings. */
    public static final LegalRef RULES_354_P59_B = new LegalRef("354.p59.b", "Правила № 354, п. 59, подп. «б»",
            "Rules No. 354, p. 59(b)");

    /** 354 p.59(c): no access for the supplier's check. */
    public static final LegalRef RULES_354_P59_C = new LegalRef("354.p59.c", "Правила № 354, п. 59, подп. «в»",
            "Rules No. 354, p. 59(c)");

    /** 354 p.59(г): household electricity meter the supplier must replace — the average until the new one. */
    public static final LegalRef RULES_354_P59_G = new LegalRef("354.p59.g", "Правила № 354, п. 59, подп. «г»",
            "Rules No. 354, p. 59(g)");

    /** 354 p.60: the normative after the limits of p.59, with or without the increasing coefficient. */
    public static final LegalRef RULES_354_P60 = new LegalRef("354.p60", "Правила № 354, п. 60",
            "Rules No. 354, p. 60");

    /** 354 p.61: recalculation when actual readings arrive for periods billed without them. */
    public static final LegalRef RULES_354_P61 = new LegalRef("354.p61", "Правила № 354, п. 61",
            "Rules No. 354, p. 61");

    /** 354 p.82–85: the supplier's checks and control readings. */
    public static final LegalRef RULES_354_P82_85 = new LegalRef("354.p82-85", "Правила № 354, пп. 82–85",
            "Rules No. 354, pp. 82–85");

    /** Raschet's per-day model: an interval spread over its days by cumulative rounding (LEGAL §2, a policy). */
    public static final LegalRef POLICY_PER_DAY = LegalRef.policy("per-day.cumulative-equal-weights",
            "объём интервала распределяется по дням поровну, округление нарастающим итогом до 10⁻⁶",
            "an interval's volume spread over its days with equal weights, cumulative rounding to 10⁻⁶");

    /** Anomaly thresholds: parameters, not law. */
    public static final LegalRef POLICY_ANOMALY = LegalRef.policy("anomaly.thresholds",
            "пороги признаков аномалий (параметры, не норма права)",
            "anomaly thresholds (parameters, not law)");

    /** 354 p.37: the billing period is the calendar month; a period's volume is the sum of its days. */
    public static final LegalRef RULES_354_P37 = new LegalRef("354.p37", "Правила № 354, п. 37",
            "Rules No. 354, p. 37");

    /** 354 p.62: unauthorised connection, charged by the nominal power × 24 h for up to 3 months. */
    public static final LegalRef RULES_354_P62 = new LegalRef("354.p62",
            "Правила № 354, п. 62", "Rules No. 354, p. 62");

    /** 354 p.81(11): interference with a meter, recalculated by the normative × 10 for up to 3 months. */
    public static final LegalRef RULES_354_P81_11 = new LegalRef("354.p81.11",
            "Правила № 354, п. 81(11)", "Rules No. 354, p. 81(11)");

    /** Decree No. 614 of 22.07.2013: the social norm of electricity consumption, two price blocks. */
    public static final LegalRef DECREE_614 = new LegalRef("614",
            "Постановление Правительства РФ № 614 от 22.07.2013 (социальная норма)",
            "Government Decree No. 614 of 22.07.2013 (social norm)");

    /** Zoned tariffs (442; regional tariff decisions): day/night and peak/semi-peak/night hours. */
    public static final LegalRef ZONES_442 = new LegalRef("442.zones",
            "Основные положения № 442; тарифное решение региона (зоны суток)",
            "Basic provisions No. 442; regional tariff decision (zones of the day)");

    /** A tariff change inside an interval prices each day at its own tariff, days weighted equally (LEGAL §2). */
    public static final LegalRef POLICY_TARIFF_PER_DAY = LegalRef.policy("tariff.per-day",
            "каждый день оплачивается по тарифу, действующему в этот день",
            "each day is priced at the tariff in force on that day");

    /** A monthly norm is prorated to the days of a partial month or of a price run (LEGAL §10). */
    public static final LegalRef POLICY_NORM_PRORATION = LegalRef.policy("norm.prorated-by-days",
            "месячная норма пропорционально дням (точное деление с накопительным округлением)",
            "monthly norm prorated by days (exact split, cumulative rounding)");

    /** How the norm of a block tariff is shared among the zones of a zoned meter. */
    public static final LegalRef POLICY_NORM_ZONE_SPLIT = LegalRef.policy("norm.zone-split",
            "распределение нормы между зонами суток", "sharing of the norm among the zones of the day");

    /** How a volume without zone readings is shared among the zones of a zoned tariff. */
    public static final LegalRef POLICY_ZONE_SHARE = LegalRef.policy("zone.share",
            "распределение объёма без показаний по зонам суток", "sharing of a volume without zone readings among zones");

    /** A corrected period is re-billed at the prices of its own days; the correction is new − billed (LEGAL §4 A). */
    public static final LegalRef POLICY_RECALCULATION_OWN_TARIFF = LegalRef.policy("recalculation.own-tariff",
            "перерасчёт периода по тарифам его дней: начислено заново − начислено ранее",
            "a period is recalculated at the tariffs of its own days: re-billed − billed");
}
