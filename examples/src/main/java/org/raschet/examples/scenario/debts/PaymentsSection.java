package org.raschet.examples.scenario.debts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.raschet.allocation.payment.AccountLedger;
import org.raschet.allocation.payment.DebtPolicies;
import org.raschet.allocation.payment.PaymentAllocator;
import org.raschet.core.ledger.Payment;
import org.raschet.core.ledger.PaymentChannel;
import org.raschet.core.ledger.PaymentTarget;
import org.raschet.core.money.Amounts;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.quantity.Resource;
import org.raschet.examples.scenario.ScenarioException;
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
import org.raschet.examples.scenario.json.Rules;
import org.raschet.examples.scenario.json.ValueShape;

/**
 * The {@code payments} section: payments (платежи) received on the accounts, with the periods (and services) they
 * name, if any (ГК РФ ст. 319.1 п. 1). Optional, default none. Each payment is checked while it is read by
 * Raschet's own rules: not negative (a refund is its own kind), in the account's currency, not dated before the
 * account was opened; identifiers are unique in the scenario.
 */
public final class PaymentsSection implements InputSection<List<Located<Payment>>> {
    /** The one instance. */
    public static final PaymentsSection INSTANCE = new PaymentsSection();

    /** The shape of one period (and service) a payment names. */
    public static final ObjectShape TARGET = ObjectShape.of("payment target",
            Property.required("period", ValueShape.MONTH),
            Property.optional("service", Names.choice(Resource.class)));

    /** The shape of one payment. */
    public static final ObjectShape PAYMENT = ObjectShape.of("payment",
            Property.required("id", ValueShape.STRING),
            Property.required("account", ValueShape.STRING),
            Property.required("date", ValueShape.DATE),
            Property.required("amount", ValueShape.DECIMAL),
            Property.optional("currency", ValueShape.STRING),
            Property.optional("channel", Names.choice(PaymentChannel.class)),
            Property.optional("document", ValueShape.STRING),
            Property.optional("names", ArrayShape.of(TARGET)));

    /** Which property of a payment each of Raschet's payment rules is about. */
    private static final Map<String, String> FIELDS = Map.of(
            "payment.id-non-blank", "id",
            "payment.non-negative", "amount",
            "payment.account-currency", "currency",
            "payment.after-opening", "date",
            "payment.unique-id", "id");

    private PaymentsSection() {
    }

    @Override
    public Property property() {
        return Property.optional("payments", ArrayShape.of(PAYMENT));
    }

    @Override
    public List<Located<Payment>> parse(JsonCursor value, ScenarioInputs earlier) {
        DebtAccounts accounts = earlier.get(AccountsSection.INSTANCE);
        List<Located<Payment>> out = new ArrayList<>();
        Map<String, JsonPath> seen = new LinkedHashMap<>();
        for (JsonCursor element : value.elements()) {
            ObjectCursor o = element.object(PAYMENT);
            String id = o.string("id");
            JsonPath first = seen.putIfAbsent(id, o.path());
            if (first != null) {
                throw new ScenarioException(o.pathOf("id"), Rules.UNIQUE_ID,
                        "payment '" + id + "' is already given at " + first);
            }
            DebtAccount account = DebtValues.account(o, "account", accounts);
            LocalDate date = o.date("date");
            CurrencyUnit currency = DebtValues.currency(o, "currency", Amounts.RUB);
            MonetaryAmount amount = DebtValues.amount(o, "amount", currency);
            PaymentChannel channel = o.findChoice("channel").map(n -> Names.parse(PaymentChannel.class, n))
                    .orElse(PaymentChannel.BANK);
            Optional<String> document = o.findString("document");
            List<PaymentTarget> targets = new ArrayList<>();
            for (ObjectCursor t : o.objects("names")) {
                targets.add(new PaymentTarget(DebtValues.period(t, "period"),
                        t.findChoice("service").map(n -> Names.parse(Resource.class, n))));
            }
            Payment payment = Domain.at(o.path(), FIELDS, () -> new Payment(id, account.id(), date, amount, channel,
                    document, targets));
            // Raschet's allocator checks currency and opening date: run its checks on this payment alone
            Domain.at(o.path(), FIELDS, () -> PaymentAllocator.allocate(new AccountLedger(account.id(),
                    account.opened(), Amounts.RUB, List.of(), List.of(), List.of(), List.of(payment)),
                    DebtPolicies.FEDERAL, ProtocolSink.NONE));
            out.add(new Located<>(payment, o.path()));
        }
        return out;
    }

    @Override
    public List<Located<Payment>> absent(ScenarioInputs earlier) {
        return List.of();
    }
}
