package org.raschet.allocation.payment;

/** Why a payment went to an obligation (ГК РФ ст. 319.1; Пленум ВС РФ № 22, п. 32). */
public enum ApplicationBasis {
    /** The payment named the obligation's period (п. 1 ст. 319.1 ГК РФ). */
    NAMED("указано в назначении платежа", "named by the payment"),
    /** General rule: among obligations already due, the one due first (п. 3 ст. 319.1 ГК РФ). */
    EARLIEST_DUE("общее правило: наступивший срок оплаты, наиболее ранний",
            "general rule: already due, the earliest due date"),
    /** General rule: nothing open was due yet, so the one due first. */
    NOT_YET_DUE("общее правило: срок ещё не наступил, обязательство с наиболее ранним сроком",
            "general rule: nothing due yet, the obligation due first");

    private final String ru;
    private final String en;

    ApplicationBasis(String ru, String en) {
        this.ru = ru;
        this.en = en;
    }

    /** Russian description. */
    public String nameRu() {
        return ru;
    }

    /** English description. */
    public String nameEn() {
        return en;
    }
}
