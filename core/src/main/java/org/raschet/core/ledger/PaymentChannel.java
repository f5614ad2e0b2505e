package org.raschet.core.ledger;

/** How a payment reached the creditor (канал оплаты). Shown in the protocol; it does not change allocation. */
public enum PaymentChannel {
    /** A bank transfer or a bank's counter (банк). */
    BANK("банк", "bank"),
    /** The creditor's own cash desk (касса). */
    CASH_DESK("касса", "cash desk"),
    /** Online: the creditor's site, app or a card payment (онлайн). */
    ONLINE("онлайн", "online"),
    /** The post office (почта). */
    POST("почта", "post"),
    /** A payment agent or terminal (платёжный агент). */
    AGENT("платёжный агент", "payment agent"),
    /** Anything else (иное). */
    OTHER("иное", "other");

    private final String ru;
    private final String en;

    PaymentChannel(String ru, String en) {
        this.ru = ru;
        this.en = en;
    }

    /** Russian name. */
    public String nameRu() {
        return ru;
    }

    /** English name. */
    public String nameEn() {
        return en;
    }
}
