package org.raschet.examples.scenario.tariff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.raschet.core.error.MissingPolicyInputException;
import org.raschet.core.meter.RegisterSet;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.time.Timeline;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.input.Domain;
import org.raschet.examples.scenario.input.MeterEntry;
import org.raschet.examples.scenario.input.Policies;
import org.raschet.examples.scenario.input.PoliciesSection;
import org.raschet.examples.scenario.input.MetersSection;
import org.raschet.examples.scenario.input.PremiseEntry;
import org.raschet.examples.scenario.input.PremisesSection;
import org.raschet.examples.scenario.input.ScenarioInputs;
import org.raschet.examples.scenario.input.ServiceEntry;
import org.raschet.examples.scenario.input.ServicesSection;
import org.raschet.examples.scenario.json.JsonPath;
import org.raschet.examples.scenario.json.Names;
import org.raschet.examples.scenario.json.Rules;
import org.raschet.tariffs.pricing.NormativeReason;
import org.raschet.tariffs.pricing.PricingPolicies;
import org.raschet.tariffs.pricing.ZoneSharePolicy;
import org.raschet.tariffs.schedule.ConsumerGroup;
import org.raschet.tariffs.schedule.NormBasis;
import org.raschet.tariffs.schedule.NormKind;
import org.raschet.tariffs.schedule.NormPeriod;
import org.raschet.tariffs.schedule.NormRule;
import org.raschet.tariffs.schedule.NormSchedule;
import org.raschet.tariffs.schedule.TariffBook;
import org.raschet.tariffs.schedule.TariffSchedule;

/**
 * How one account's service is priced, resolved from {@code accountTariffs} and, for what it does not name, from the
 * region's tariffs and norms by the premise's consumer group ({@code tariffGroup}):
 * <ul>
 *   <li>tariff: the one of the service and group whose zones are the register set of the account's meters (a
 *       single-rate tariff without meters); failing that, the only tariff of the service and group;</li>
 *   <li>block limits: the social norm of the service and group, if there is exactly one (volume bands are named);</li>
 *   <li>normative: the account's {@code services[].normativePerResident} (per resident, the same every month),
 *       else the consumption normative of the service and group, if there is exactly one;</li>
 *   <li>normative reason: {@code meter-impossible} where {@code services[].meterInstallationImpossible} says so,
 *       else {@code no-meter} (the increasing coefficient applies, 354 App. 2, formula 4);</li>
 *   <li>zone shares: the account's zone history where given, else in proportion to zone hours.</li>
 * </ul>
 *
 * @param premise     the premise and its account
 * @param service     the service
 * @param meters      the account's meters of the service, in document order (none: priced by the normative)
 * @param given       what {@code accountTariffs} says, if anything
 * @param serviceEntry what {@code services} says (the per-day engine's normative and meter installation), if anything
 * @param tariff      the tariff schedule
 * @param limits      the block limits, in block order
 * @param normative   the normative, if any
 * @param reason      why the normative applies
 * @param zoneShares  how a volume without zone readings is shared among zones
 * @param policies    the pricing policies for this account
 */
public record AccountPricing(PremiseEntry premise, Resource service, List<MeterEntry> meters,
                             Optional<AccountTariff> given, Optional<ServiceEntry> serviceEntry,
                             Entry<TariffSchedule> tariff,
                             List<Entry<NormSchedule>> limits, Optional<Entry<NormSchedule>> normative,
                             NormativeReason reason, ZoneSharePolicy zoneShares, PricingPolicies policies) {
    /** Validates the parts. */
    public AccountPricing {
        Objects.requireNonNull(premise, "premise");
        Objects.requireNonNull(service, "service");
        meters = List.copyOf(meters);
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(serviceEntry, "serviceEntry");
        Objects.requireNonNull(tariff, "tariff");
        limits = List.copyOf(limits);
        Objects.requireNonNull(normative, "normative");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(zoneShares, "zoneShares");
        Objects.requireNonNull(policies, "policies");
    }

    /**
     * Every account and service the scenario prices: premises in document order, services in the order of
     * {@link Resource}; a pair is priced when the account has a meter of the service, {@code services} or
     * {@code accountTariffs} names it, or the premise's consumer group has a tariff of the service (then, without a
     * meter, by the normative).
     *
     * @throws ScenarioException if a tariff cannot be found for a pair
     */
    public static List<AccountPricing> all(ScenarioInputs inputs) {
        List<AccountPricing> out = new ArrayList<>();
        AccountTariffs given = inputs.get(AccountTariffsSection.INSTANCE);
        List<TariffSchedule> tariffs = inputs.get(TariffsSection.INSTANCE).schedules();
        for (PremiseEntry p : inputs.get(PremisesSection.INSTANCE).entries()) {
            for (Resource service : Resource.values()) {
                boolean metered = !meters(inputs, p, service).isEmpty();
                boolean grouped = tariffs.stream().anyMatch(t -> t.service() == service
                        && t.group().code().equals(p.premise().tariffGroup()));
                boolean declared = inputs.get(ServicesSection.INSTANCE).find(p.premise().id(), service).isPresent();
                if (metered || grouped || declared || given.find(p.premise().id(), service).isPresent()) {
                    out.add(resolve(inputs, p, service));
                }
            }
        }
        return out;
    }

    /**
     * Resolves how {@code premise}'s {@code service} is priced.
     *
     * @throws ScenarioException if no tariff is named or found by the consumer group
     */
    public static AccountPricing resolve(ScenarioInputs inputs, PremiseEntry premise, Resource service) {
        Tariffs tariffs = inputs.get(TariffsSection.INSTANCE);
        Norms norms = inputs.get(NormsSection.INSTANCE);
        TariffBook book = new TariffBook(tariffs.schedules(), norms.schedules());
        ConsumerGroup group = ConsumerGroup.of(premise.premise().tariffGroup());
        Optional<AccountTariff> given = inputs.get(AccountTariffsSection.INSTANCE).find(premise.premise().id(),
                service);
        List<MeterEntry> meters = meters(inputs, premise, service);
        JsonPath where = given.map(AccountTariff::path).orElse(premise.path());
        Entry<TariffSchedule> tariff = given.flatMap(AccountTariff::tariff).orElseGet(() -> {
            RegisterSet zones = meters.isEmpty() ? RegisterSet.SINGLE : meters.get(meters.size() - 1).meter()
                    .registers();
            String id;
            try {
                id = book.tariff(service, group, zones).id();
            } catch (MissingPolicyInputException e) {
                List<TariffSchedule> ofGroup = tariffs.schedules().stream()
                        .filter(t -> t.service() == service && t.group().equals(group)).toList();
                if (ofGroup.size() != 1) {
                    throw new ScenarioException(given.isPresent() ? where.property("tariff")
                            : where.property("tariffGroup"), e);
                }
                id = ofGroup.get(0).id();
            }
            return tariffs.find(id).orElseThrow();
        });
        List<Entry<NormSchedule>> limits = given.flatMap(AccountTariff::limits).orElseGet(() ->
                book.findNorm(NormKind.SOCIAL_NORM, service, group).map(n -> List.of(norms.find(n.id()).orElseThrow()))
                        .orElse(List.of()));
        Optional<ServiceEntry> entry = inputs.get(ServicesSection.INSTANCE).find(premise.premise().id(), service);
        Optional<Entry<NormSchedule>> normative = given.flatMap(AccountTariff::normative)
                .or(() -> entry.flatMap(e -> normativeOf(e, group)))
                .or(() -> book.findNorm(NormKind.NORMATIVE, service, group).flatMap(n -> norms.find(n.id())));
        boolean impossible = entry.map(ServiceEntry::meterInstallationImpossible).orElse(false);
        Optional<NormativeReason> named = given.flatMap(AccountTariff::reason);
        if (impossible && named.isPresent() && named.get() != NormativeReason.METER_IMPOSSIBLE) {
            throw new ScenarioException(where.property("normativeReason"), Rules.PRICING_REASON_AGREES,
                    "normativeReason " + Names.of(named.get()) + " contradicts meterInstallationImpossible of "
                            + entry.get().path() + ": give meter-impossible, or drop one of them");
        }
        NormativeReason reason = named.orElse(impossible ? NormativeReason.METER_IMPOSSIBLE
                : NormativeReason.NO_METER);
        ZoneSharePolicy zoneShares = given.flatMap(AccountTariff::zoneHistory).map(ZoneSharePolicy::history)
                .orElse(ZoneSharePolicy.ZONE_HOURS);
        Policies chosen = inputs.get(PoliciesSection.INSTANCE);
        PricingPolicies policies = new PricingPolicies(zoneShares, chosen.get(PricingSettings.NORM_ZONE_SPLIT),
                chosen.get(PricingSettings.INCREASING_COEFFICIENT));
        return new AccountPricing(premise, service, meters, given, entry, tariff, limits, normative, reason,
                zoneShares, policies);
    }

    /**
     * The normative of a {@code services} entry as a norm schedule: per resident, the same every month, each value
     * from its date until the next; named {@code services:<account>} in the protocol.
     */
    private static Optional<Entry<NormSchedule>> normativeOf(ServiceEntry e, ConsumerGroup group) {
        java.util.NavigableMap<java.time.LocalDate, Quantity> values = e.normativePerResident().entries();
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<NormPeriod> periods = new ArrayList<>();
        values.forEach((from, q) -> {
            java.time.LocalDate next = values.higherKey(from);
            NormRule rule = NormRule.flat(NormBasis.PER_RESIDENT, q);
            periods.add(next == null ? NormPeriod.from(from, rule) : NormPeriod.of(from, next, rule));
        });
        NormSchedule schedule = Domain.at(e.path().property("normativePerResident"), () -> new NormSchedule(
                "services:" + e.account(), NormKind.NORMATIVE, e.resource(), group, periods));
        return Optional.of(new Entry<>(schedule, e.path().property("normativePerResident")));
    }

    private static List<MeterEntry> meters(ScenarioInputs inputs, PremiseEntry premise, Resource service) {
        return inputs.get(MetersSection.INSTANCE).entries().stream()
                .filter(m -> m.meter().account().equals(premise.premise().id()) && m.meter().resource() == service)
                .toList();
    }

    /** Where what this pricing says is given: the account tariff, or the premise when nothing is. */
    public JsonPath path() {
        return given.map(AccountTariff::path).orElse(premise.path());
    }

    /** Where a property of the account tariff is, or the premise's {@code tariffGroup} it was looked up by. */
    public JsonPath pathOf(String property) {
        return given.isPresent() ? given.get().path().property(property) : premise.path().property("tariffGroup");
    }

    /**
     * The normative, which pricing without a meter needs.
     *
     * @throws ScenarioException with {@link Rules#PRICING_NORMATIVE_GIVEN} if there is none
     */
    public Entry<NormSchedule> requireNormative(String why) {
        return normative.orElseThrow(() -> new ScenarioException(pathOf("normative"), Rules.PRICING_NORMATIVE_GIVEN,
                "account '" + premise.premise().id() + "' is priced by the normative (" + why + "), but no "
                        + "normative of " + Names.of(service) + " is named and the group '"
                        + premise.premise().tariffGroup() + "' has none in $.norms"));
    }

    /**
     * The normative per resident per month as the per-day engine takes it (a value from each date): the account's
     * {@code services[].normativePerResident} where given, else the normative when it is per resident and the same
     * in every month for every household size; otherwise empty, and a day the per-day engine must bill by the
     * normative fails naming the missing input.
     */
    public Timeline<Quantity> normativePerResident() {
        if (serviceEntry.isPresent() && !serviceEntry.get().normativePerResident().entries().isEmpty()) {
            return serviceEntry.get().normativePerResident();
        }
        if (normative.isEmpty()) {
            return Timeline.of(Map.of());
        }
        TreeMap<java.time.LocalDate, NormPeriod> byStart = new TreeMap<>();
        normative.get().value().periods().forEach(p -> byStart.put(p.span().getStart(), p));
        TreeMap<java.time.LocalDate, Quantity> values = new TreeMap<>();
        java.time.LocalDate expected = null;
        for (NormPeriod p : byStart.values()) {
            Optional<Quantity> flat = flatPerResident(p);
            boolean last = p == byStart.lastEntry().getValue();
            if (flat.isEmpty() || (expected != null && !expected.equals(p.span().getStart()))
                    || (last && !p.span().isUnboundedEnd())) {
                return Timeline.of(Map.of());
            }
            values.put(p.span().getStart(), flat.get());
            expected = p.span().isUnboundedEnd() ? null : p.span().getEnd();
        }
        return Timeline.of(values);
    }

    private static Optional<Quantity> flatPerResident(NormPeriod p) {
        if (p.rule().basis() != NormBasis.PER_RESIDENT || p.rule().byMonth().size() != 12) {
            return Optional.empty();
        }
        List<Quantity> first = p.rule().byMonth().values().iterator().next();
        boolean same = first.size() == 1 && p.rule().byMonth().values().stream().allMatch(first::equals);
        return same ? Optional.of(first.get(0)) : Optional.empty();
    }
}
