package org.raschet.core.account;

import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;

/**
 * Identifier of an account (лицевой счёт), as the host system knows it.
 *
 * @param value the non-blank identifier
 */
public record AccountId(String value) {
    /**
     * Validates that the identifier is not blank.
     *
     * @throws InvalidValueException with {@link ErrorCode#VALUE_OUT_OF_RANGE} if it is null or blank
     */
    public AccountId {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "account id", null,
                    "identifier '" + value + "' is blank", "id.non-blank");
        }
    }

    /** The account with this identifier. */
    public static AccountId of(String value) {
        return new AccountId(value);
    }

    /** The identifier itself. */
    @Override
    public String toString() {
        return value;
    }
}
