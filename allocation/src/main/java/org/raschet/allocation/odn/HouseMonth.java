package org.raschet.allocation.odn;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.money.Price;
import org.raschet.core.time.Days;

/**
 * The input of one house's common-house split for one billing period: the volumes of the month (the house meter,
 * any lower node meters, every premise's individual volume), the common-property normative where it is needed (no
 * house meter, or the cap), and the price of the month where the shares are to be charged.
 *
 * @param period    the billing period (354 p.37)
 * @param volumes   the volumes over the period's days
 * @param normative the common-property normative, per m² of common property per month
 * @param price     the price of the common-house volume for the month (kind common-house), if lines are wanted
 */
public record HouseMonth(YearMonth period, NetworkVolumes volumes, Optional<CommonNormative> normative,
                         Optional<Price> price) {
    /**
     * Validates the parts.
     *
     * @throws InvalidValueException if the volumes do not cover exactly the period's days, or the normative or the
     *                               price is not in the volumes' unit
     */
    public HouseMonth {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(volumes, "volumes");
        Objects.requireNonNull(normative, "normative");
        Objects.requireNonNull(price, "price");
        if (!volumes.span().equals(Days.of(period))) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "common-house month " + period,
                    volumes.span().getStart(), "volumes cover " + volumes.span() + ", not the period's days "
                    + Days.of(period), "odn.month-volumes-cover-period");
        }
        var unit = volumes.resource().unit();
        if (normative.isPresent() && normative.get().unit() != unit) {
            throw new InvalidValueException(ErrorCode.VALUE_UNIT_MISMATCH, "common-house month " + period, null,
                    "normative " + normative.get() + " is not per " + unit, "odn.normative-unit");
        }
        if (price.isPresent() && price.get().per() != unit) {
            throw new InvalidValueException(ErrorCode.VALUE_UNIT_MISMATCH, "common-house month " + period, null,
                    "price " + price.get() + " is not per " + unit, "odn.price-unit");
        }
    }

    /** A month with no normative and no price: a metered house whose general meeting shares the actual volume. */
    public static HouseMonth of(YearMonth period, NetworkVolumes volumes) {
        return new HouseMonth(period, volumes, Optional.empty(), Optional.empty());
    }

    /** This month with the common-property normative. */
    public HouseMonth withNormative(CommonNormative normative) {
        return new HouseMonth(period, volumes, Optional.of(normative), price);
    }

    /** This month with the price at which shares are charged. */
    public HouseMonth withPrice(Price price) {
        return new HouseMonth(period, volumes, normative, Optional.of(price));
    }

    /** This month with the volume of {@code node} replaced (e.g. a premise's, after a late reading). */
    public HouseMonth withVolume(NodeId node, VolumeByBasis volume) {
        return new HouseMonth(period, volumes.with(node, volume), normative, price);
    }
}
