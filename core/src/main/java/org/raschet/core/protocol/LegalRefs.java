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
}
