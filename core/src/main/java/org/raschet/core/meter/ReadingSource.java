package org.raschet.core.meter;

/** Where a reading came from. Priority between sources is a policy (default: control, remote, consumer). */
public enum ReadingSource {
    /** Control reading by the supplier's inspector (контрольное снятие, 354 p.82–85). */
    CONTROL("контрольное снятие", "control reading"),
    /** Remote reading by an automated metering system (АИИС КУЭ / ИСУ). */
    REMOTE("дистанционное снятие (АСКУЭ)", "remote (AMR)"),
    /** Given by the consumer on the web site or in the app. */
    CONSUMER_WEB("потребитель, личный кабинет", "consumer via web"),
    /** Given by the consumer by SMS. */
    CONSUMER_SMS("потребитель, SMS", "consumer via SMS"),
    /** Written by the consumer on the paid bill. */
    RECEIPT("потребитель, квитанция", "consumer via receipt"),
    /** Estimated, not read from the meter (e.g. an opening value agreed on installation). */
    ESTIMATED("расчётное", "estimated");

    private final String ru;
    private final String en;

    ReadingSource(String ru, String en) {
        this.ru = ru;
        this.en = en;
    }

    /** Whether a consumer gave this reading. */
    public boolean isConsumer() {
        return this == CONSUMER_WEB || this == CONSUMER_SMS || this == RECEIPT;
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
