package org.raschet.examples.scenario.debts;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.money.MonetaryAmount;
import org.raschet.core.ledger.CarriedDebt;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.ledger.DueDatePolicy;
import org.raschet.core.ledger.ObligationKey;
import org.raschet.core.ledger.Obligations;
import org.raschet.core.money.Amounts;
import org.raschet.core.quantity.Resource;
import org.raschet.core.time.WorkingCalendar;
import org.raschet.examples.scenario.input.Domain;
import org.raschet.examples.scenario.input.InputSection;
import org.raschet.examples.scenario.input.ScenarioInputs;
import org.raschet.examples.scenario.json.ArrayShape;
import org.raschet.examples.scenario.json.JsonCursor;
import org.raschet.examples.scenario.json.JsonPath;
import org.raschet.examples.scenario.json.Names;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.ValueShape;

/**
 * The {@code carriedDebts} section: debts carried in (входящее сальдо) for a period and service without their
 * charge lines, e.g. taken over from a previous billing system; each joins that period's obligation. Optional,
 * default none. Once read, every obligation (its lines and carried debts) is checked by Raschet to be
 * non-negative: the fault names the last entry of the obligation in document order.
 */
public final class CarriedDebtsSection implements InputSection<List<Located<CarriedDebt>>> {
    /** The one instance. */
    public static final CarriedDebtsSection INSTANCE = new CarriedDebtsSection();

    /** The shape of one carried debt. */
    public static final ObjectShape CARRIED = ObjectShape.of("carried debt",
            Property.required("account", ValueShape.STRING),
            Property.required("period", ValueShape.MONTH),
            Property.required("service", Names.choice(Resource.class)),
            Property.required("amount", ValueShape.DECIMAL));

    private CarriedDebtsSection() {
    }

    @Override
    public Property property() {
        return Property.optional("carriedDebts", ArrayShape.of(CARRIED));
    }

    @Override
    public List<Located<CarriedDebt>> parse(JsonCursor value, ScenarioInputs earlier) {
        DebtAccounts accounts = earlier.get(AccountsSection.INSTANCE);
        List<Located<CarriedDebt>> out = new ArrayList<>();
        for (JsonCursor element : value.elements()) {
            ObjectCursor o = element.object(CARRIED);
            DebtAccount account = DebtValues.account(o, "account", accounts);
            YearMonth period = DebtValues.period(o, "period");
            Resource service = DebtValues.service(o, "service");
            MonetaryAmount amount = DebtValues.amount(o, "amount", Amounts.RUB);
            out.add(new Located<>(new CarriedDebt(ObligationKey.of(account.id(), period, service), amount),
                    o.path()));
        }
        checkObligations(earlier.get(ChargeLinesSection.INSTANCE), out);
        return out;
    }

    @Override
    public List<Located<CarriedDebt>> absent(ScenarioInputs earlier) {
        checkObligations(earlier.get(ChargeLinesSection.INSTANCE), List.of());
        return List.of();
    }

    /**
     * Groups each obligation's lines and carried debts by Raschet's {@link Obligations#group} (whose checks do not
     * depend on the due-date policy), reporting a fault at the {@code amount} of the obligation's last entry.
     */
    private static void checkObligations(List<Located<ChargeLine>> lines, List<Located<CarriedDebt>> carried) {
        Map<ObligationKey, List<ChargeLine>> linesByKey = new TreeMap<>();
        Map<ObligationKey, List<CarriedDebt>> carriedByKey = new TreeMap<>();
        Map<ObligationKey, JsonPath> last = new TreeMap<>();
        for (Located<ChargeLine> l : lines) {
            ChargeLine line = l.value();
            ObligationKey key = ObligationKey.of(line.account(), line.period(), line.service());
            linesByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
            carriedByKey.computeIfAbsent(key, k -> new ArrayList<>());
            last.put(key, l.path());
        }
        for (Located<CarriedDebt> c : carried) {
            ObligationKey key = c.value().key();
            linesByKey.computeIfAbsent(key, k -> new ArrayList<>());
            carriedByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(c.value());
            last.put(key, c.path());
        }
        for (Map.Entry<ObligationKey, JsonPath> e : last.entrySet()) {
            ObligationKey key = e.getKey();
            Domain.at(e.getValue().property("amount"), () -> Obligations.group(key.account(), Amounts.RUB,
                    linesByKey.get(key), carriedByKey.get(key), DueDatePolicy.FEDERAL, WorkingCalendar.WEEKENDS_ONLY));
        }
    }
}
