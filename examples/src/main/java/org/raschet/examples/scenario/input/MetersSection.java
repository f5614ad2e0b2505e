package org.raschet.examples.scenario.input;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.raschet.core.account.AccountId;
import org.raschet.core.meter.Meter;
import org.raschet.core.meter.MeterEvent;
import org.raschet.core.meter.MeterId;
import org.raschet.core.meter.RegisterSet;
import org.raschet.core.quantity.Resource;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.json.ArrayShape;
import org.raschet.examples.scenario.json.JsonCursor;
import org.raschet.examples.scenario.json.JsonPath;
import org.raschet.examples.scenario.json.Names;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.Rules;
import org.raschet.examples.scenario.json.ValueShape;

/**
 * The {@code meters} section: meters (приборы учёта) of the premises, each of a metering point (точка учёта) of its
 * service. Optional, default none.
 */
public final class MetersSection implements InputSection<Meters> {
    /** The one instance. */
    public static final MetersSection INSTANCE = new MetersSection();

    /** The shape of one event of a meter. */
    public static final ObjectShape EVENT = ObjectShape.of("meter event",
            Property.required("date", ValueShape.DATE),
            Property.required("kind", Names.choice(MeterEvent.Kind.class)),
            Property.optional("document", ValueShape.STRING));

    /** The shape of one meter. */
    public static final ObjectShape METER = ObjectShape.of("meter",
            Property.required("id", ValueShape.STRING),
            Property.required("account", ValueShape.STRING),
            Property.required("resource", Names.choice(Resource.class)),
            Property.optional("registers", Names.choice(RegisterSet.class)),
            Property.required("digits", ValueShape.INTEGER),
            Property.optional("ratio", ValueShape.INTEGER),
            Property.required("installed", ValueShape.DATE),
            Property.optional("removed", ValueShape.DATE),
            Property.optional("verificationDue", ValueShape.DATE),
            Property.optional("replacedBySupplier", ValueShape.BOOLEAN),
            Property.optional("events", ArrayShape.of(EVENT)),
            Property.optional("meteringPoint", ValueShape.STRING));

    private static final Map<String, String> FIELDS = Map.of(
            "meter.digits", "digits",
            "meter.ratio-positive", "ratio",
            "meter.removed-after-installed", "removed");

    private MetersSection() {
    }

    @Override
    public Property property() {
        return Property.optional("meters", ArrayShape.of(METER));
    }

    @Override
    public Meters parse(JsonCursor value, ScenarioInputs earlier) {
        Premises premises = earlier.get(PremisesSection.INSTANCE);
        List<MeterEntry> out = new ArrayList<>();
        Map<MeterId, JsonPath> seen = new LinkedHashMap<>();
        for (JsonCursor element : value.elements()) {
            ObjectCursor o = element.object(METER);
            MeterId id = Domain.at(o.pathOf("id"), () -> MeterId.of(o.string("id")));
            JsonPath first = seen.putIfAbsent(id, o.path());
            if (first != null) {
                throw new ScenarioException(o.pathOf("id"), Rules.UNIQUE_ID,
                        "meter '" + id + "' is already declared at " + first);
            }
            AccountId account = Domain.at(o.pathOf("account"), () -> AccountId.of(o.string("account")));
            if (premises.find(account).isEmpty()) {
                throw new ScenarioException(o.pathOf("account"), Rules.KNOWN_REFERENCE,
                        "meter '" + id + "' names account '" + account + "', which $.premises does not declare");
            }
            Resource resource = Names.parse(Resource.class, o.choice("resource"));
            RegisterSet registers = o.findChoice("registers").map(n -> Names.parse(RegisterSet.class, n))
                    .orElse(RegisterSet.SINGLE);
            int digits = (int) o.integer("digits", Integer.MIN_VALUE, Integer.MAX_VALUE);
            long ratio = o.integer("ratio", Long.MIN_VALUE, Long.MAX_VALUE, 1);
            var installed = o.date("installed");
            Optional<java.time.LocalDate> removed = o.findDate("removed");
            Optional<java.time.LocalDate> verificationDue = o.findDate("verificationDue");
            // household electricity meters are replaced by the supplier since 01.07.2020 (522-ФЗ; 354 p.59(г))
            boolean replacedBySupplier = o.bool("replacedBySupplier", resource == Resource.ELECTRICITY);
            List<MeterEvent> events = new ArrayList<>();
            for (ObjectCursor e : o.objects("events")) {
                events.add(new MeterEvent(e.date("date"), Names.parse(MeterEvent.Kind.class, e.choice("kind")),
                        e.findString("document")));
            }
            Meter meter = Domain.at(o.path(), FIELDS, () -> new Meter(id, account, resource, registers, digits,
                    ratio, installed, removed, verificationDue, replacedBySupplier, events));
            // meters of one point succeed each other; points measure in parallel (kitchen and bathroom)
            out.add(new MeterEntry(meter, o.path(), o.findString("meteringPoint").orElse(MeterEntry.DEFAULT_POINT)));
        }
        return new Meters(out);
    }

    @Override
    public Meters absent(ScenarioInputs earlier) {
        return new Meters(List.of());
    }
}
