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
