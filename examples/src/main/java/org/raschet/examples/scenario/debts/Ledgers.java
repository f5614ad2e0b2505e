package org.raschet.examples.scenario.debts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.raschet.allocation.payment.AccountLedger;
import org.raschet.allocation.payment.BilledPenalty;
import org.raschet.allocation.payment.DebtPolicies;
import org.raschet.allocation.penalty.PenaltyRules;
import org.raschet.core.account.AccountId;
import org.raschet.core.ledger.CarriedDebt;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.ledger.Payment;
import org.raschet.core.money.Amounts;
import org.raschet.examples.scenario.input.PoliciesSection;
import org.raschet.examples.scenario.input.ScenarioInputs;

/**
 * The accounts' ledgers (лицевые счета: начисления и оплаты) as the scenario gives them, one per account of
 * {@code accounts}, with the debt policies and penalty rules the scenario runs with. The compute sections of the
 * debts capability all start from here.
 */
public final class Ledgers {
    private Ledgers() {
    }

    /**
     * One account's ledger with its payments and where each was given.
     *
     * @param account  the account
     * @param ledger   charge lines, carried debts, billed penalties and every payment, in document order
     * @param payments the payments with their paths, in document order
     */
    public record Book(DebtAccount account, AccountLedger ledger, List<Located<Payment>> payments) {
        /** Validates the parts. */
        public Book {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(ledger, "ledger");
            payments = List.copyOf(payments);
        }

        /** The payments received after {@code day}, which a computation as of {@code day} does not count. */
        public List<Located<Payment>> after(java.time.LocalDate day) {
            return payments.stream().filter(p -> p.value().date().isAfter(day)).toList();
        }
    }

    /** Every account's ledger, in the order of {@code accounts}. */
    public static List<Book> books(ScenarioInputs inputs) {
        List<Book> out = new ArrayList<>();
        for (DebtAccount a : inputs.get(AccountsSection.INSTANCE).entries()) {
            List<Located<Payment>> payments = of(a.id(), inputs.get(PaymentsSection.INSTANCE),
                    p -> p.account());
            out.add(new Book(a, ledger(a, inputs, payments.stream().map(Located::value).toList()), payments));
        }
        return out;
    }

    /** The ledger of {@code account} with the scenario's lines, carried debts and billed penalties, and {@code payments}. */
    static AccountLedger ledger(DebtAccount account, ScenarioInputs inputs, List<Payment> payments) {
        List<ChargeLine> lines = values(of(account.id(), inputs.get(ChargeLinesSection.INSTANCE), ChargeLine::account));
        List<CarriedDebt> carried = values(of(account.id(), inputs.get(CarriedDebtsSection.INSTANCE),
                c -> c.key().account()));
        List<BilledPenalty> penalties = values(of(account.id(), inputs.get(BilledPenaltiesSection.INSTANCE),
                b -> b.key().account()));
        return new AccountLedger(account.id(), account.opened(), Amounts.RUB, lines, carried, penalties, payments);
    }

    /** The debt policies: due dates, calendar, limitation and allocation. */
    public static DebtPolicies policies(ScenarioInputs inputs) {
        return DebtPolicySettings.of(inputs.get(PoliciesSection.INSTANCE), inputs.get(CalendarSection.INSTANCE));
    }

    /** The penalty rules: key rates, rate rules and moratoriums. */
    public static PenaltyRules penaltyRules(ScenarioInputs inputs) {
        return new PenaltyRules(inputs.get(KeyRatesSection.INSTANCE).schedule(),
                inputs.get(RateRulesSection.INSTANCE).schedule(), inputs.get(MoratoriumsSection.INSTANCE).moratoriums());
    }

    private static <T> List<Located<T>> of(AccountId account, List<Located<T>> all,
                                           java.util.function.Function<T, AccountId> accountOf) {
        return all.stream().filter(l -> accountOf.apply(l.value()).equals(account)).toList();
    }

    private static <T> List<T> values(List<Located<T>> located) {
        return located.stream().map(Located::value).toList();
    }
}
