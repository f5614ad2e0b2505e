package org.raschet.examples.scenario.tariff;

import java.util.Map;
import java.util.Optional;
import org.raschet.core.error.RaschetException;
import org.raschet.core.error.TariffException;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.input.MeterEntry;
import org.raschet.examples.scenario.input.ReadingEntry;
import org.raschet.examples.scenario.input.ReadingsSection;
import org.raschet.examples.scenario.input.ScenarioInputs;
import org.raschet.examples.scenario.json.JsonPath;
import org.raschet.tariffs.schedule.NormSchedule;

/**
 * Reports a fault Raschet found while pricing at the JSON path of the input that caused it: a tariff's or norm's
 * periods (a gap, an overlap, a month without a norm), an account tariff's limits or normative, a premise's
 * residents, a reading (found by the meter and date the fault names), or the increasing coefficient.
 */
final class Faults {
    private Faults() {
    }

    /** Which property of a reading each of Raschet's reading rules is about. */
    private static final Map<String, String> READING_FIELDS = Map.of(
            "readings.non-decreasing", "value",
            "readings.no-conflicting-duplicates", "value",
            "readings.within-capacity", "value",
            "readings.within-service", "date",
            "readings.known-register", "register");

    /** {@code e} at the path of the input of {@code a} (or the scenario's) that caused it. */
    static ScenarioException at(RaschetException e, AccountPricing a, ScenarioInputs inputs) {
        return new ScenarioException(path(e, a, inputs), e);
    }

    private static JsonPath path(RaschetException e, AccountPricing a, ScenarioInputs inputs) {
        switch (e.rule()) {
            case "tariff.blocks-have-limits", "pricing.limits-are-block-norms", "norm.limits-increase" -> {
                return a.pathOf("limits");
            }
            case "pricing.normative-kind" -> {
                return a.pathOf("normative");
            }
            case "profile.positive-weight-for-volume" -> {
                return JsonPath.ROOT.property("policies").property("dailyProfile");
            }
            default -> {
                // the rule alone does not say where: the entity does
            }
        }
        if (e instanceof TariffException t) {
            Optional<JsonPath> schedule = schedule(t.schedule(), a);
            if (schedule.isPresent()) {
                return schedule.get();
            }
        }
        String entity = e.entity();
        if (entity.startsWith("normative per resident of ")) {
            // the per-day engine takes a normative per resident with one value for every month and size only
            return a.normative().map(Faults::periods).orElse(a.pathOf("normative"));
        }
        if (entity.startsWith("residents of account ")) {
            return a.premise().path().property("residents");
        }
        if (entity.startsWith("increasing coefficient ")) {
            return JsonPath.ROOT.property("policies").property("increasingCoefficient");
        }
        if (entity.startsWith("meter ")) {
            String id = entity.substring("meter ".length());
            for (MeterEntry m : a.meters()) {
                if (m.meter().id().value().equals(id)) {
                    if ("consumption.meters-succeed".equals(e.rule())) {
                        return m.path().property("installed");
                    }
                    return reading(e, m, inputs).orElse(m.path());
                }
            }
        }
        return a.path();
    }

    /** The periods of the tariff or norm called {@code label} ("tariff el-urban", "social norm sn-urban"). */
    static Optional<JsonPath> schedule(String label, AccountPricing a) {
        if (label.equals("tariff " + a.tariff().value().id())) {
            return Optional.of(a.tariff().path().property("periods"));
        }
        for (Entry<NormSchedule> n : a.limits()) {
            if (label.equals(n.value().label())) {
                return Optional.of(periods(n));
            }
        }
        return a.normative().filter(n -> label.equals(n.value().label())).map(Faults::periods);
    }

    /** The periods of a norm: its {@code periods}, or a {@code services} entry's {@code normativePerResident}. */
    private static JsonPath periods(Entry<NormSchedule> n) {
        return n.value().id().startsWith("services:") ? n.path() : n.path().property("periods");
    }

    private static Optional<JsonPath> reading(RaschetException e, MeterEntry m, ScenarioInputs inputs) {
        if (e.date().isEmpty()) {
            return Optional.empty();
        }
        // several readings of one day may be given (by source priority): the one the message names first
        ReadingEntry named = null;
        int earliest = Integer.MAX_VALUE;
        for (ReadingEntry r : inputs.get(ReadingsSection.INSTANCE).entries()) {
            if (r.reading().meter().equals(m.meter().id()) && r.reading().date().equals(e.date().get())) {
                int i = e.getMessage().indexOf(r.reading().value().toString());
                int rank = i < 0 ? Integer.MAX_VALUE - 1 : i;
                if (named == null || rank < earliest) {
                    named = r;
                    earliest = rank;
                }
            }
        }
        if (named == null) {
            return Optional.empty();
        }
        String field = READING_FIELDS.get(e.rule());
        return Optional.of(field == null ? named.path() : named.path().property(field));
    }
}
