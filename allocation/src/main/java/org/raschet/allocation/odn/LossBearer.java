package org.raschet.allocation.odn;

/**
 * Who bears the common-house volume above the premises' caps (LEGAL §6; 354 p.44): the management company where
 * one manages the house, otherwise the supplier.
 */
public enum LossBearer {
    /** Management company (управляющая организация). */
    MANAGEMENT_COMPANY("управляющая организация", "management company"),
    /** Supplier (ресурсоснабжающая организация, гарантирующий поставщик). */
    SUPPLIER("ресурсоснабжающая организация", "supplier");

    private final String ru;
    private final String en;

    LossBearer(String ru, String en) {
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
