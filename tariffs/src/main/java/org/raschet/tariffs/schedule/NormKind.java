package org.raschet.tariffs.schedule;

import org.raschet.core.protocol.LegalRef;
import org.raschet.core.protocol.LegalRefs;

/** What a norm schedule sets: a block limit of a block tariff, or the normative consumption of premises. */
public enum NormKind {
    /** Social norm (социальная норма, Decree No. 614 of 22.07.2013): the limit of the first price block. */
    SOCIAL_NORM("социальная норма", "social norm", LegalRefs.DECREE_614),
    /** A regional volume band limit (диапазон объёма): the limit of a further price block. */
    VOLUME_BAND("диапазон объёма", "volume band", LegalRefs.DECREE_614),
    /** Consumption normative (норматив потребления, N in 354 App. 2, formula 4). */
    NORMATIVE("норматив потребления", "consumption normative", LegalRefs.RULES_354_P42_F4);

    private final String ru;
    private final String en;
    private final LegalRef source;

    NormKind(String ru, String en, LegalRef source) {
        this.ru = ru;
        this.en = en;
        this.source = source;
    }

    /** Russian name. */
    public String nameRu() {
        return ru;
    }

    /** English name, also the schedule's label in errors (e.g. {@code "social norm sn-urban"}). */
    public String nameEn() {
        return en;
    }

    /** The legal source of such norms. */
    public LegalRef source() {
        return source;
    }
}
