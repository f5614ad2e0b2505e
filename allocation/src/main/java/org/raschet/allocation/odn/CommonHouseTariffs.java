package org.raschet.allocation.odn;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.MissingPolicyInputException;
import org.raschet.core.meter.RegisterSet;
import org.raschet.core.quantity.Resource;
import org.raschet.tariffs.pricing.MonthSpreadPolicy;
import org.raschet.tariffs.pricing.Pricing;
import org.raschet.tariffs.pricing.PricingPolicies;
import org.raschet.tariffs.schedule.ConsumerGroup;
import org.raschet.tariffs.schedule.TariffBook;
import org.raschet.tariffs.schedule.TariffSchedule;

/**
 * How the common-house shares of a house are priced by the {@code tariffs} module (тарифы для начисления платы за КР
 * на СОИ): each premise's tariff schedule (that of its consumer group), how a monthly share falls on the month's
 * days, and the pricing policies. Each share is spread over its month's days and every run of days at one price
 * gets its own line ({@link Pricing#commonHouse}), so a tariff that changes on any day of the month is honoured
 * (LEGAL §6, §10).
 *
 * @param byPremise the tariff schedule of each premise named (premise → schedule)
 * @param otherwise the schedule of every other premise, if any
 * @param spread    how a monthly share is spread over the month's days (federal default: equal days)
 * @param policies  the pricing policies (zone shares, where a schedule is zoned)
 */
public record CommonHouseTariffs(Map<NodeId, TariffSchedule> byPremise, Optional<TariffSchedule> otherwise,
                                 MonthSpreadPolicy spread, PricingPolicies policies) {
    /** Validates and copies the parts. */
    public CommonHouseTariffs {
        Objects.requireNonNull(byPremise, "byPremise");
        TreeMap<NodeId, TariffSchedule> copy = new TreeMap<>();
        byPremise.forEach((p, t) -> copy.put(Objects.requireNonNull(p, "premise"),
                Objects.requireNonNull(t, "tariff")));
        byPremise = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(otherwise, "otherwise");
        Objects.requireNonNull(spread, "spread");
        Objects.requireNonNull(policies, "policies");
    }

    /** Every premise of the house priced by {@code tariff}; equal days, default policies. */
    public static CommonHouseTariffs of(TariffSchedule tariff) {
        return new CommonHouseTariffs(Map.of(), Optional.of(tariff), MonthSpreadPolicy.EQUAL_DAYS,
                PricingPolicies.DEFAULT);
    }

    /** Each premise named priced by its schedule (no schedule for the others); equal days, default policies. */
    public static CommonHouseTariffs byPremise(Map<NodeId, TariffSchedule> tariffs) {
        return new CommonHouseTariffs(tariffs, Optional.empty(), MonthSpreadPolicy.EQUAL_DAYS,
                PricingPolicies.DEFAULT);
    }

    /**
     * Each of {@code premises} priced by the schedule {@code tariffOf} gives it (e.g. by the premise's consumer
     * group); the function is applied once per premise, here.
     */
    public static CommonHouseTariffs of(Collection<NodeId> premises, Function<NodeId, TariffSchedule> tariffOf) {
        Map<NodeId, TariffSchedule> m = new TreeMap<>();
        for (NodeId p : premises) {
            m.put(p, Objects.requireNonNull(tariffOf.apply(p), "tariff of premise " + p));
        }
        return byPremise(m);
    }

    /**
     * The single-rate schedules of a region's tariff book by consumer group: each premise named in {@code groups}
     * gets the one single-rate tariff of {@code service} for its group, every other premise that of
     * {@code otherwise}. The common-house volume is one whole-day volume (the house meter's), so the single-rate
     * schedule of the group is taken; pass zoned schedules explicitly with {@link #byPremise} where a region prices
     * it by zones.
     *
     * @throws MissingPolicyInputException if the book has no single-rate tariff, or more than one, of
     *                                     {@code service} for a group
     */
    public static CommonHouseTariffs fromBook(TariffBook book, Resource service, Map<NodeId, ConsumerGroup> groups,
                                              ConsumerGroup otherwise) {
        Map<NodeId, TariffSchedule> m = new TreeMap<>();
        groups.forEach((p, g) -> m.put(p, book.tariff(service, g, RegisterSet.SINGLE)));
        return new CommonHouseTariffs(m, Optional.of(book.tariff(service, otherwise, RegisterSet.SINGLE)),
                MonthSpreadPolicy.EQUAL_DAYS, PricingPolicies.DEFAULT);
    }

    /** These tariffs with {@code premise} priced by {@code tariff}. */
    public CommonHouseTariffs with(NodeId premise, TariffSchedule tariff) {
        Map<NodeId, TariffSchedule> m = new TreeMap<>(byPremise);
        m.put(premise, tariff);
        return new CommonHouseTariffs(m, otherwise, spread, policies);
    }

    /** These tariffs with another spread of a monthly share over the days. */
    public CommonHouseTariffs withSpread(MonthSpreadPolicy other) {
        return new CommonHouseTariffs(byPremise, otherwise, other, policies);
    }

    /** These tariffs with other pricing policies. */
    public CommonHouseTariffs withPolicies(PricingPolicies other) {
        return new CommonHouseTariffs(byPremise, otherwise, spread, other);
    }

    /**
     * The tariff schedule of {@code premise}.
     *
     * @throws MissingPolicyInputException naming the premise if it has none
     */
    public TariffSchedule tariffOf(NodeId premise) {
        TariffSchedule t = byPremise.get(premise);
        if (t != null) {
            return t;
        }
        return otherwise.orElseThrow(() -> new MissingPolicyInputException(ErrorCode.POLICY_INPUT_MISSING,
                "premise " + premise, null, "no tariff schedule is given to price its common-house share",
                "odn.premise-has-tariff"));
    }

    /** The schedules given ({@link #byPremise}'s values and {@link #otherwise}), for checks. */
    java.util.List<TariffSchedule> schedules() {
        java.util.List<TariffSchedule> out = new java.util.ArrayList<>(byPremise.values());
        otherwise.ifPresent(out::add);
        return out;
    }
}
