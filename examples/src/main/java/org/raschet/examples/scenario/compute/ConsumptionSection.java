package org.raschet.examples.scenario.compute;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.raschet.core.account.AccountId;
import org.raschet.core.account.Premise;
import org.raschet.core.consumption.ConsumptionPolicies;
import org.raschet.core.consumption.PerDayConsumption;
import org.raschet.core.consumption.ServiceConsumption;
import org.raschet.core.consumption.ServiceInputs;
import org.raschet.core.error.RaschetException;
import org.raschet.core.meter.Meter;
import org.raschet.core.meter.MeterId;
import org.raschet.core.meter.Reading;
import org.raschet.core.protocol.ProtocolEntry;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSection;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.time.Timeline;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.input.AnomalyThresholdsSetting;
import org.raschet.examples.scenario.input.Domain;
import org.raschet.examples.scenario.input.ForecastSetting;
import org.raschet.examples.scenario.input.MeterEntry;
import org.raschet.examples.scenario.input.MetersSection;
import org.raschet.examples.scenario.input.Policies;
import org.raschet.examples.scenario.input.PoliciesSection;
import org.raschet.examples.scenario.input.PolicyChoice;
import org.raschet.examples.scenario.input.PremiseEntry;
import org.raschet.examples.scenario.input.PremisesSection;
import org.raschet.examples.scenario.input.ReadingEntry;
import org.raschet.examples.scenario.input.ReadingPrioritySetting;
import org.raschet.examples.scenario.input.ReadingsSection;
import org.raschet.examples.scenario.input.ScenarioInputs;
import org.raschet.examples.scenario.input.ServiceEntry;
import org.raschet.examples.scenario.input.ServicesSection;
import org.raschet.examples.scenario.json.ArrayShape;
import org.raschet.examples.scenario.json.JsonCursor;
import org.raschet.examples.scenario.json.JsonPath;
import org.raschet.examples.scenario.json.Names;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.Rules;
import org.raschet.examples.scenario.json.ValueShape;
import org.threeten.extra.LocalDateRange;

/**
 * The {@code consumption} section: the volume of every day of a range for each service (account and resource), as
 * known on one or more dates, by Raschet's per-day engine ({@link PerDayConsumption#compute}; 354 p.42, p.59, p.60;
 * LEGAL §2–§4) under the scenario's policies: readings accepted by source priority (a control reading overrules
 * contradicting readings of lower rank), volumes between readings spread over their days, forecasts by the average
 * or the normative where readings are missing, the volume per billing period by basis, and anomaly flags.
 *
 * <p>The services are those of the meters (in document order), then those of {@code services} without meters;
 * {@code account} and {@code resource} narrow them down. Each service is computed as known on each date of
 * {@code asKnownOn}, in the order given.
 */
public final class ConsumptionSection implements ComputeSection {
    /** The key under {@code compute}. */
    public static final String KEY = "consumption";

    /** The longest range a scenario may ask for, in days (ten years and a little). */
    public static final int MAX_DAYS = 3700;

    /** The settings: the days, the knowledge dates, and optionally one account and one resource. */
    public static final ObjectShape SHAPE = ObjectShape.of("consumption settings",
            Property.required("firstDay", ValueShape.DATE),
            Property.required("lastDay", ValueShape.DATE),
            Property.required("asKnownOn", ArrayShape.of(ValueShape.DATE)),
            Property.optional("account", ValueShape.STRING),
            Property.optional("resource", Names.choice(Resource.class)));

    /** An account's service. */
    record Service(AccountId account, Resource resource) {
    }

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

    @Override
    public Prepared prepare(ObjectCursor settings, ScenarioInputs inputs) {
        LocalDate first = settings.date("firstDay");
        LocalDate last = settings.date("lastDay");
        if (last.isBefore(first)) {
            throw new ScenarioException(settings.pathOf("lastDay"), Rules.RANGE,
                    "lastDay " + last + " is before firstDay " + first);
        }
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        if (days > MAX_DAYS) {
            throw new ScenarioException(settings.pathOf("lastDay"), Rules.RANGE,
                    "the range " + first + " … " + last + " has " + days + " days, more than " + MAX_DAYS);
        }
        List<LocalDate> knownOn = new ArrayList<>();
        for (Map.Entry<LocalDate, JsonCursor> e : settings.dates("asKnownOn")) {
            if (knownOn.contains(e.getKey())) {
                throw e.getValue().fault(Rules.DISTINCT, "the date " + e.getKey() + " is given twice");
            }
            knownOn.add(e.getKey());
        }
        if (knownOn.isEmpty()) {
            throw new ScenarioException(settings.pathOf("asKnownOn"), Rules.REQUIRED_PROPERTY,
                    "asKnownOn names no date: give at least one");
        }
        List<Service> services = services(settings, inputs);
        LocalDateRange range = LocalDateRange.ofClosed(first, last);
        return context -> compute(settings.path(), inputs, range, knownOn, services);
    }

    /** The services to compute: of the meters in document order, then of {@code services}; narrowed down. */
    private static List<Service> services(ObjectCursor settings, ScenarioInputs inputs) {
        Optional<AccountId> account = settings.findString("account")
                .map(a -> Domain.at(settings.pathOf("account"), () -> AccountId.of(a)));
        if (account.isPresent() && inputs.get(PremisesSection.INSTANCE).find(account.get()).isEmpty()) {
            throw new ScenarioException(settings.pathOf("account"), Rules.KNOWN_REFERENCE,
                    "account '" + account.get() + "' is not declared in $.premises");
        }
        Optional<Resource> resource = settings.findChoice("resource").map(n -> Names.parse(Resource.class, n));
        Set<Service> all = new LinkedHashSet<>();
        for (MeterEntry m : inputs.get(MetersSection.INSTANCE).entries()) {
            all.add(new Service(m.meter().account(), m.meter().resource()));
        }
        for (ServiceEntry s : inputs.get(ServicesSection.INSTANCE).entries()) {
            all.add(new Service(s.account(), s.resource()));
        }
        List<Service> out = all.stream().filter(s -> account.map(a -> a.equals(s.account())).orElse(true))
                .filter(s -> resource.map(r -> r == s.resource()).orElse(true)).toList();
        if (out.isEmpty()) {
            JsonPath at = resource.isPresent() ? settings.pathOf("resource")
                    : account.isPresent() ? settings.pathOf("account") : settings.path();
            throw new ScenarioException(at, Rules.KNOWN_REFERENCE, "no service to compute: no meter and no entry"
                    + " of $.services" + account.map(a -> " of account '" + a + "'").orElse("")
                    + resource.map(r -> " for " + Names.of(r)).orElse(""));
        }
        return out;
    }

    private static ConsumptionResult compute(JsonPath at, ScenarioInputs inputs, LocalDateRange range,
                                             List<LocalDate> knownOn, List<Service> services) {
        Policies policies = inputs.get(PoliciesSection.INSTANCE);
        Map<Reading, JsonPath> paths = new LinkedHashMap<>();
        for (ReadingEntry r : inputs.get(ReadingsSection.INSTANCE).entries()) {
            paths.putIfAbsent(r.reading(), r.path());
        }
        List<ConsumptionView> views = new ArrayList<>();
        for (Service s : services) {
            ServiceInputs in = inputs(inputs, s);
            ConsumptionPolicies cp = new ConsumptionPolicies(policies.get(ReadingPrioritySetting.INSTANCE),
                    policies.get(PolicyChoice.ROLLOVER), policies.get(ForecastSetting.INSTANCE),
                    policies.get(AnomalyThresholdsSetting.INSTANCE).thresholds(s.resource().unit()));
            for (LocalDate k : knownOn) {
                ProtocolRecorder recorder = new ProtocolRecorder();
                ServiceConsumption c;
                try {
                    c = PerDayConsumption.compute(in, range, k, cp, recorder);
                } catch (RaschetException e) {
                    throw new ScenarioException(faultPath(e, at, inputs, s, k), e);
                }
                List<ProtocolEntry> entries = recorder.entries();
                if (entries.size() != 1 || !(entries.get(0) instanceof ProtocolSection section)) {
                    throw new IllegalStateException("the per-day engine recorded " + entries.size() + " entries");
                }
                views.add(new ConsumptionView(c, cp, section));
            }
        }
        return new ConsumptionResult(range, knownOn, views, paths);
    }

    /** Everything the scenario knows about one service. */
    static ServiceInputs inputs(ScenarioInputs inputs, Service s) {
        List<Meter> meters = new ArrayList<>();
        List<Reading> readings = new ArrayList<>();
        for (MeterEntry m : inputs.get(MetersSection.INSTANCE).entries()) {
            if (m.meter().account().equals(s.account()) && m.meter().resource() == s.resource()) {
                meters.add(m.meter());
            }
        }
        for (ReadingEntry r : inputs.get(ReadingsSection.INSTANCE).entries()) {
            if (meters.stream().anyMatch(m -> m.id().equals(r.reading().meter()))) {
                readings.add(r.reading());
            }
        }
        Premise premise = inputs.get(PremisesSection.INSTANCE).find(s.account()).orElseThrow().premise();
        Optional<ServiceEntry> service = inputs.get(ServicesSection.INSTANCE).find(s.account(), s.resource());
        Timeline<Quantity> normative = service.map(ServiceEntry::normativePerResident).orElse(Timeline.of(Map.of()));
        boolean impossible = service.map(ServiceEntry::meterInstallationImpossible).orElse(false);
        return new ServiceInputs(s.account(), s.resource(), meters, readings, Optional.of(premise), normative,
                impossible);
    }

    /**
     * Where a fault found by the engine is: the reading it names (meter, date and value), the meter, the premise's
     * residents, the service's normative, or else the section's settings.
     */
    private static JsonPath faultPath(RaschetException e, JsonPath settings, ScenarioInputs inputs, Service s,
                                      LocalDate knownOn) {
        String entity = e.entity();
        if (entity.startsWith("meter ")) {
            MeterId meter = MeterId.of(entity.substring("meter ".length()));
            if (e.rule().startsWith("readings.") && e.date().isPresent()) {
                List<ReadingEntry> candidates = inputs.get(ReadingsSection.INSTANCE).entries().stream()
                        .filter(r -> r.reading().meter().equals(meter) && r.reading().date().equals(e.date().get())
                                && !r.reading().knownOn().isAfter(knownOn))
                        .toList();
                // the message names the offending value first (a decrease, or the second of two conflicting)
                String message = e.getMessage();
                ReadingEntry named = null;
                int earliest = Integer.MAX_VALUE;
                for (ReadingEntry r : candidates) {
                    int i = message.indexOf(r.reading().value().toString());
                    if (i >= 0 && i < earliest) {
                        earliest = i;
                        named = r;
                    }
                }
                if ("readings.no-conflicting-duplicates".equals(e.rule())) {
                    // the engine names the accepted value first: the fault is at the other one
                    named = candidates.stream().filter(r -> message.indexOf(r.reading().value().toString()) > 0
                            && !message.contains("readings " + r.reading().value() + " ")).findFirst()
                            .orElse(named);
                }
                if (named != null) {
                    return named.path().property("value");
                }
            }
            Optional<MeterEntry> m = inputs.get(MetersSection.INSTANCE).find(meter);
            if (m.isPresent()) {
                return "consumption.meters-succeed".equals(e.rule()) ? m.get().path().property("installed")
                        : m.get().path();
            }
        }
        if (entity.startsWith("residents of account ")) {
            Optional<PremiseEntry> p = inputs.get(PremisesSection.INSTANCE).find(s.account());
            if (p.isPresent()) {
                return p.get().path().property("residents");
            }
        }
        if (entity.startsWith("normative per resident") || e.rule().startsWith("normative.")) {
            Optional<ServiceEntry> service = inputs.get(ServicesSection.INSTANCE).find(s.account(), s.resource());
            if (service.isPresent()) {
                return service.get().path().property("normativePerResident");
            }
        }
        return settings;
    }
}
