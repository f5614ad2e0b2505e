package org.raschet.allocation.penalty;

/** What a range of days late is, for penalties (ЖК РФ ст. 155 ч. 14). */
public enum RangeKind {
    /** Days 1–30 after the due date: no penalty. */
    GRACE("дни 1–30: пени не начисляются", "days 1–30: no penalty"),
    /** Days that accrue: 31–90 at 1/300 of the rate, from 91 at 1/130. */
    ACCRUING("пени начисляются", "penalty accrues"),
    /** Days of a moratorium: the counter runs, nothing accrues. */
    MORATORIUM("мораторий: пени не начисляются", "moratorium: no penalty");

    private final String ru;
    private final String en;

    RangeKind(String ru, String en) {
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
