package org.raschet.tariffs.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.money.CurrencyUnit;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.error.TariffCoverageException;
import org.raschet.core.error.TariffPriceException;
import org.raschet.core.error.TariffZoneException;
import org.raschet.core.meter.Register;
import org.raschet.core.meter.RegisterSet;
import org.raschet.core.money.Price;
import org.raschet.core.quantity.Resource;
import org.raschet.tariffs.internal.Coverage;
import org.threeten.extra.LocalDateRange;

/**
 * Tariff schedule (тарифное меню группы потребителей): the effective-dated prices of one service for one consumer
 * group and one zone structure (single-rate, two-zone day/night, three-zone peak/semi-peak/night), as a regional
 * tariff decision sets them. A price may change on any day (households usually on 1 July, LEGAL §10).
 *
 * <p>Every period prices exactly the zone registers of {@link #zones()} in every block, with positive prices per
 * unit of the service in one currency; this is checked at construction. Whether the periods leave gaps or overlap
 * is checked for the days actually billed ({@link #runs(LocalDateRange)}), so a schedule may carry history that is
 * irrelevant to the days asked about.
 *
 * @param id      the tariff's identifier, named in protocols and errors
 * @param service the service priced
 * @param group   the consumer group
 * @param zones   the zone registers every period prices
 * @param periods the effective-dated periods, in any order
 */
public record TariffSchedule(String id, Resource service, ConsumerGroup group, RegisterSet zones,
                             List<TariffPeriod> periods) {
    /**
     * Validates the schedule.
     *
     * @throws TariffZoneException     if a block prices a register outside {@code zones} (a zone price without its
     *                                 register) or leaves one of them without a price
     * @throws TariffPriceException    if a price is not positive, or is not per unit of the service, or in another
     *                                 currency than the rest
     * @throws TariffCoverageException if there is no period at all
     * @throws InvalidValueException   if the id is blank
     */
    public TariffSchedule {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(zones, "zones");
        periods = List.copyOf(periods);
        if (id == null || id.isBlank()) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "tariff id", null,
                    "identifier '" + id + "' is blank", "id.non-blank");
        }
        String label = "tariff " + id;
        if (periods.isEmpty()) {
            throw new TariffCoverageException(ErrorCode.SCHEDULE_GAP, label, group.code(), null,
                    "the schedule has no period", "tariff.periods-cover-billed-days");
        }
        CurrencyUnit currency = null;
        for (TariffPeriod p : periods) {
            LocalDate from = p.span().getStart();
            List<Map<Register, Price>> blocks = p.rates().blocks();
            for (int b = 0; b < blocks.size(); b++) {
                Map<Register, Price> prices = blocks.get(b);
                for (Register r : prices.keySet()) {
                    if (!zones.has(r)) {
                        throw new TariffZoneException(ErrorCode.TARIFF_ZONE_MISMATCH, label, group.code(), from,
                                "block #" + (b + 1) + " prices register " + r.code() + " (" + r.nameEn()
                                        + ") at " + prices.get(r) + ", but the tariff's zones are " + codes(zones),
                                "tariff.zone-price-has-register");
                    }
                }
                for (Register r : zones.registers()) {
                    Price price = prices.get(r);
                    if (price == null) {
                        throw new TariffZoneException(ErrorCode.TARIFF_ZONE_MISMATCH, label, group.code(), from,
                                "register " + r.code() + " (" + r.nameEn() + ") has no price in block #" + (b + 1)
                                        + " of the period " + Coverage.text(p.span()),
                                "tariff.register-has-price");
                    }
                    if (price.e4() <= 0) {
                        throw new TariffPriceException(ErrorCode.TARIFF_PRICE_INVALID, label, group.code(), from,
                                "price " + price + " of register " + r.code() + " in block #" + (b + 1)
                                        + " is not positive", "tariff.price-positive");
                    }
                    if (price.per() != service.unit()) {
                        throw new TariffPriceException(ErrorCode.TARIFF_PRICE_INVALID, label, group.code(), from,
                                "price " + price + " is not per " + service.unit().code() + " of "
                                        + service.nameEn(), "tariff.price-unit");
                    }
                    if (currency == null) {
                        currency = price.currency();
                    } else if (!currency.equals(price.currency())) {
                        throw new TariffPriceException(ErrorCode.TARIFF_PRICE_INVALID, label, group.code(), from,
                                "price " + price + " is not in " + currency.getCurrencyCode()
                                        + " like the schedule's other prices", "tariff.price-currency");
                    }
                }
            }
        }
    }

    /** A schedule of one period holding from {@code from} until further notice. */
    public static TariffSchedule from(String id, Resource service, ConsumerGroup group, RegisterSet zones,
                                      LocalDate from, Rates rates) {
        return new TariffSchedule(id, service, group, zones, List.of(TariffPeriod.from(from, rates)));
    }

    /**
     * The runs of equal rates that cover {@code range}, in order; consecutive periods with equal rates form one run.
     *
     * @throws TariffCoverageException if a day of {@code range} is covered by no period (a gap,
     *                                 {@link ErrorCode#SCHEDULE_GAP}) or by two ({@link ErrorCode#TARIFF_OVERLAP})
     */
    public List<Effective<Rates>> runs(LocalDateRange range) {
        String label = "tariff " + id;
        return Coverage.runs(periods.stream().map(TariffPeriod::span).toList(),
                periods.stream().map(TariffPeriod::rates).toList(), range, new Coverage.Faults() {
                    @Override
                    public RuntimeException gap(LocalDate day, String detail) {
                        return new TariffCoverageException(ErrorCode.SCHEDULE_GAP, label, group.code(), day, detail,
                                "tariff.periods-cover-billed-days");
                    }

                    @Override
                    public RuntimeException overlap(LocalDate day, String detail) {
                        return new TariffCoverageException(ErrorCode.TARIFF_OVERLAP, label, group.code(), day,
                                detail, "tariff.periods-do-not-overlap");
                    }
                });
    }

    /**
     * The rates in force on {@code day}.
     *
     * @throws TariffCoverageException if no period or two periods cover the day
     */
    public Rates ratesOn(LocalDate day) {
        return runs(LocalDateRange.of(day, day.plusDays(1))).get(0).value();
    }

    /** The currency of the schedule's prices. */
    public CurrencyUnit currency() {
        return periods.get(0).rates().blocks().get(0).values().iterator().next().currency();
    }

    private static String codes(RegisterSet zones) {
        StringBuilder sb = new StringBuilder();
        for (Register r : zones.registers()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(r.code());
        }
        return sb + " (" + zones + ")";
    }
}
