package org.raschet.allocation.odn;

import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.error.MissingPolicyInputException;
import org.raschet.core.money.Price;
import org.raschet.core.time.Days;
import org.raschet.tariffs.schedule.ConsumerGroup;
import org.raschet.tariffs.schedule.TariffBook;
import org.raschet.tariffs.schedule.TariffSchedule;

/**
 * The input of one house's common-house split for one billing period: the volumes of the month (the house meter,
 * any lower node meters, every premise's individual volume), the common-property normative where it is needed (no
 * house meter, or the cap), and how the shares are charged, if lines are wanted: either one price for the whole
 * month ({@link #withPrice}), or the premises' tariff schedules ({@link #withTariffs(CommonHouseTariffs)}), which
 * price every day of the month at the tariff in force on it.
 *
 * @param period    the billing period (354 p.37)
 * @param volumes   the volumes over the period's days
 * @param normative the common-property normative, per m² of common property per month
 * @param price     the one price of the common-house volume for the month (kind common-house), if lines are wanted
 *                  at one price
 * @param tariffs   the premises' tariff schedules, if lines are wanted at the tariffs of the month's days
 */
public record HouseMonth(YearMonth period, NetworkVolumes volumes, Optional<CommonNormative> normative,
                         Optional<Price> price, Optional<CommonHouseTariffs> tariffs) {
    /**
     * Validates the parts.
     *
     * @throws InvalidValueException if the volumes do not cover exactly the period's days, the normative, the price
     *                               or a tariff is not in the volumes' unit (a tariff: not of their resource), or
     *                               both a price and tariffs are given
     */
    public HouseMonth {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(volumes, "volumes");
        Objects.requireNonNull(normative, "normative");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(tariffs, "tariffs");
        String entity = "common-house month " + period;
        if (!volumes.span().equals(Days.of(period))) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, entity, volumes.span().getStart(),
                    "volumes cover " + volumes.span() + ", not the period's days " + Days.of(period),
                    "odn.month-volumes-cover-period");
        }
        var unit = volumes.resource().unit();
        if (normative.isPresent() && normative.get().unit() != unit) {
            throw new InvalidValueException(ErrorCode.VALUE_UNIT_MISMATCH, entity, null,
                    "normative " + normative.get() + " is not per " + unit, "odn.normative-unit");
        }
        if (price.isPresent() && price.get().per() != unit) {
            throw new InvalidValueException(ErrorCode.VALUE_UNIT_MISMATCH, entity, null,
                    "price " + price.get() + " is not per " + unit, "odn.price-unit");
        }
        if (price.isPresent() && tariffs.isPresent()) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, entity, period.atDay(1),
                    "both a price " + price.get() + " and tariff schedules are given; the shares are charged one way",
                    "odn.one-pricing");
        }
        if (tariffs.isPresent()) {
            for (TariffSchedule t : tariffs.get().schedules()) {
                if (t.service() != volumes.resource()) {
                    throw new InvalidValueException(ErrorCode.VALUE_UNIT_MISMATCH, entity, period.atDay(1),
                            "tariff " + t.id() + " prices " + t.service().nameEn() + ", not "
                                    + volumes.resource().nameEn(), "odn.tariff-service");
                }
            }
        }
    }

    /**
     * The month as it was before tariffs could be given: a price or none.
     *
     * @throws InvalidValueException as the canonical constructor
     */
    public HouseMonth(YearMonth period, NetworkVolumes volumes, Optional<CommonNormative> normative,
                      Optional<Price> price) {
        this(period, volumes, normative, price, Optional.empty());
    }

    /** A month with no normative and no price: a metered house whose general meeting shares the actual volume. */
    public static HouseMonth of(YearMonth period, NetworkVolumes volumes) {
        return new HouseMonth(period, volumes, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** This month with the common-property normative. */
    public HouseMonth withNormative(CommonNormative normative) {
        return new HouseMonth(period, volumes, Optional.of(normative), price, tariffs);
    }

    /** This month with the one price at which shares are charged, instead of any tariff schedules. */
    public HouseMonth withPrice(Price price) {
        return new HouseMonth(period, volumes, normative, Optional.of(price), Optional.empty());
    }

    /**
     * This month with the premises' tariff schedules, instead of any one price: each share is spread over the
     * month's days and each run of days at one price gets its own line (LEGAL §6, §10).
     *
     * @throws InvalidValueException if a schedule prices another resource
     */
    public HouseMonth withTariffs(CommonHouseTariffs tariffs) {
        return new HouseMonth(period, volumes, normative, Optional.empty(), Optional.of(tariffs));
    }

    /**
     * This month with every premise priced by {@code tariff}, at the tariffs of the month's days.
     *
     * @throws InvalidValueException if the schedule prices another resource
     */
    public HouseMonth withTariffs(TariffSchedule tariff) {
        return withTariffs(CommonHouseTariffs.of(tariff));
    }

    /**
     * This month with the premises priced by the single-rate schedules of their consumer groups in a region's book
     * ({@link CommonHouseTariffs#fromBook}).
     *
     * @param book      the region's tariff book
     * @param groups    the consumer group of each premise named
     * @param otherwise the consumer group of every other premise
     * @throws MissingPolicyInputException if the book has no single-rate tariff (or several) of the month's resource
     *                                     for a group
     */
    public HouseMonth withTariffs(TariffBook book, Map<NodeId, ConsumerGroup> groups, ConsumerGroup otherwise) {
        return withTariffs(CommonHouseTariffs.fromBook(book, volumes.resource(), groups, otherwise));
    }

    /** This month with the volume of {@code node} replaced (e.g. a premise's, after a late reading). */
    public HouseMonth withVolume(NodeId node, VolumeByBasis volume) {
        return new HouseMonth(period, volumes.with(node, volume), normative, price, tariffs);
    }

    /** Whether the shares are charged: by one price or by tariff schedules. */
    public boolean priced() {
        return price.isPresent() || tariffs.isPresent();
    }
}
