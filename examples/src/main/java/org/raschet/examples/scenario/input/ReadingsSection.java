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
 * is checked against its meter (register, service dates, unit, digit capacity) by Raschet's {@link Meter#check};
 * two readings of one register, day, source and knowledge date must agree ({@link Meter#checkAll}). Readings of
 * one day from different sources or known on different dates are all kept: the compute sections choose between
 * them by the reading priority policy.
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
        Map<String, ReadingEntry> bySourceAndKnowledge = new HashMap<>();
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
            // Several readings of one register and day are fine (the engine decides by source priority and
            // knowledge date, LEGAL §4); one source giving two values known on one date is Raschet's conflict.
            String key = meterId.value() + "\u0000" + register + "\u0000" + date + "\u0000" + source + "\u0000"
                    + knownOn;
            ReadingEntry same = bySourceAndKnowledge.putIfAbsent(key, entry);
            if (same != null) {
                Domain.at(o.path(), FIELDS, () -> {
                    meter.checkAll(List.of(same.reading(), reading));
                    return null;
                });
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
