package org.raschet.examples.scenario.debts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.money.MonetaryAmount;
import org.raschet.allocation.payment.AccountLedger;
import org.raschet.allocation.payment.Allocation;
import org.raschet.allocation.payment.CollectionCandidate;
import org.raschet.allocation.payment.DebtLists;
import org.raschet.allocation.payment.DebtPolicies;
import org.raschet.allocation.payment.Limitation;
import org.raschet.allocation.payment.PaymentAllocator;
import org.raschet.allocation.payment.RestrictionEligibility;
import org.raschet.allocation.payment.RestrictionInput;
import org.raschet.core.account.AccountId;
import org.raschet.core.money.Amounts;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.quantity.Resource;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.compute.ComputeSection;
import org.raschet.examples.scenario.input.Domain;
import org.raschet.examples.scenario.input.ScenarioInputs;
import org.raschet.examples.scenario.json.ArrayShape;
import org.raschet.examples.scenario.json.JsonCursor;
import org.raschet.examples.scenario.json.JsonPath;
import org.raschet.examples.scenario.json.MapShape;
import org.raschet.examples.scenario.json.Names;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.Rules;
import org.raschet.examples.scenario.json.ValueShape;

/**
 * The {@code lists} section: as of a date, the accounts whose supply of a service may be restricted because the
 * debt exceeds two months of its charge by the normative (Правила № 354, п. 117–119; {@link DebtLists#restriction}),
 * since when and by how much; and per account the debts still within limitation and whether they are worth
 * claiming ({@link DebtLists#collection}; LEGAL §8). Payments up to the date count.
 */
public final class ListsSection implements ComputeSection {
    /** The key under {@code compute}. */
    public static final String KEY = "lists";

    /** The shape of one account's restriction check. */
    public static final ObjectShape RESTRICTION = ObjectShape.of("restriction check",
            Property.required("account", ValueShape.STRING),
            Property.required("normativeMonthlyCharges", new MapShape(Names.choice(Resource.class), ValueShape.DECIMAL)),
            Property.optional("repaymentScheduleKept", ValueShape.BOOLEAN));

    /** The settings. */
    public static final ObjectShape SHAPE = ObjectShape.of("lists settings",
            Property.required("asOf", ValueShape.DATE),
            Property.optional("restriction", ArrayShape.of(RESTRICTION)),
            Property.optional("countExpired", ValueShape.BOOLEAN),
            Property.optional("collectionThreshold", ValueShape.DECIMAL));

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public ObjectShape shape() {
        return SHAPE;
    }

    @Override
    public List<String> requires() {
        return List.of();
    }

    @Override
    public Prepared prepare(ObjectCursor settings, ScenarioInputs inputs) {
        LocalDate asOf = settings.date("asOf");
        boolean countExpired = settings.bool("countExpired", true);
        MonetaryAmount threshold = settings.has("collectionThreshold")
                ? DebtValues.amount(settings, "collectionThreshold", Amounts.RUB) : Amounts.rub(0);
        if (threshold.isNegative()) {
            throw new ScenarioException(settings.pathOf("collectionThreshold"), Rules.RANGE,
                    "collection threshold " + Amounts.format(threshold) + " is negative");
        }
        DebtAccounts accounts = inputs.get(AccountsSection.INSTANCE);
        Map<AccountId, RestrictionInput> restriction = new LinkedHashMap<>();
        Map<AccountId, JsonPath> seen = new LinkedHashMap<>();
        for (ObjectCursor r : settings.objects("restriction")) {
            DebtAccount account = DebtValues.account(r, "account", accounts);
            JsonPath first = seen.putIfAbsent(account.id(), r.path());
            if (first != null) {
                throw new ScenarioException(r.pathOf("account"), Rules.UNIQUE_ID,
                        "account '" + account.id() + "' is already checked at " + first);
            }
            Map<Resource, MonetaryAmount> normative = new TreeMap<>();
            ValueShape services = Names.choice(Resource.class);
            for (Map.Entry<String, JsonCursor> e : r.get("normativeMonthlyCharges").entries()) {
                if (!services.choices().contains(e.getKey())) {
                    throw new ScenarioException(e.getValue().path(), Rules.CHOICE, "\"" + e.getKey()
                            + "\" is not one of " + String.join(", ", services.choices()));
                }
                Resource service = Names.parse(Resource.class, e.getKey());
                MonetaryAmount amount = Domain.at(e.getValue().path(), () -> Amounts.parse(
                        e.getValue().decimal().toPlainString() + " RUB"));
                // Raschet's own check of a normative charge, on an empty ledger of the account
                Domain.at(e.getValue().path(), () -> DebtLists.restriction(PaymentAllocator.allocate(
                        AccountLedger.of(account.id(), account.opened(), List.of(), List.of()), DebtPolicies.FEDERAL,
                        ProtocolSink.NONE), RestrictionInput.of(asOf, Map.of(service, amount)), ProtocolSink.NONE));
                normative.put(service, amount);
            }
            restriction.put(account.id(), new RestrictionInput(asOf, normative,
                    r.bool("repaymentScheduleKept", false), countExpired));
        }
        return context -> Domain.at(settings.path(), () -> compute(context.inputs(), asOf, countExpired, threshold,
                restriction));
    }

    private static ListsResult compute(ScenarioInputs inputs, LocalDate asOf, boolean countExpired,
                                       MonetaryAmount threshold, Map<AccountId, RestrictionInput> restriction) {
        DebtPolicies policies = Ledgers.policies(inputs);
        List<ListsResult.AccountLists> accounts = new ArrayList<>();
        for (Ledgers.Book book : Ledgers.books(inputs)) {
            Allocation allocation = PaymentAllocator.allocate(book.ledger().asOf(asOf), policies, ProtocolSink.NONE);
            Optional<RestrictionInput> input = Optional.ofNullable(restriction.get(book.account().id()));
            ProtocolRecorder restrictionSteps = new ProtocolRecorder();
            List<RestrictionEligibility> eligibility = input.map(i -> DebtLists.restriction(allocation, i,
                    restrictionSteps)).orElse(List.of());
            CollectionCandidate collection = DebtLists.collection(allocation, asOf, threshold);
            ProtocolRecorder limitation = new ProtocolRecorder();
            Limitation.states(allocation, asOf, limitation);
            accounts.add(new ListsResult.AccountLists(book, input, eligibility, collection,
                    restrictionSteps.entries(), limitation.entries()));
        }
        return new ListsResult(asOf, countExpired, threshold, accounts);
    }
}
