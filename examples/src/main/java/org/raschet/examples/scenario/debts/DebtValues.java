package org.raschet.examples.scenario.debts;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.raschet.core.account.AccountId;
import org.raschet.core.money.Amounts;
import org.raschet.core.quantity.Resource;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.input.Domain;
import org.raschet.examples.scenario.json.Names;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.Rules;

/**
 * How the debts sections read their values: billing periods {@code YYYY-MM}, amounts in a currency (exact, never
 * rounded), services, and references to the accounts of {@code accounts}.
 */
public final class DebtValues {
    private DebtValues() {
    }

    /**
     * A billing period {@code YYYY-MM} (a month property).
     *
     * @throws ScenarioException with rule {@code scenario.type} if it is not such a month
     */
    public static YearMonth period(ObjectCursor o, String name) {
        return o.month(name);
    }

    /** A billing period {@code YYYY-MM} (a month property), if present. */
    public static Optional<YearMonth> findPeriod(ObjectCursor o, String name) {
        return o.findMonth(name);
    }

    /** A service (a choice property among the resources). */
    public static Resource service(ObjectCursor o, String name) {
        return Names.parse(Resource.class, o.choice(name));
    }

    /**
     * The currency with the ISO code of text property {@code name}, or {@code otherwise} if absent.
     *
     * @throws ScenarioException with Raschet's rule {@code currency.known} if the code is unknown
     */
    public static CurrencyUnit currency(ObjectCursor o, String name, CurrencyUnit otherwise) {
        Optional<String> code = o.findString(name);
        if (code.isEmpty()) {
            return otherwise;
        }
        return Domain.at(o.pathOf(name), () -> Amounts.parse("0 " + code.get()).getCurrency());
    }

    /**
     * An exact amount of {@code currency} (a decimal property), never rounded.
     *
     * @throws ScenarioException with Raschet's rule {@code amount.minor-units} if finer than the minor unit
     */
    public static MonetaryAmount amount(ObjectCursor o, String name, CurrencyUnit currency) {
        BigDecimal value = o.decimal(name);
        return Domain.at(o.pathOf(name), () -> Amounts.parse(value.toPlainString() + " "
                + currency.getCurrencyCode()));
    }

    /**
     * The account named by text property {@code name}, which {@code accounts} must declare.
     *
     * @throws ScenarioException with rule {@code scenario.known-reference} if it does not
     */
    public static DebtAccount account(ObjectCursor o, String name, DebtAccounts accounts) {
        AccountId id = Domain.at(o.pathOf(name), () -> AccountId.of(o.string(name)));
        return accounts.find(id).orElseThrow(() -> new ScenarioException(o.pathOf(name), Rules.KNOWN_REFERENCE,
                "account '" + id + "' is not declared in $.accounts"));
    }
}
