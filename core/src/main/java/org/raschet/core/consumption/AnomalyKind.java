package org.raschet.core.consumption;

/** A sign worth an inspector's look (признак аномалии). Flags never change a volume. */
public enum AnomalyKind {
    /** An interval far above the history of the same meter and register. */
    JUMP("скачок потребления", "consumption jump"),
    /** An interval far below the history (a theft signal). */
    DROP("резкое снижение потребления", "consumption drop"),
    /** An interval below a floor per resident. */
    LOW_PER_RESIDENT("потребление ниже минимума на человека", "consumption below the floor per resident"),
    /** An interval below a floor per m² of the premise. */
    LOW_PER_AREA("потребление ниже минимума на м²", "consumption below the floor per m²"),
    /** A long time without readings: a long interval, or a long time since the last reading. */
    LONG_GAP("долго нет показаний", "long gap without readings"),
    /** The meter's verification interval has expired (354 p.81(12)). */
    VERIFICATION_OVERDUE("истёк межповерочный интервал", "verification overdue"),
    /** A seal or mark found broken (354 p.81(11)). */
    SEAL_BROKEN("нарушена пломба", "seal broken"),
    /** A reading overruled by a higher-ranked one (LEGAL §4). */
    READING_OVERRULED("показание отклонено контрольным снятием", "reading overruled by a control reading"),
    /** An interval far above the same months of the previous year (the season). */
    SEASONAL_JUMP("скачок потребления к тем же месяцам прошлого года",
            "consumption jump against the same months of the previous year"),
    /** An interval far below the same months of the previous year (a theft signal). */
    SEASONAL_DROP("резкое снижение потребления к тем же месяцам прошлого года",
            "consumption drop against the same months of the previous year");

    private final String ru;
    private final String en;

    AnomalyKind(String ru, String en) {
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
