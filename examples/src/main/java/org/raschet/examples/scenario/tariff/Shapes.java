package org.raschet.examples.scenario.tariff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.raschet.core.meter.Register;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.json.Names;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.Rules;
import org.raschet.examples.scenario.json.ValueShape;

/** Shapes and readers shared by the tariff sections. */
final class Shapes {
    private Shapes() {
    }

    /** An object with one optional decimal per register ({@code total}, {@code day}, {@code night}, …). */
    static ObjectShape byRegister(String name) {
        List<Property> properties = new ArrayList<>();
        for (Register r : Register.values()) {
            properties.add(Property.optional(Names.of(r), ValueShape.DECIMAL));
        }
        return new ObjectShape(name, properties);
    }

    /** The decimals of a {@link #byRegister} object, by register, in register order. */
    static Map<Register, Entry<BigDecimal>> readByRegister(ObjectCursor o) {
        Map<Register, Entry<BigDecimal>> out = new EnumMap<>(Register.class);
        for (Register r : Register.values()) {
            String name = Names.of(r);
            if (o.has(name)) {
                out.put(r, new Entry<>(o.decimal(name), o.pathOf(name)));
            }
        }
        return out;
    }

    /** The decimals of an array-of-decimals property (empty if absent). */
    static List<Entry<BigDecimal>> decimals(ObjectCursor o, String name) {
        List<Entry<BigDecimal>> out = new ArrayList<>();
        o.find(name).ifPresent(c -> c.elements().forEach(e -> out.add(new Entry<>(e.decimal(), e.path()))));
        return out;
    }

    /** The names of an array-of-choices property (empty if absent). */
    static List<Entry<String>> choices(ObjectCursor o, String name, ValueShape choice) {
        List<Entry<String>> out = new ArrayList<>();
        o.find(name).ifPresent(c -> c.elements().forEach(e -> out.add(new Entry<>(e.choice(choice), e.path()))));
        return out;
    }

    /** The strings of an array-of-strings property, with their paths (empty if absent). */
    static List<Entry<String>> strings(ObjectCursor o, String name) {
        List<Entry<String>> out = new ArrayList<>();
        o.find(name).ifPresent(c -> c.elements().forEach(e -> out.add(new Entry<>(e.string(), e.path()))));
        return out;
    }

    /**
     * The days {@code from} … {@code to} (inclusive) of an object with those properties, {@code to} optional (then
     * until further notice).
     *
     * @throws ScenarioException with {@link Rules#DATE_ORDER} at {@code to} if it precedes {@code from}
     */
    static org.threeten.extra.LocalDateRange days(ObjectCursor o) {
        LocalDate from = o.date("from");
        Optional<LocalDate> to = o.findDate("to");
        if (to.isPresent() && to.get().isBefore(from)) {
            throw new ScenarioException(o.pathOf("to"), Rules.DATE_ORDER,
                    "the last day " + to.get() + " precedes the first day " + from);
        }
        return to.map(t -> org.threeten.extra.LocalDateRange.ofClosed(from, t))
                .orElseGet(() -> org.threeten.extra.LocalDateRange.ofUnboundedEnd(from));
    }
}
