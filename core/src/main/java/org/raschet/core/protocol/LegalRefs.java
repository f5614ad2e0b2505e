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
}
