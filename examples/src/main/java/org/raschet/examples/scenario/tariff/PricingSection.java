package org.raschet.examples.scenario.tariff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.raschet.core.consumption.ConsumptionPolicies;
import org.raschet.core.consumption.PerDayConsumption;
import org.raschet.core.consumption.ServiceConsumption;
import org.raschet.core.consumption.ServiceInputs;
import org.raschet.core.error.RaschetException;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSection;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.compute.ComputeSection;
import org.raschet.examples.scenario.compute.ConsumptionSection;
import org.raschet.examples.scenario.input.Policies;
import org.raschet.examples.scenario.input.PoliciesSection;
import org.raschet.examples.scenario.input.ScenarioInputs;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.Rules;
import org.raschet.examples.scenario.json.ValueShape;
import org.raschet.tariffs.pricing.NormativeRequest;
import org.raschet.tariffs.pricing.Pricing;
import org.raschet.tariffs.pricing.PricingResult;
import org.raschet.tariffs.schedule.NormSchedule;
import org.threeten.extra.LocalDateRange;

/**
 * The {@code pricing} section: prices every account and service of the scenario (see {@link AccountPricing}) over
 * the days {@code from} … {@code to} as known on {@code asKnownOn}. An account with meters of the service: the
 * per-day engine ({@link PerDayConsumption#compute}) finds each day's volume from its meters and readings (by
 * readings, by the average, or by the normative, 354 p.42, p.59, p.60) and {@link Pricing#consumption} prices it
 * day by day at each day's tariff, split into social-norm blocks and zones. An account without a meter:
 * {@link Pricing#normative} prices n × N × K × T (354 App. 2, formula 4). Each line is rounded to kopecks once
 * (LEGAL §11); the protocol holds the per-day engine's and the pricing's steps.
 */
public final class PricingSection implements ComputeSection {
    /** The key under {@code compute}. */
    public static final String KEY = "pricing";

    /** The settings: the days priced and the knowledge date. */
    public static final ObjectShape SHAPE = ObjectShape.of("pricing settings",
            Property.required("from", ValueShape.DATE),
            Property.required("to", ValueShape.DATE),
            Property.optional("asKnownOn", ValueShape.DATE));

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public ObjectShape shape() {
        return SHAPE;
    }

    @Override
    public List<String> requires() {
        return List.of();
    }

    /**
     * The days {@code from} … {@code to} of a settings object.
     *
     * @throws ScenarioException with {@link Rules#DATE_ORDER} if {@code to} precedes {@code from}
     */
    static LocalDateRange days(ObjectCursor settings) {
        LocalDate from = settings.date("from");
        LocalDate to = settings.date("to");
        if (to.isBefore(from)) {
            throw new ScenarioException(settings.pathOf("to"), Rules.DATE_ORDER,
                    "the last day " + to + " precedes the first day " + from);
        }
        return LocalDateRange.ofClosed(from, to);
    }

    @Override
    public Prepared prepare(ObjectCursor settings, ScenarioInputs inputs) {
        LocalDateRange days = days(settings);
        // by default everything known by the day after the last day priced
        LocalDate asKnownOn = settings.findDate("asKnownOn").orElse(days.getEnd());
        List<AccountPricing> accounts = AccountPricing.all(inputs);
        for (AccountPricing a : accounts) {
            if (a.meters().isEmpty()) {
                a.requireNormative("it has no meter of this service");
            }
        }
        return context -> compute(inputs, days, asKnownOn, accounts);
    }

    private static TariffPricingResult compute(ScenarioInputs inputs, LocalDateRange days, LocalDate asKnownOn,
                                               List<AccountPricing> accounts) {
        ProtocolRecorder protocol = new ProtocolRecorder();
        Policies policies = inputs.get(PoliciesSection.INSTANCE);
        List<TariffPricingResult.Priced> out = new ArrayList<>();
        for (AccountPricing a : accounts) {
            PricingResult r;
            Optional<ServiceConsumption> consumption = Optional.empty();
            try {
                List<NormSchedule> limits = a.limits().stream().map(Entry::value).toList();
                var residents = a.premise().premise().residents();
                if (a.meters().isEmpty()) {
                    r = Pricing.normative(new NormativeRequest(a.premise().premise().id(), a.tariff().value(), limits,
                            a.requireNormative("no meter").value(), residents, days, a.reason(), a.policies()),
                            protocol);
                } else {
                    // the same policies as the consumption section: source priority, rollover, forecast, anomalies,
                    // daily profile
                    ConsumptionPolicies engine = ConsumptionSection.policies(policies, a.service());
                    ServiceConsumption sc = PerDayConsumption.compute(serviceInputs(inputs, a), days, asKnownOn,
                            engine, protocol);
                    consumption = Optional.of(sc);
                    r = Pricing.consumption(sc, a.tariff().value(), limits, residents, a.policies(), protocol);
                }
            } catch (RaschetException e) {
                throw Faults.at(e, a, inputs);
            }
            out.add(new TariffPricingResult.Priced(a, consumption.isPresent(), r));
        }
        return new TariffPricingResult(days, asKnownOn, out,
                new ProtocolSection(TariffPricingResult.TITLE_RU, TariffPricingResult.TITLE_EN, protocol.entries()));
    }

    /**
     * The per-day engine's inputs for an account's service: as the consumption section's (its meters with their
     * metering points, their readings, the premise, the acts about the service), with the normative and the
     * meter-installation act pricing resolved.
     */
    private static ServiceInputs serviceInputs(ScenarioInputs inputs, AccountPricing a) {
        ServiceInputs in = ConsumptionSection.serviceInputs(inputs, a.premise().premise().id(), a.service());
        return new ServiceInputs(in.account(), in.resource(), in.meters(), in.readings(), in.premise(),
                a.normativePerResident(), a.reason() == org.raschet.tariffs.pricing.NormativeReason.METER_IMPOSSIBLE,
                in.meteringPoints(), in.serviceEvents());
    }
}
