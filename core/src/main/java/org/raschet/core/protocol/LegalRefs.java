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

    /** ЖК РФ ст. 155 ч. 1 (Federal Law No. 177-ФЗ of 24.06.2025): when the monthly charge is due. */
    public static final LegalRef ZHK_155_P1 = new LegalRef("zhk.155.p1", "ЖК РФ, ст. 155, ч. 1",
            "Housing Code, Art. 155, p. 1");

    /** ГК РФ ст. 193: a period ending on a non-working day ends on the next working day. */
    public static final LegalRef GK_193 = new LegalRef("gk.193", "ГК РФ, ст. 193", "Civil Code, Art. 193");

    /** ГК РФ ст. 319.1; Plenum of the Supreme Court No. 22 of 27.06.2017, p. 32: payments over obligations. */
    public static final LegalRef GK_319_1 = new LegalRef("gk.319-1.plenum22.p32",
            "ГК РФ, ст. 319.1; постановление Пленума ВС РФ от 27.06.2017 № 22, п. 32",
            "Civil Code, Art. 319.1; Plenum of the Supreme Court No. 22 of 27.06.2017, p. 32");

    /** ГК РФ ст. 206 п. 2: what was paid after the limitation expired is not returned. */
    public static final LegalRef GK_206 = new LegalRef("gk.206", "ГК РФ, ст. 206, п. 2", "Civil Code, Art. 206, p. 2");

    /** ГК РФ ст. 196, 200; Plenum No. 43 of 29.09.2015, p. 24: three years per monthly obligation. */
    public static final LegalRef GK_196_200 = new LegalRef("gk.196-200.plenum43.p24",
            "ГК РФ, ст. 196, 200; постановление Пленума ВС РФ от 29.09.2015 № 43, п. 24",
            "Civil Code, Art. 196, 200; Plenum of the Supreme Court No. 43 of 29.09.2015, p. 24");

    /** ГК РФ ст. 207: the limitation of penalties expires with the principal's. */
    public static final LegalRef GK_207 = new LegalRef("gk.207", "ГК РФ, ст. 207", "Civil Code, Art. 207");

    /** ЖК РФ ст. 155 ч. 14: penalties, 1/300 of the rate from day 31, 1/130 from day 91. */
    public static final LegalRef ZHK_155_P14 = new LegalRef("zhk.155.p14", "ЖК РФ, ст. 155, ч. 14",
            "Housing Code, Art. 155, p. 14");

    /** The key rate on the day of payment, or on the calculation date for an unpaid debt. */
    public static final LegalRef SC_REVIEW_3_2016 = new LegalRef("sc.review-3-2016.q3",
            "Обзор судебной практики ВС РФ № 3 (2016), вопрос 3",
            "Review of the Supreme Court's practice No. 3 (2016), question 3");

    /** Government Decree No. 474 of 26.03.2022 (extended by No. 2382 of 29.12.2023, No. 329 of 18.03.2025). */
    public static final LegalRef DECREE_474 = new LegalRef("decree.474",
            "постановление Правительства РФ от 26.03.2022 № 474 (в ред. от 29.12.2023 № 2382, от 18.03.2025 № 329)",
            "Government Decree No. 474 of 26.03.2022 (as amended by No. 2382 of 29.12.2023, No. 329 of 18.03.2025)");

    /** Government Decree No. 424 of 02.04.2020: no penalties from 06.04.2020 to 31.12.2020. */
    public static final LegalRef DECREE_424 = new LegalRef("decree.424",
            "постановление Правительства РФ от 02.04.2020 № 424", "Government Decree No. 424 of 02.04.2020");

    /** Government Decree No. 497 of 28.03.2022: moratorium 01.04.2022–01.10.2022. */
    public static final LegalRef DECREE_497 = new LegalRef("decree.497",
            "постановление Правительства РФ от 28.03.2022 № 497", "Government Decree No. 497 of 28.03.2022");

    /** The Bank of Russia key rate (equal to the refinancing rate since 01.01.2016). */
    public static final LegalRef CBR_KEY_RATE = new LegalRef("cbr.key-rate",
            "ключевая ставка Банка России (с 01.01.2016 равна ставке рефинансирования)",
            "Bank of Russia key rate (equal to the refinancing rate since 01.01.2016)");

    /** 354 p.117–119: restriction of supply for a debt above two months of normative charges. */
    public static final LegalRef RULES_354_P117 = new LegalRef("354.p117-119", "Правила № 354, п. 117–119",
            "Rules No. 354, p. 117–119");
    /**
     * 354 p.44 and App. 2; 491 p.29(2): the common-house (ОДН, КР на СОИ) volume is the house meter's volume less
     * the premises' individual volumes, shared in proportion to each premise's area over the total area of all
     * premises; without a house meter, the common-property normative × the common-property area.
     */
    public static final LegalRef RULES_354_P44 = new LegalRef("354.p44",
            "Правила № 354, п. 44, прил. 2; Правила № 491, п. 29(2)",
            "Rules No. 354, p. 44, App. 2; Rules No. 491, p. 29(2)");

    /**
     * 354 p.44; ЖК Art. 156 p.9.2: a premise's common-house share does not exceed the common-property normative ×
     * the common-property area × its area over the total area, unless the general meeting decided to share the
     * actual volume; the excess stays with the management company (or the supplier).
     */
    public static final LegalRef RULES_354_P44_CAP = new LegalRef("354.p44.cap",
            "Правила № 354, п. 44; ЖК РФ, ст. 156, ч. 9.2", "Rules No. 354, p. 44; Housing Code, Art. 156 p. 9.2");

    /**
     * Minstroy letter of 04.06.2025 No. 32320-ДН/04: a negative common-house volume gives zero shares for the month,
     * nothing is subtracted from individual charges, and it reduces the following months' positive volumes.
     */
    public static final LegalRef MINSTROY_2025_32320 = new LegalRef("minstroy.2025-06-04.32320-dn-04",
            "Письмо Минстроя России от 04.06.2025 № 32320-ДН/04",
            "Letter of the Ministry of Construction of Russia of 04.06.2025 No. 32320-ДН/04");

    /**
     * The balance of a supply-network node (no legal rule: Raschet's loss localisation): the node meter's volume less
     * the sum of the volumes directly below it, in percent of the node's volume rounded half-up to 0.01 %.
     */
    public static final LegalRef POLICY_NETWORK_BALANCE = LegalRef.policy("network.balance",
            "баланс узла сети (метод Raschet)", "network node balance (Raschet's method)");

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
    /**
     * 354 p.60(3) (LEGAL §3): two refused accesses to install or check an electricity meter — the normative × 1.5
     * from the billing period of the second refusal act.
     */
    public static final LegalRef RULES_354_P60_3 = new LegalRef("354.p60.3", "Правила № 354, п. 60(3)",
            "Rules No. 354, p. 60(3)");

    /** Raschet's per-day model with a daily profile: an interval spread over its days by the profile's weights. */
    public static final LegalRef POLICY_PER_DAY_PROFILE = LegalRef.policy("per-day.cumulative-profile-weights",
            "объём интервала распределяется по дням пропорционально весам суточного профиля, округление нарастающим"
                    + " итогом до 10⁻⁶",
            "an interval's volume spread over its days in proportion to the daily profile's weights, cumulative"
                    + " rounding to 10⁻⁶");

    /**
     * Several meters of one service in one premise (e.g. kitchen and bathroom water): the service's volume is the
     * sum of its metering points; where one point needs the normative, the normative for the whole service
     * replaces all of them (354 p.42, p.59, p.60: the normative is set per resident for the service, not per
     * meter).
     */
    public static final LegalRef POLICY_PARALLEL_METERS = LegalRef.policy("parallel-meters.sum-or-normative",
            "объём услуги — сумма объёмов её точек учёта; норматив применяется к услуге в целом и заменяет все"
                    + " приборы учёта (Правила № 354, пп. 42, 59, 60)",
            "the service's volume is the sum of its metering points; the normative applies to the whole service"
                    + " and replaces all its meters (Rules No. 354, pp. 42, 59, 60)");
}
