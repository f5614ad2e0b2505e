package org.raschet.examples.scenario.debts;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.raschet.allocation.payment.BilledPenalty;
import org.raschet.allocation.payment.DebtPolicies;
import org.raschet.allocation.payment.PaymentAllocator;
import org.raschet.core.ledger.ObligationKey;
import org.raschet.core.money.Amounts;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.quantity.Resource;
import org.raschet.examples.scenario.input.Domain;
import org.raschet.examples.scenario.input.InputSection;
import org.raschet.examples.scenario.input.ScenarioInputs;
import org.raschet.examples.scenario.json.ArrayShape;
import org.raschet.examples.scenario.json.JsonCursor;
import org.raschet.examples.scenario.json.Names;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.ValueShape;

/**
 * The {@code billedPenalties} section: penalties already billed (начисленные пени) on an obligation and now
 * payable, covered by payments after the obligation's principal (LEGAL §7). Optional, default none. Each is
 * checked by Raschet's allocator against the account's obligations while it is read: not negative, and on an
 * obligation the account has.
 */
public final class BilledPenaltiesSection implements InputSection<List<Located<BilledPenalty>>> {
    /** The one instance. */
    public static final BilledPenaltiesSection INSTANCE = new BilledPenaltiesSection();

    /** The shape of one billed penalty. */
    public static final ObjectShape PENALTY = ObjectShape.of("billed penalty",
            Property.required("account", ValueShape.STRING),
            Property.required("period", ValueShape.MONTH),
            Property.required("service", Names.choice(Resource.class)),
            Property.required("amount", ValueShape.DECIMAL));

    /** Which property each of Raschet's ledger rules about billed penalties is about. */
    private static final Map<String, String> FIELDS = Map.of(
            "ledger.penalty-non-negative", "amount",
            "ledger.penalty-of-obligation", "period",
            "ledger.one-currency", "amount");

    private BilledPenaltiesSection() {
    }

    @Override
    public Property property() {
        return Property.optional("billedPenalties", ArrayShape.of(PENALTY));
    }

    @Override
    public List<Located<BilledPenalty>> parse(JsonCursor value, ScenarioInputs earlier) {
        DebtAccounts accounts = earlier.get(AccountsSection.INSTANCE);
        List<Located<BilledPenalty>> out = new ArrayList<>();
        ScenarioInputs without = earlier.with(this, List.of()).with(PaymentsSection.INSTANCE, List.of());
        for (JsonCursor element : value.elements()) {
            ObjectCursor o = element.object(PENALTY);
            DebtAccount account = DebtValues.account(o, "account", accounts);
            YearMonth period = DebtValues.period(o, "period");
            Resource service = DebtValues.service(o, "service");
            MonetaryAmount amount = DebtValues.amount(o, "amount", Amounts.RUB);
            BilledPenalty penalty = new BilledPenalty(ObligationKey.of(account.id(), period, service), amount);
            // Raschet's own checks, as the allocator makes them, on this penalty alone
            Domain.at(o.path(), FIELDS, () -> PaymentAllocator.allocate(
                    Ledgers.ledger(account, without, List.of()).withPenalties(List.of(penalty)),
                    DebtPolicies.FEDERAL, ProtocolSink.NONE));
            out.add(new Located<>(penalty, o.path()));
        }
        return out;
    }

    @Override
    public List<Located<BilledPenalty>> absent(ScenarioInputs earlier) {
        return List.of();
    }
}
