package org.raschet.core.account;

import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;

/**
 * Identifier of a house (многоквартирный дом) or any node of the supply network.
 *
 * @param value the non-blank identifier
 */
public record HouseId(String value) {
    /**
     * Validates that the identifier is not blank.
     *
     * @throws InvalidValueException with {@link ErrorCode#VALUE_OUT_OF_RANGE} if it is null or blank
     */
    public HouseId {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "house id", null,
                    "identifier '" + value + "' is blank", "id.non-blank");
        }
    }

    /** The house with this identifier. */
    public static HouseId of(String value) {
        return new HouseId(value);
    }

    /** The identifier itself. */
    @Override
    public String toString() {
        return value;
    }
}
