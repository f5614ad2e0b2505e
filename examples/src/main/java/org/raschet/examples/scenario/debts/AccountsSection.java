package org.raschet.examples.scenario.debts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.raschet.core.account.AccountId;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.input.Domain;
import org.raschet.examples.scenario.input.InputSection;
import org.raschet.examples.scenario.input.ScenarioInputs;
import org.raschet.examples.scenario.json.ArrayShape;
import org.raschet.examples.scenario.json.JsonCursor;
import org.raschet.examples.scenario.json.JsonPath;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.Rules;
import org.raschet.examples.scenario.json.ValueShape;

/**
 * The {@code accounts} section: the accounts whose debts are computed, with their opening dates. Optional, default
 * none; every charge line, carried debt, billed penalty and payment names one of them.
 */
public final class AccountsSection implements InputSection<DebtAccounts> {
    /** The one instance. */
    public static final AccountsSection INSTANCE = new AccountsSection();

    /** The shape of one account. */
    public static final ObjectShape ACCOUNT = ObjectShape.of("account",
            Property.required("id", ValueShape.STRING),
            Property.required("opened", ValueShape.DATE));

    private AccountsSection() {
    }

    @Override
    public Property property() {
        return Property.optional("accounts", ArrayShape.of(ACCOUNT));
    }

    @Override
    public DebtAccounts parse(JsonCursor value, ScenarioInputs earlier) {
        List<DebtAccount> out = new ArrayList<>();
        Map<AccountId, JsonPath> seen = new LinkedHashMap<>();
        for (JsonCursor element : value.elements()) {
            ObjectCursor o = element.object(ACCOUNT);
            AccountId id = Domain.at(o.pathOf("id"), () -> AccountId.of(o.string("id")));
            JsonPath first = seen.putIfAbsent(id, o.path());
            if (first != null) {
                throw new ScenarioException(o.pathOf("id"), Rules.UNIQUE_ID,
                        "account '" + id + "' is already declared at " + first);
            }
            LocalDate opened = o.date("opened");
            out.add(new DebtAccount(id, opened, o.path()));
        }
        return new DebtAccounts(out);
    }

    @Override
    public DebtAccounts absent(ScenarioInputs earlier) {
        return new DebtAccounts(List.of());
    }
}
