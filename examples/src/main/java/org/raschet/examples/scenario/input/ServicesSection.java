package org.raschet.examples.scenario.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.raschet.core.account.AccountId;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.time.Timeline;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.json.ArrayShape;
import org.raschet.examples.scenario.json.JsonCursor;
import org.raschet.examples.scenario.json.MapShape;
import org.raschet.examples.scenario.json.Names;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.Rules;
import org.raschet.examples.scenario.json.ValueShape;

/**
 * The {@code services} section: per account and resource, the normative per resident per month (354 App. 2,
 * formula 4; p.59(1), p.60) and whether a meter cannot be installed (LEGAL §5). Optional, default none: a service
 * with meters needs an entry only where a day may be billed by the normative.
 */
public final class ServicesSection implements InputSection<Services> {
    /** The one instance. */
    public static final ServicesSection INSTANCE = new ServicesSection();

    /** The shape of one service. */
    public static final ObjectShape SERVICE = ObjectShape.of("service",
            Property.required("account", ValueShape.STRING),
            Property.required("resource", Names.choice(Resource.class)),
            Property.optional("normativePerResident", new MapShape(ValueShape.DATE, ValueShape.DECIMAL)),
            Property.optional("meterInstallationImpossible", ValueShape.BOOLEAN));

    private ServicesSection() {
    }

    @Override
    public Property property() {
        return Property.optional("services", ArrayShape.of(SERVICE));
    }

    @Override
    public Services parse(JsonCursor value, ScenarioInputs earlier) {
        Premises premises = earlier.get(PremisesSection.INSTANCE);
        List<ServiceEntry> out = new ArrayList<>();
        for (JsonCursor element : value.elements()) {
            ObjectCursor o = element.object(SERVICE);
            AccountId account = Domain.at(o.pathOf("account"), () -> AccountId.of(o.string("account")));
            if (premises.find(account).isEmpty()) {
                throw new ScenarioException(o.pathOf("account"), Rules.KNOWN_REFERENCE,
                        "service names account '" + account + "', which $.premises does not declare");
            }
            Resource resource = Names.parse(Resource.class, o.choice("resource"));
            for (ServiceEntry e : out) {
                if (e.account().equals(account) && e.resource() == resource) {
                    throw new ScenarioException(o.pathOf("resource"), Rules.UNIQUE_ID, "the " + Names.of(resource)
                            + " service of account '" + account + "' is already declared at " + e.path());
                }
            }
            Map<LocalDate, Quantity> normative = new TreeMap<>();
            for (Map.Entry<LocalDate, JsonCursor> e : o.dateMap("normativePerResident")) {
                BigDecimal v = e.getValue().decimal();
                if (v.signum() < 0) {
                    throw e.getValue().fault(Rules.RANGE, "normative " + v.toPlainString() + " is negative");
                }
                normative.put(e.getKey(), Domain.at(e.getValue().path(), () -> Quantity.of(v, resource.unit())));
            }
            out.add(new ServiceEntry(account, resource, Timeline.of(normative),
                    o.bool("meterInstallationImpossible", false), o.path()));
        }
        return new Services(out);
    }

    @Override
    public Services absent(ScenarioInputs earlier) {
        return new Services(List.of());
    }
}
