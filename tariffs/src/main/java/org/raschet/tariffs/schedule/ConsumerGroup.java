package org.raschet.tariffs.schedule;

import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;

/**
 * Consumer group (группа потребителей) for which a region sets its own prices and norms: urban or rural
 * population, houses with electric stoves or electric heating, businesses. The code is the one a premise carries
 * as its {@code tariffGroup}.
 *
 * @param code the non-blank code, e.g. {@code "urban"}
 */
public record ConsumerGroup(String code) {
    /** Urban population (городское население). */
    public static final ConsumerGroup URBAN = new ConsumerGroup("urban");
    /** Rural population (сельское население). */
    public static final ConsumerGroup RURAL = new ConsumerGroup("rural");
    /** Houses with stationary electric stoves (дома с электроплитами). */
    public static final ConsumerGroup ELECTRIC_STOVE = new ConsumerGroup("electric-stove");
    /** Houses with electric heating (дома с электроотопительными установками). */
    public static final ConsumerGroup ELECTRIC_HEATING = new ConsumerGroup("electric-heating");
    /** Businesses and other non-household consumers (прочие потребители). */
    public static final ConsumerGroup BUSINESS = new ConsumerGroup("business");

    /**
     * Validates the code.
     *
     * @throws InvalidValueException if the code is blank
     */
    public ConsumerGroup {
        if (code == null || code.isBlank()) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "consumer group", null,
                    "code '" + code + "' is blank", "id.non-blank");
        }
    }

    /** The group with this code (a premise's {@code tariffGroup}). */
    public static ConsumerGroup of(String code) {
        return new ConsumerGroup(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
