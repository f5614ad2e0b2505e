package org.raschet.examples.scenario.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.raschet.core.meter.Meter;
import org.raschet.core.meter.MeterId;
import org.raschet.core.meter.Reading;
import org.raschet.core.meter.ReadingSource;
import org.raschet.core.meter.Register;
import org.raschet.core.quantity.Quantity;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.json.ArrayShape;
import org.raschet.examples.scenario.json.JsonCursor;
import org.raschet.examples.scenario.json.Names;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.Rules;
import org.raschet.examples.scenario.json.ValueShape;

/**
 * The {@code readings} section: readings (показания) of the meters' registers. Optional, default none. Each reading
 * is checked against its meter (register, service dates, unit, digit capacity) by Raschet's {@link Meter#check}.
 */
public final class ReadingsSection implements InputSection<Readings> {
    /** The one instance. */
    public static final ReadingsSection INSTANCE = new ReadingsSection();

    /** The shape of one reading. */
    public static final ObjectShape READING = ObjectShape.of("reading",
            Property.required("meter", ValueShape.STRING),
            Property.optional("register", Names.choice(Register.class)),
            Property.required("date", ValueShape.DATE),
            Property.required("value", ValueShape.DECIMAL),
            Property.required("source", Names.choice(ReadingSource.class)),
            Property.optional("knownOn", ValueShape.DATE),
            Property.optional("document", ValueShape.STRING));

    /** Which property of a reading each of Raschet's reading rules is about. */
    private static final Map<String, String> FIELDS = Map.of(
            "readings.non-negative", "value",
            "readings.known-after-taken", "knownOn",
            "readings.same-meter", "meter",
            "readings.known-register", "register",
            "readings.within-service", "date",
            "readings.meter-unit", "value",
            "readings.within-capacity", "value",
            "readings.no-conflicting-duplicates", "value");

    private ReadingsSection() {
    }

    @Override
    public Property property() {
        return Property.optional("readings", ArrayShape.of(READING));
    }

    @Override
    public Readings parse(JsonCursor value, ScenarioInputs earlier) {
        Meters meters = earlier.get(MetersSection.INSTANCE);
        List<ReadingEntry> out = new ArrayList<>();
        Map<String, ReadingEntry> byDay = new HashMap<>();
        for (JsonCursor element : value.elements()) {
            ObjectCursor o = element.object(READING);
            MeterId meterId = MeterId.of(o.string("meter"));
            Meter meter = meters.find(meterId).orElseThrow(() -> new ScenarioException(o.pathOf("meter"),
                    Rules.KNOWN_REFERENCE, "meter '" + meterId + "' is not declared in $.meters")).meter();
            Register register = register(o, meter);
            LocalDate date = o.date("date");
            BigDecimal number = o.decimal("value");
            Quantity quantity = Domain.at(o.pathOf("value"), () -> Quantity.of(number, meter.resource().unit()));
            ReadingSource source = Names.parse(ReadingSource.class, o.choice("source"));
            LocalDate knownOn = o.findDate("knownOn").orElse(date);
            Optional<String> document = o.findString("document");
            Reading reading = Domain.at(o.path(), FIELDS, () -> {
                Reading r = new Reading(meterId, register, date, quantity, source, knownOn, document);
                meter.check(r);
                return r;
            });
            ReadingEntry entry = new ReadingEntry(reading, o.path());
            ReadingEntry same = byDay.putIfAbsent(meterId.value() + "\u0000" + register + "\u0000" + date, entry);
            if (same != null) {
                // Raschet's own rule first: same source, different value is a conflict
                Domain.at(o.path(), FIELDS, () -> {
                    meter.checkAll(List.of(same.reading(), reading));
                    return null;
                });
                throw new ScenarioException(o.pathOf("date"), Rules.ONE_READING_PER_DAY,
                        "register " + Names.of(register) + " of meter '" + meterId + "' already has a reading on "
                                + date + " at " + same.path() + "; choosing between readings of one day (source "
                                + "priority) is not supported yet, give one reading per register and day");
            }
            out.add(entry);
        }
        return new Readings(out);
    }

    private static Register register(ObjectCursor o, Meter meter) {
        Optional<String> named = o.findChoice("register");
        if (named.isPresent()) {
            return Names.parse(Register.class, named.get());
        }
        List<Register> registers = meter.registers().registers();
        if (registers.size() != 1) {
            throw new ScenarioException(o.pathOf("register"), Rules.REQUIRED_PROPERTY,
                    "meter '" + meter.id() + "' is " + Names.of(meter.registers()) + " (registers "
                            + String.join(", ", registers.stream().map(Names::of).toList())
                            + "): a reading must name its register");
        }
        return registers.get(0);
    }

    @Override
    public Readings absent(ScenarioInputs earlier) {
        return new Readings(List.of());
    }
}
