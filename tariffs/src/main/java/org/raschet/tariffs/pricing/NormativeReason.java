package org.raschet.tariffs.pricing;

import org.raschet.core.protocol.Note;

/**
 * Why a premise is billed by the normative (основание расчёта по нормативу), and whether the increasing coefficient
 * applies (354 App. 2, formula 4; p.60; LEGAL §3, §5). The reason is named in the protocol of every line.
 */
public enum NormativeReason {
    /** No meter although one can be installed: normative with the increasing coefficient (354 App. 2, formula 4). */
    NO_METER(true, "нет прибора учёта, установка возможна (прил. 2, формула 4 Правил № 354)",
            "no meter although one can be installed (354 App. 2, formula 4)"),
    /** An inspection act states that a meter cannot be installed: normative without the coefficient. */
    METER_IMPOSSIBLE(false, "актом обследования установлена невозможность установки прибора учёта",
            "an inspection act states that a meter cannot be installed"),
    /** A failed or unverified meter after the average's limit (354 p.60, case a): with the coefficient. */
    FAILED_METER_AFTER_LIMIT(true, "прибор учёта неисправен или истёк срок поверки, период расчёта по среднему"
            + " исчерпан (п. 60 Правил № 354)",
            "failed or unverified meter after the limit of the average (354 p.60, case a)"),
    /** No readings given after the average's limit (354 p.60, case b): without the coefficient. */
    NO_READINGS_AFTER_LIMIT(false, "показания не переданы, период расчёта по среднему исчерпан (п. 60 Правил № 354)",
            "no readings given after the limit of the average (354 p.60, case b)"),
    /** No access for the supplier's check after the average's limit (354 p.60(1), case c): with the coefficient. */
    NO_ACCESS_AFTER_LIMIT(true, "не обеспечен допуск для проверки, период расчёта по среднему исчерпан"
            + " (п. 60(1) Правил № 354)",
            "no access for the check after the limit of the average (354 p.60(1), case c)"),
    /** Two refused accesses to install or check an electricity meter (354 p.60(3)): with the coefficient. */
    TWO_REFUSALS(true, "два отказа в допуске для установки или проверки прибора учёта (п. 60(3) Правил № 354)",
            "two refused accesses to install or check a meter (354 p.60(3))");

    private final boolean increased;
    private final String ru;
    private final String en;

    NormativeReason(boolean increased, String ru, String en) {
        this.increased = increased;
        this.ru = ru;
        this.en = en;
    }

    /** Whether the increasing coefficient applies. */
    public boolean increased() {
        return increased;
    }

    /** The note naming the reason in the protocol. */
    public Note note() {
        return new Note("normative.reason." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                "основание расчёта по нормативу: " + ru + (increased ? "; применяется повышающий коэффициент"
                        : "; повышающий коэффициент не применяется"),
                "basis of the normative charge: " + en + (increased ? "; the increasing coefficient applies"
                        : "; no increasing coefficient"));
    }
}
