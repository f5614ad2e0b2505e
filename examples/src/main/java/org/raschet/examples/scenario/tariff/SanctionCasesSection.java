package org.raschet.examples.scenario.tariff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.raschet.core.account.AccountId;
import org.raschet.core.quantity.Resource;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.input.Domain;
import org.raschet.examples.scenario.input.InputSection;
import org.raschet.examples.scenario.input.PremiseEntry;
import org.raschet.examples.scenario.input.Premises;
import org.raschet.examples.scenario.input.PremisesSection;
import org.raschet.examples.scenario.input.ScenarioInputs;
import org.raschet.examples.scenario.json.ArrayShape;
import org.raschet.examples.scenario.json.JsonCursor;
import org.raschet.examples.scenario.json.Names;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.Rules;
import org.raschet.examples.scenario.json.ValueShape;
import org.raschet.tariffs.pricing.Power;

/**
 * The {@code sanctionCases} section: found violations charged by sanction (доначисление) — interference with a meter
 * (354 p.81(11): the normative × 10 for up to 3 months before the check) and unauthorised connection (354 p.62: the
 * nominal power × 24 h for up to 3 months before the month of the finding). Priced by the {@code sanctions} compute
 * section at the account's tariff. Optional, default none.
 */
public final class SanctionCasesSection implements InputSection<SanctionCases> {
    /** The one instance. */
    public static final SanctionCasesSection INSTANCE = new SanctionCasesSection();

    /** Interference with a meter (354 p.81(11)). */
    public static final String INTERFERENCE = "interference";
    /** Unauthorised connection to the network (354 p.62). */
    public static final String UNAUTHORISED_CONNECTION = "unauthorised-connection";

    /** The shape of one case. */
    public static final ObjectShape CASE = ObjectShape.of("sanction case",
            Property.required("account", ValueShape.STRING),
            Property.required("service", Names.choice(Resource.class)),
            Property.required("kind", ValueShape.choice(List.of(INTERFERENCE, UNAUTHORISED_CONNECTION))),
            Property.required("foundOn", ValueShape.DATE),
            Property.optional("since", ValueShape.DATE),
            Property.optional("eliminatedOn", ValueShape.DATE),
            Property.optional("power", ValueShape.DECIMAL),
            Property.optional("document", ValueShape.STRING));

    private SanctionCasesSection() {
    }

    @Override
    public Property property() {
        return Property.optional("sanctionCases", ArrayShape.of(CASE));
    }

    @Override
    public SanctionCases parse(JsonCursor value, ScenarioInputs earlier) {
        Premises premises = earlier.get(PremisesSection.INSTANCE);
        List<SanctionCase> out = new ArrayList<>();
        for (JsonCursor element : value.elements()) {
            ObjectCursor o = element.object(CASE);
            AccountId account = Domain.at(o.pathOf("account"), () -> AccountId.of(o.string("account")));
            PremiseEntry premise = premises.find(account).orElseThrow(() -> new ScenarioException(o.pathOf("account"),
                    Rules.KNOWN_REFERENCE, "account '" + account + "' is not declared in $.premises"));
            Resource service = Names.parse(Resource.class, o.choice("service"));
            boolean connection = o.choice("kind").equals(UNAUTHORISED_CONNECTION);
            LocalDate foundOn = o.date("foundOn");
            Optional<LocalDate> since = o.findDate("since");
            LocalDate eliminatedOn = o.findDate("eliminatedOn").orElse(foundOn);
            Optional<Power> power = Optional.empty();
            if (connection != o.has("power")) {
                throw new ScenarioException(o.pathOf("power"), connection ? Rules.REQUIRED_PROPERTY
                        : Rules.SANCTION_POWER, connection
                        ? "an unauthorised connection is charged by the nominal power of the connected equipment:"
                                + " give power in kW"
                        : "an interference with a meter is charged by the normative, not by power: omit power");
            }
            if (connection) {
                BigDecimal kw = o.decimal("power");
                power = Optional.of(Domain.at(o.pathOf("power"), () -> Power.ofKilowatts(kw.toPlainString())));
            }
            out.add(new SanctionCase(premise, service, connection, foundOn, since, eliminatedOn, power,
                    o.findString("document"), o.path()));
        }
        return new SanctionCases(out);
    }

    @Override
    public SanctionCases absent(ScenarioInputs earlier) {
        return new SanctionCases(List.of());
    }
}
