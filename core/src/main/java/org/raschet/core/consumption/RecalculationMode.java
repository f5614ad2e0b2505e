package org.raschet.core.consumption;

import org.raschet.core.protocol.Note;

/**
 * How a recalculation (перерасчёт) places the difference between a period as known now and what was billed for it
 * (354 p.61; LEGAL §4). Both ways are legitimate; the choice is a policy, named in the protocol.
 */
public enum RecalculationMode {
    /**
     * (A) Each affected period is corrected at its own days: one correction line per period, register and
     * coefficient class, priced later at that period's tariff. Raschet's default for consumer readings.
     */
    PER_PERIOD("A", "каждый затронутый период корректируется по своим дням и тарифу",
            "each affected period corrected at its own days and tariff"),
    /**
     * (B) The whole difference goes to the period of the supplier's check (p.61): one correction line per register
     * and coefficient class, attributed to the check period and priced at its tariff.
     */
    IN_CHECK_PERIOD("B", "вся разница относится на период проверки исполнителем (п. 61)",
            "the whole difference goes to the period of the supplier's check (p. 61)");

    /** The default for consumer readings: {@link #PER_PERIOD}. */
    public static final RecalculationMode DEFAULT = PER_PERIOD;

    private final String letter;
    private final String ru;
    private final String en;

    RecalculationMode(String letter, String ru, String en) {
        this.letter = letter;
        this.ru = ru;
        this.en = en;
    }

    /** The letter of LEGAL §4: {@code "A"} or {@code "B"}. */
    public String letter() {
        return letter;
    }

    /** The note naming this mode in the protocol. */
    public Note note() {
        return new Note("policy:recalculation." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                "политика: перерасчёт, способ " + letter + " — " + ru, "policy: recalculation, mode " + letter + " — "
                        + en);
    }
}
