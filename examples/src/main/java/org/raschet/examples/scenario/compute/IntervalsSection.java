package org.raschet.examples.scenario.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.raschet.core.consumption.ReadingPriorityPolicy;
import org.raschet.core.consumption.RegisterConsumption;
import org.raschet.core.consumption.RolloverPolicy;
import org.raschet.core.error.RaschetException;
import org.raschet.core.meter.Meter;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.ProtocolEntry;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.core.quantity.Quantity;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.input.MeterEntry;
import org.raschet.examples.scenario.input.MetersSection;
import org.raschet.examples.scenario.input.Policies;
import org.raschet.examples.scenario.input.PoliciesSection;
import org.raschet.examples.scenario.input.PolicyChoice;
import org.raschet.examples.scenario.input.ReadingEntry;
import org.raschet.examples.scenario.input.ReadingPrioritySetting;
import org.raschet.examples.scenario.input.Readings;
import org.raschet.examples.scenario.input.ReadingsSection;
import org.raschet.examples.scenario.input.ScenarioInputs;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;

/**
 * The {@code intervals} section: the consumption of every register of every meter between each two consecutive
 * readings, by {@link RegisterConsumption#between} under the scenario's rollover policy (354 p.42, App. 2,
 * formula 1; LEGAL §2). Meters in document order, registers in their conventional order, readings by date. Of
 * several readings of one register and day, the one the reading priority policy puts first is used (as the per-day
 * engine chooses) and the others are listed as not used; this section does not apply overrules across days, the
 * knowledge dates or the meter's state: the {@code consumption} section does.
 */
public final class IntervalsSection implements ComputeSection {
    /** The key under {@code compute}. */
    public static final String KEY = "intervals";

    /** The settings: none yet (an empty object asks for the intervals). */
    public static final ObjectShape SHAPE = ObjectShape.of("intervals settings");

    /** Which property of the later reading each rule of {@link RegisterConsumption} is about. */
    private static final Map<String, String> FIELDS = Map.of(
            "readings.non-decreasing", "value",
            "readings.ordered", "date");

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
        return context -> compute(context.inputs());
    }

    private static IntervalsResult compute(ScenarioInputs inputs) {
        Policies policies = inputs.get(PoliciesSection.INSTANCE);
        RolloverPolicy rollover = policies.get(PolicyChoice.ROLLOVER);
        ReadingPriorityPolicy priority = policies.get(ReadingPrioritySetting.INSTANCE);
        Readings readings = inputs.get(ReadingsSection.INSTANCE);
        List<Interval> out = new ArrayList<>();
        List<SameDayReading> notUsed = new ArrayList<>();
        for (MeterEntry m : inputs.get(MetersSection.INSTANCE).entries()) {
            Meter meter = m.meter();
            for (Register register : meter.registers().registers()) {
                SameDay.Choice choice = SameDay.choose(meter, readings.of(meter.id(), register), priority);
                notUsed.addAll(choice.notUsed());
                List<ReadingEntry> series = choice.used();
                for (int i = 1; i < series.size(); i++) {
                    out.add(interval(meter, register, series.get(i - 1), series.get(i), rollover));
                }
            }
        }
        return new IntervalsResult(out, notUsed);
    }

    private static Interval interval(Meter meter, Register register, ReadingEntry earlier, ReadingEntry later,
                                     RolloverPolicy rollover) {
        ProtocolRecorder recorder = new ProtocolRecorder();
        Quantity volume;
        try {
            volume = RegisterConsumption.between(meter, earlier.reading(), later.reading(), rollover, recorder);
        } catch (RaschetException e) {
            // the later reading is the one that breaks the rule (e.g. it decreases with no accepted rollover)
            String field = FIELDS.get(e.rule());
            throw new ScenarioException(field == null ? later.path() : later.path().property(field), e);
        }
        List<ProtocolEntry> entries = recorder.entries();
        if (entries.size() != 1 || !(entries.get(0) instanceof ProtocolStep step)) {
            throw new IllegalStateException("RegisterConsumption.between recorded " + entries.size() + " entries");
        }
        boolean rolled = later.reading().value().compareTo(earlier.reading().value()) < 0;
        return new Interval(meter, register, earlier, later, volume, rolled, step);
    }
}
