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
