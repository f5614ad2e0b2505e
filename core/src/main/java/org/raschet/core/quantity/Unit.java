package org.raschet.core.quantity;

import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;

/** Unit of a metered resource, with its canonical code and Russian and English symbols. */
public enum Unit {
    /** Kilowatt-hour (кВт·ч). */
    KWH("kWh", "кВт·ч", "kWh"),
    /** Cubic metre (м³). */
    M3("m3", "м³", "m³"),
    /** Gigacalorie (Гкал). */
    GCAL("Gcal", "Гкал", "Gcal");

    private final String code;
    private final String ru;
    private final String en;

    Unit(String code, String ru, String en) {
        this.code = code;
        this.ru = ru;
        this.en = en;
    }

    /** The canonical code used in text and JSON: {@code kWh}, {@code m3}, {@code Gcal}. */
    public String code() {
        return code;
    }

    /** The Russian symbol, e.g. {@code кВт·ч}. */
    public String symbolRu() {
        return ru;
    }

    /** The English symbol, e.g. {@code kWh}. */
    public String symbolEn() {
        return en;
    }

    /**
     * The unit with this canonical code (case-insensitive, surrounding blanks ignored): the inverse of
     * {@link #code()} and {@link #toString()}.
     *
     * @param code the code, e.g. {@code "kWh"}
     * @return the unit
     * @throws InvalidValueException with {@link ErrorCode#VALUE_UNKNOWN_UNIT} if no unit has it
     */
    public static Unit parse(String code) {
        java.util.Objects.requireNonNull(code, "code");
        for (Unit u : values()) {
            if (u.code.equalsIgnoreCase(code.trim())) {
                return u;
            }
        }
        throw new InvalidValueException(ErrorCode.VALUE_UNKNOWN_UNIT, "unit", null,
                "unit '" + code + "' is unknown (known: kWh, m3, Gcal)", "unit.known");
    }

    /** The canonical code, e.g. {@code kWh}. */
    @Override
    public String toString() {
        return code;
    }
}
