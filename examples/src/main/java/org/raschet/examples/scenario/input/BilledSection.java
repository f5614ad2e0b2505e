package org.raschet.examples.scenario.input;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.raschet.core.account.AccountId;
import org.raschet.core.consumption.BilledVolume;
import org.raschet.core.ledger.ChargeKind;
import org.raschet.core.meter.Register;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
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
 * The {@code billed} section: the volumes the host billed so far, as {@link BilledVolume} lines (DESIGN principle
 * 4: what was billed is an input). Optional, default none. Used by the {@code recalculation} section.
 */
public final class BilledSection implements InputSection<Billed> {
    /** The one instance. */
    public static final BilledSection INSTANCE = new BilledSection();

    /** The shape of one billed line. */
    public static final ObjectShape LINE = ObjectShape.of("billed line",
            Property.required("account", ValueShape.STRING),
            Property.required("resource", Names.choice(Resource.class)),
            Property.required("period", ValueShape.MONTH),
            Property.optional("register", Names.choice(Register.class)),
            Property.optional("increasingCoefficient", ValueShape.BOOLEAN),
            Property.optional("kind", Names.choice(ChargeKind.class)),
            Property.optional("issuedIn", ValueShape.MONTH),
            Property.required("quantity", ValueShape.DECIMAL),
            Property.optional("document", ValueShape.STRING));

    /** Which property of a billed line each of Raschet's billed-line rules is about. */
    private static final Map<String, String> FIELDS = Map.of("billed.unit", "quantity");

    private BilledSection() {
    }

    @Override
    public Property property() {
        return Property.optional("billed", ArrayShape.of(LINE));
    }

    @Override
    public Billed parse(JsonCursor value, ScenarioInputs earlier) {
        Premises premises = earlier.get(PremisesSection.INSTANCE);
        List<BilledEntry> out = new ArrayList<>();
        for (JsonCursor element : value.elements()) {
            ObjectCursor o = element.object(LINE);
            AccountId account = Domain.at(o.pathOf("account"), () -> AccountId.of(o.string("account")));
            if (premises.find(account).isEmpty()) {
                throw new ScenarioException(o.pathOf("account"), Rules.KNOWN_REFERENCE,
                        "billed line names account '" + account + "', which $.premises does not declare");
            }
            Resource resource = Names.parse(Resource.class, o.choice("resource"));
            YearMonth period = o.month("period");
            Register register = o.findChoice("register").map(n -> Names.parse(Register.class, n))
                    .orElse(Register.TOTAL);
            boolean coefficient = o.bool("increasingCoefficient", false);
            ChargeKind kind = o.findChoice("kind").map(n -> Names.parse(ChargeKind.class, n))
                    .orElse(ChargeKind.CONSUMPTION);
            YearMonth issuedIn = o.findMonth("issuedIn").orElse(period);
            BigDecimal number = o.decimal("quantity");
            Quantity quantity = Domain.at(o.pathOf("quantity"), () -> Quantity.of(number, resource.unit()));
            Optional<String> document = o.findString("document");
            BilledVolume line = Domain.at(o.path(), FIELDS, () -> new BilledVolume(account, resource, period,
                    register, coefficient, kind, issuedIn, quantity, document));
            out.add(new BilledEntry(line, o.path()));
        }
        return new Billed(out);
    }

    @Override
    public Billed absent(ScenarioInputs earlier) {
        return new Billed(List.of());
    }
}
