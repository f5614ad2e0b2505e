package org.raschet.examples.scenario.tariff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.raschet.core.account.AccountId;
import org.raschet.core.meter.Register;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.input.Domain;
import org.raschet.examples.scenario.input.InputSection;
import org.raschet.examples.scenario.input.Premises;
import org.raschet.examples.scenario.input.PremisesSection;
import org.raschet.examples.scenario.input.ScenarioInputs;
import org.raschet.examples.scenario.json.ArrayShape;
import org.raschet.examples.scenario.json.JsonCursor;
import org.raschet.examples.scenario.json.JsonPath;
import org.raschet.examples.scenario.json.Names;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.Rules;
import org.raschet.examples.scenario.json.ValueShape;
import org.raschet.tariffs.pricing.NormativeReason;
import org.raschet.tariffs.schedule.NormSchedule;
import org.raschet.tariffs.schedule.TariffSchedule;

/**
 * The {@code accountTariffs} section: how an account's service is priced where the scenario says more than its
 * premise's consumer group — the tariff schedule, the block limits (social norm, volume bands), the normative and
 * why it applies, and the account's zone history for sharing a volume without zone readings. Every part is optional:
 * what is not named is looked up by the premise's {@code tariffGroup} (see {@link AccountPricing}). Optional,
 * default none.
 */
public final class AccountTariffsSection implements InputSection<AccountTariffs> {
    /** The one instance. */
    public static final AccountTariffsSection INSTANCE = new AccountTariffsSection();

    /** Historical volumes by zone register, for the zone-history share policy. */
    public static final ObjectShape ZONE_VOLUMES = Shapes.byRegister("zone volumes");

    /** The shape of one account's tariff. */
    public static final ObjectShape ACCOUNT_TARIFF = ObjectShape.of("account tariff",
            Property.required("account", ValueShape.STRING),
            Property.required("service", Names.choice(Resource.class)),
            Property.optional("tariff", ValueShape.STRING),
            Property.optional("limits", ArrayShape.of(ValueShape.STRING)),
            Property.optional("normative", ValueShape.STRING),
            Property.optional("normativeReason", Names.choice(NormativeReason.class)),
            Property.optional("zoneHistory", ZONE_VOLUMES));

    private AccountTariffsSection() {
    }

    @Override
    public Property property() {
        return Property.optional("accountTariffs", ArrayShape.of(ACCOUNT_TARIFF));
    }

    @Override
    public AccountTariffs parse(JsonCursor value, ScenarioInputs earlier) {
        Premises premises = earlier.get(PremisesSection.INSTANCE);
        Tariffs tariffs = earlier.get(TariffsSection.INSTANCE);
        Norms norms = earlier.get(NormsSection.INSTANCE);
        List<AccountTariff> out = new ArrayList<>();
        Map<String, JsonPath> seen = new LinkedHashMap<>();
        for (JsonCursor element : value.elements()) {
            ObjectCursor o = element.object(ACCOUNT_TARIFF);
            AccountId account = Domain.at(o.pathOf("account"), () -> AccountId.of(o.string("account")));
            if (premises.find(account).isEmpty()) {
                throw new ScenarioException(o.pathOf("account"), Rules.KNOWN_REFERENCE,
                        "account '" + account + "' is not declared in $.premises");
            }
            Resource service = Names.parse(Resource.class, o.choice("service"));
            JsonPath first = seen.putIfAbsent(account.value() + "\u0000" + Names.of(service), o.path());
            if (first != null) {
                throw new ScenarioException(o.pathOf("service"), Rules.UNIQUE_ID, "the tariff of account '"
                        + account + "' for " + Names.of(service) + " is already given at " + first);
            }
            Optional<Entry<TariffSchedule>> tariff = o.findString("tariff").map(id -> {
                Entry<TariffSchedule> t = tariffs.find(id).orElseThrow(() -> new ScenarioException(
                        o.pathOf("tariff"), Rules.KNOWN_REFERENCE, "tariff '" + id + "' is not declared in $.tariffs"));
                sameService(o.pathOf("tariff"), "tariff " + id, t.value().service(), service);
                return t;
            });
            Optional<List<Entry<NormSchedule>>> limits = o.has("limits")
                    ? Optional.of(Shapes.strings(o, "limits").stream().map(id -> norm(norms, id, service)).toList())
                    : Optional.empty();
            Optional<Entry<NormSchedule>> normative = o.find("normative")
                    .map(c -> norm(norms, new Entry<>(c.string(), c.path()), service));
            Optional<NormativeReason> reason = o.findChoice("normativeReason")
                    .map(n -> Names.parse(NormativeReason.class, n));
            Optional<Map<Register, Quantity>> history = o.findObject("zoneHistory").map(z -> {
                Map<Register, Quantity> volumes = new EnumMap<>(Register.class);
                for (Map.Entry<Register, Entry<BigDecimal>> e : Shapes.readByRegister(z).entrySet()) {
                    BigDecimal v = e.getValue().value();
                    volumes.put(e.getKey(), Domain.at(e.getValue().path(), () -> Quantity.of(v, service.unit())));
                }
                return volumes;
            });
            out.add(new AccountTariff(account, service, tariff, limits, normative, reason, history, o.path()));
        }
        return new AccountTariffs(out);
    }

    private static Entry<NormSchedule> norm(Norms norms, Entry<String> id, Resource service) {
        Entry<NormSchedule> n = norms.find(id.value()).orElseThrow(() -> new ScenarioException(id.path(),
                Rules.KNOWN_REFERENCE, "norm '" + id.value() + "' is not declared in $.norms"));
        sameService(id.path(), n.value().label(), n.value().service(), service);
        return n;
    }

    private static void sameService(JsonPath at, String what, Resource of, Resource priced) {
        if (of != priced) {
            throw new ScenarioException(at, Rules.PRICING_SAME_SERVICE, what + " is of " + Names.of(of)
                    + ", not of " + Names.of(priced) + " priced here");
        }
    }

    @Override
    public AccountTariffs absent(ScenarioInputs earlier) {
        return new AccountTariffs(List.of());
    }
}
