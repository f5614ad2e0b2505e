package org.raschet.allocation.penalty;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.protocol.LegalRef;
import org.raschet.core.protocol.LegalRefs;

/**
 * How the penalty rate follows from the key rate on the rate day: the key rate itself (ЖК РФ ст. 155 ч. 14), or
 * the key rate capped (постановление Правительства РФ № 474: the lower of 9.5 %, the key rate on 27.02.2022,
 * and the key rate on the rate day).
 *
 * @param id         a stable identifier printed in the protocol, e.g. {@code "key-rate"} or {@code "decree-474-cap"}
 * @param capPercent the cap, % a year, or empty for the plain key rate
 * @param source     the legal source of the rule
 */
public record RateRule(String id, Optional<BigDecimal> capPercent, LegalRef source) {
    /** The plain key rate (ЖК РФ ст. 155 ч. 14). */
    public static final RateRule KEY_RATE = new RateRule("key-rate", Optional.empty(), LegalRefs.ZHK_155_P14);

    /** Decree No. 474 (as extended to 01.01.2027): min(9.5 %, key rate). */
    public static final RateRule DECREE_474_CAP = new RateRule("decree-474-cap",
            Optional.of(new BigDecimal("9.50")), LegalRefs.DECREE_474);

    /**
     * Validates the parts.
     *
     * @throws InvalidValueException if the cap is negative or finer than 0.01 %
     */
    public RateRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(capPercent, "capPercent");
        Objects.requireNonNull(source, "source");
        capPercent.ifPresent(c -> {
            if (c.signum() < 0 || c.stripTrailingZeros().scale() > 2) {
                throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "rate rule " + id, null,
                        "cap " + c.toPlainString() + " % is negative or finer than 0.01 %", "rate-rule.cap");
            }
        });
    }

    /** A rule capping the key rate at {@code capPercent}. */
    public static RateRule capped(String id, BigDecimal capPercent, LegalRef source) {
        return new RateRule(id, Optional.of(capPercent), source);
    }

    /** The penalty rate in basis points for a key rate of {@code keyBasisPoints}. */
    public long apply(long keyBasisPoints) {
        return capPercent.map(c -> Math.min(c.movePointRight(2).longValueExact(), keyBasisPoints))
                .orElse(keyBasisPoints);
    }

    @Override
    public String toString() {
        return id + capPercent.map(c -> "(min " + c.toPlainString() + "%)").orElse("");
    }
}
