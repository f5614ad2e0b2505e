package org.raschet.core.meter;

import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;

/**
 * Identifier of a meter (прибор учёта), usually its serial number.
 *
 * @param value the non-blank identifier
 */
public record MeterId(String value) {
    /**
     * Validates that the identifier is not blank.
     *
     * @throws InvalidValueException with {@link ErrorCode#VALUE_OUT_OF_RANGE} if it is null or blank
     */
    public MeterId {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "meter id", null,
                    "identifier '" + value + "' is blank", "id.non-blank");
        }
    }

    /** The meter with this identifier. */
    public static MeterId of(String value) {
        return new MeterId(value);
    }

    /** The identifier itself. */
    @Override
    public String toString() {
        return value;
    }
}
