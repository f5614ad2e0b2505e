package org.raschet.core.protocol;

/**
 * The language a protocol is rendered in. Every text of the protocol model (titles, symbol meanings, legal
 * citations, notes) exists in both.
 */
public enum Language {
    /** Russian: decimal comma, {@code ;} between function arguments, units such as {@code кВт·ч} and {@code ₽}. */
    RU,
    /** English: decimal point, {@code ,} between function arguments, units such as {@code kWh} and {@code RUB}. */
    EN;

    /** {@code ru} for {@link #RU}, {@code en} for {@link #EN}. */
    public String pick(String ru, String en) {
        return this == RU ? ru : en;
    }
}
