package org.raschet.examples.scenario.compute;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.raschet.core.consumption.BilledVolume;
import org.raschet.core.consumption.Recalculation;
import org.raschet.core.consumption.RecalculationMode;
import org.raschet.core.consumption.ServiceConsumption;
import org.raschet.core.consumption.VolumeCorrection;
import org.raschet.core.error.RaschetException;
import org.raschet.core.protocol.ProtocolEntry;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSection;
import org.raschet.core.time.Days;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.input.BilledEntry;
import org.raschet.examples.scenario.input.BilledSection;
import org.raschet.examples.scenario.input.PoliciesSection;
import org.raschet.examples.scenario.input.PolicyChoice;
import org.raschet.examples.scenario.input.ScenarioInputs;
import org.raschet.examples.scenario.json.JsonPath;
import org.raschet.examples.scenario.json.Names;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.Rules;
import org.raschet.examples.scenario.json.ValueShape;

/**
 * The {@code recalculation} section (перерасчёт; 354 p.61; LEGAL §4; DESIGN principle 4): for each service of the
 * {@code consumption} section, the correction lines = its billed periods as known on a date − the lines in
 * {@code billed}, by {@link Recalculation#corrections} in the mode of the {@code recalculation} policy (A: each
 * period on its own; B: the whole difference in the period of the supplier's check). Requires {@code consumption},
 * whose range must contain every billed period.
 */
public final class RecalculationSection implements ComputeSection {
    /** The key under {@code compute}. */
    public static final String KEY = "recalculation";

    /** The settings: when the lines are issued, the check period (mode B), and which knowledge date to use. */
    public static final ObjectShape SHAPE = ObjectShape.of("recalculation settings",
            Property.required("issuedIn", ValueShape.MONTH),
            Property.optional("checkPeriod", ValueShape.MONTH),
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
        return List.of(ConsumptionSection.KEY);
    }

    @Override
    public Prepared prepare(ObjectCursor settings, ScenarioInputs inputs) {
        YearMonth issuedIn = settings.month("issuedIn");
        Optional<YearMonth> checkPeriod = settings.findMonth("checkPeriod");
        Optional<LocalDate> asKnownOn = settings.findDate("asKnownOn");
        return context -> compute(context, settings, issuedIn, checkPeriod, asKnownOn);
    }

    private static RecalculationResult compute(ComputeContext context, ObjectCursor settings, YearMonth issuedIn,
                                               Optional<YearMonth> checkPeriod, Optional<LocalDate> asKnownOn) {
        ConsumptionResult consumption = context.result(ConsumptionSection.KEY, ConsumptionResult.class);
        LocalDate knownOn = asKnownOn.orElse(consumption.asKnownOn().stream().max(LocalDate::compareTo)
                .orElseThrow());
        if (!consumption.asKnownOn().contains(knownOn)) {
            throw new ScenarioException(settings.pathOf("asKnownOn"), Rules.KNOWN_REFERENCE, "the consumption"
                    + " section is not computed as known on " + knownOn + " (its asKnownOn: "
                    + String.join(", ", consumption.asKnownOn().stream().map(LocalDate::toString).toList()) + ")");
        }
        RecalculationMode mode = context.inputs().get(PoliciesSection.INSTANCE).get(PolicyChoice.RECALCULATION);
        List<BilledEntry> billed = context.inputs().get(BilledSection.INSTANCE).entries();
        List<ConsumptionView> views = consumption.views().stream()
                .filter(v -> v.consumption().asKnownOn().equals(knownOn)).toList();
        for (BilledEntry b : billed) {
            check(b, views, consumption);
        }
        List<RecalculationResult.ServiceCorrections> out = new ArrayList<>();
        for (ConsumptionView v : views) {
            ServiceConsumption now = v.consumption();
            List<BilledEntry> lines = billed.stream().filter(b -> b.line().account().equals(now.account())
                    && b.line().service() == now.resource()).toList();
            if (lines.isEmpty()) {
                out.add(new RecalculationResult.ServiceCorrections(now, lines, List.of(), Optional.empty()));
                continue;
            }
            ProtocolRecorder recorder = new ProtocolRecorder();
            List<VolumeCorrection> corrections;
            try {
                corrections = Recalculation.corrections(now, lines.stream().map(BilledEntry::line).toList(), mode,
                        issuedIn, checkPeriod, recorder);
            } catch (RaschetException e) {
                JsonPath at = "recalculation.check-period".equals(e.rule()) ? settings.pathOf("checkPeriod")
                        : settings.path();
                throw new ScenarioException(at, e);
            }
            List<ProtocolEntry> entries = recorder.entries();
            if (entries.size() != 1 || !(entries.get(0) instanceof ProtocolSection section)) {
                throw new IllegalStateException("the recalculation recorded " + entries.size() + " entries");
            }
            out.add(new RecalculationResult.ServiceCorrections(now, lines, corrections, Optional.of(section)));
        }
        return new RecalculationResult(mode, issuedIn, checkPeriod, knownOn, out);
    }

    /** A billed line must be of a service the consumption section computes, its period wholly within the range. */
    private static void check(BilledEntry b, List<ConsumptionView> views, ConsumptionResult consumption) {
        BilledVolume line = b.line();
        boolean computed = views.stream().anyMatch(v -> v.consumption().account().equals(line.account())
                && v.consumption().resource() == line.service());
        if (!computed) {
            throw new ScenarioException(b.path().property("account"), Rules.BILLED_COMPUTED, "billed line of account '"
                    + line.account() + "' and " + Names.of(line.service()) + " is of a service the consumption"
                    + " section does not compute, so no recalculation would use it");
        }
        if (!consumption.range().encloses(Days.of(line.period()))) {
            throw new ScenarioException(b.path().property("period"), Rules.BILLED_COMPUTED, "billed period "
                    + line.period() + " is not wholly within the consumption section's days "
                    + consumption.range().getStart() + " … " + consumption.range().getEnd().minusDays(1));
        }
    }
}
