package org.raschet.allocation.payment;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.money.CurrencyUnit;
import org.raschet.allocation.internal.Texts;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidLedgerException;
import org.raschet.core.error.InvalidPaymentException;
import org.raschet.core.ledger.Obligation;
import org.raschet.core.ledger.ObligationKey;
import org.raschet.core.ledger.Obligations;
import org.raschet.core.ledger.Payment;
import org.raschet.core.ledger.PaymentTarget;
import org.raschet.core.money.Amounts;
import org.raschet.core.protocol.Formulas;
import org.raschet.core.protocol.Input;
import org.raschet.core.protocol.Note;
import org.raschet.core.protocol.ProtocolEntry;
import org.raschet.core.protocol.ProtocolSection;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.core.split.Split;
import org.raschet.core.split.Exact;

/**
 * Allocates an account's payments over its obligations (распределение оплаты по периодам), ГК РФ ст. 319.1 and
 * Пленум ВС РФ № 22 п. 32 (LEGAL §7):
 * <ol>
 *   <li>payments are taken in date order (ties by identifier), each applied on its own date;</li>
 *   <li>a payment that names periods goes to their obligations first, even past their limitation
 *       (ГК РФ ст. 206 п. 2), principal before penalties; what it leaves goes by the general rule (the policy's
 *       choice); a named period with no charges is not an error: the payment goes by the general rule and the
 *       protocol says so;</li>
 *   <li>general rule: the obligation due first; several due on one day share in proportion to what they still
 *       owe (exact largest-remainder split); if nothing is due yet, the one due first; never an obligation whose
 *       limitation expired on or before the payment date (policy); all principal before any billed penalties;</li>
 *   <li>what is left is the advance (аванс). Obligations of later periods in the ledger are covered from it in
 *       due-date order, which is how an advance settles later obligations as they fall due.</li>
 * </ol>
 * The allocation is recomputed from the ledger as it now stands, so it is deterministic; {@link Reallocation}
 * reports what a change of charges moved.
 */
public final class PaymentAllocator {
    private PaymentAllocator() {
    }

    /**
     * Allocates {@code ledger}'s payments.
     *
     * @param ledger   the account's charges, carried debts, billed penalties and payments
     * @param policies due dates, calendar, limitation and allocation choices
     * @param sink     where the protocol goes ({@link ProtocolSink#NONE} for none)
     * @return positions, applications and the advance
     * @throws InvalidPaymentException if a payment is of another account or currency, dated before the account
     *                                 was opened, or two payments share an identifier
     * @throws InvalidLedgerException  if the charges cannot form obligations, or penalties are billed on an
     *                                 obligation the account does not have
     */
    public static Allocation allocate(AccountLedger ledger, DebtPolicies policies, ProtocolSink sink) {
        CurrencyUnit currency = ledger.currency();
        List<Obligation> obligations = Obligations.group(ledger.account(), currency, ledger.charges(),
                ledger.carried(), policies.dueDates(), policies.calendar());
        State st = new State(obligations, policies, currency, sink.enabled());
        for (BilledPenalty bp : ledger.penalties()) {
            st.bill(bp, ledger);
        }
        List<Payment> payments = checkedPayments(ledger);
        List<ProtocolEntry> sections = new ArrayList<>();
        long appliedTotal = 0;
        long paymentsTotal = 0;
        for (Payment p : payments) {
            long before = st.appliedTotal;
            List<ProtocolEntry> entries = new ArrayList<>();
            List<Note> notes = new ArrayList<>();
            st.pay(p, entries, notes);
            long fromThis = st.appliedTotal - before;
            appliedTotal = st.appliedTotal;
            paymentsTotal = Exact.add(paymentsTotal, p.amountMinor(), "payment allocation");
            if (st.protocol) {
                ProtocolStep left = ProtocolStep.of(Formulas.PAYMENT_ADVANCE,
                        List.of(money("P", p.amountMinor(), currency).withDocument(p.document()),
                                money("Z", fromThis, currency)),
                        money("A", p.amountMinor() - fromThis, currency));
                for (Note n : notes) {
                    left = left.withNote(n);
                }
                entries.add(left);
                sections.add(new ProtocolSection(paymentTitleRu(p, currency), paymentTitleEn(p, currency), entries));
            }
        }
        long advance = paymentsTotal - appliedTotal;
        if (st.protocol) {
            ProtocolStep total = ProtocolStep.of(Formulas.PAYMENT_ADVANCE,
                    List.of(money("P", paymentsTotal, currency), money("Z", appliedTotal, currency)),
                    money("A", advance, currency))
                    .withNote(policies.allocation().note())
                    .withNote(policies.dueDates().note())
                    .withNote(policies.limitation().note());
            sections.add(total);
            sink.add(new ProtocolSection("Распределение платежей: лицевой счёт " + ledger.account(),
                    "Allocation of payments: account " + ledger.account(), sections));
        }
        List<ObligationPosition> positions = new ArrayList<>(obligations.size());
        for (int i = 0; i < obligations.size(); i++) {
            positions.add(new ObligationPosition(obligations.get(i), Amounts.ofMinor(st.paid[i], currency),
                    Amounts.ofMinor(st.penaltyBilled[i], currency), Amounts.ofMinor(st.penaltyPaid[i], currency)));
        }
        return new Allocation(ledger.account(), currency, positions, st.applications, payments,
                Amounts.ofMinor(advance, currency), policies);
    }

    private static List<Payment> checkedPayments(AccountLedger ledger) {
        Set<String> ids = new HashSet<>();
        String account = ledger.account().value();
        for (Payment p : ledger.payments()) {
            if (!p.account().equals(ledger.account())) {
                throw new InvalidPaymentException(ErrorCode.PAYMENT_INVALID, account, p.date(), p.account().value(),
                        "payment " + p.id() + " is made to account " + p.account(), "payment.same-account");
            }
            if (!p.amount().getCurrency().equals(ledger.currency())) {
                throw new InvalidPaymentException(ErrorCode.PAYMENT_CURRENCY, account, p.date(),
                        Amounts.format(p.amount()), "payment " + p.id() + " of " + Amounts.format(p.amount())
                                + " is not in the account's currency " + ledger.currency().getCurrencyCode(),
                        "payment.account-currency");
            }
            if (p.date().isBefore(ledger.openedOn())) {
                throw new InvalidPaymentException(ErrorCode.PAYMENT_BEFORE_ACCOUNT_OPENED, account, p.date(),
                        p.date().toString(), "payment " + p.id() + " of " + Amounts.format(p.amount())
                                + " is dated before the account was opened on " + ledger.openedOn(),
                        "payment.after-opening");
            }
            if (!ids.add(p.id())) {
                throw new InvalidPaymentException(ErrorCode.PAYMENT_INVALID, account, p.date(), p.id(),
                        "two payments share the identifier " + p.id(), "payment.unique-id");
            }
        }
        List<Payment> sorted = new ArrayList<>(ledger.payments());
        sorted.sort(Comparator.comparing(Payment::date).thenComparing(Payment::id));
        return sorted;
    }

    private static Input money(String symbol, long minor, CurrencyUnit c) {
        return Input.of(symbol, minor, c.getDefaultFractionDigits(), c.getCurrencyCode());
    }

    private static String paymentTitleRu(Payment p, CurrencyUnit c) {
        StringBuilder b = new StringBuilder("Платёж ").append(p.id()).append(" от ").append(Texts.ru(p.date()))
                .append(": ").append(Texts.moneyRu(p.amountMinor(), c)).append(" (").append(p.channel().nameRu());
        p.document().ifPresent(d -> b.append(", документ ").append(d));
        b.append(")");
        if (p.isNamed()) {
            b.append("; назначение: ");
            b.append(String.join(", ", p.targets().stream().map(t -> Texts.ru(t.period())
                    + t.service().map(s -> " " + s.nameRu()).orElse("")).toList()));
        }
        return b.toString();
    }

    private static String paymentTitleEn(Payment p, CurrencyUnit c) {
        StringBuilder b = new StringBuilder("Payment ").append(p.id()).append(" of ").append(Texts.en(p.date()))
                .append(": ").append(Texts.moneyEn(p.amountMinor(), c)).append(" (").append(p.channel().nameEn());
        p.document().ifPresent(d -> b.append(", document ").append(d));
        b.append(")");
        if (p.isNamed()) {
            b.append("; names: ");
            b.append(String.join(", ", p.targets().stream().map(t -> t.period()
                    + t.service().map(s -> " " + s.nameEn()).orElse("")).toList()));
        }
        return b.toString();
    }

    /** The mutable state of one allocation run (confined to one call). */
    private static final class State {
        final List<Obligation> obligations;
        final DebtPolicies policies;
        final CurrencyUnit currency;
        final boolean protocol;
        final long[] paid;
        final long[] penaltyBilled;
        final long[] penaltyPaid;
        final LocalDate[] lastDay;
        final List<Application> applications = new ArrayList<>();
        long appliedTotal;

        State(List<Obligation> obligations, DebtPolicies policies, CurrencyUnit currency, boolean protocol) {
            this.obligations = obligations;
            this.policies = policies;
            this.currency = currency;
            this.protocol = protocol;
            int n = obligations.size();
            paid = new long[n];
            penaltyBilled = new long[n];
            penaltyPaid = new long[n];
            lastDay = new LocalDate[n];
            for (int i = 0; i < n; i++) {
                lastDay[i] = policies.limitation().lastDay(obligations.get(i).dueDate(), policies.calendar());
            }
        }

        void bill(BilledPenalty bp, AccountLedger ledger) {
            ObligationKey key = bp.key();
            LocalDate first = key.period().atDay(1);
            String account = ledger.account().value();
            if (!bp.amount().getCurrency().equals(currency)) {
                throw new InvalidLedgerException(ErrorCode.LEDGER_INVALID, account, first, Amounts.format(bp.amount()),
                        "penalty billed on " + key + " is not in the account's currency " + currency.getCurrencyCode(),
                        "ledger.one-currency");
            }
            long minor = Amounts.toMinor(bp.amount());
            if (minor < 0) {
                throw new InvalidLedgerException(ErrorCode.LEDGER_INVALID, account, first, Amounts.format(bp.amount()),
                        "penalty billed on " + key + " is negative", "ledger.penalty-non-negative");
            }
            int i = indexOf(key);
            if (i < 0) {
                throw new InvalidLedgerException(ErrorCode.LEDGER_INVALID, account, first, key.toString(),
                        "penalty of " + Amounts.format(bp.amount()) + " billed on " + key
                                + ", an obligation the account does not have", "ledger.penalty-of-obligation");
            }
            penaltyBilled[i] = Exact.add(penaltyBilled[i], minor, "payment allocation");
        }

        int indexOf(ObligationKey key) {
            for (int i = 0; i < obligations.size(); i++) {
                if (obligations.get(i).key().equals(key)) {
                    return i;
                }
            }
            return -1;
        }

        boolean expired(int i, LocalDate day) {
            return day.isAfter(lastDay[i]);
        }

        long outstanding(int i, AppliedPart part) {
            return part == AppliedPart.PRINCIPAL ? obligations.get(i).amountMinor() - paid[i]
                    : penaltyBilled[i] - penaltyPaid[i];
        }

        void pay(Payment p, List<ProtocolEntry> out, List<Note> notes) {
            long m = p.amountMinor();
            if (p.isNamed()) {
                List<Integer> named = new ArrayList<>();
                for (PaymentTarget t : p.targets()) {
                    boolean any = false;
                    for (int i = 0; i < obligations.size(); i++) {
                        if (t.names(obligations.get(i).key())) {
                            any = true;
                            if (!named.contains(i)) {
                                named.add(i);
                            }
                        }
                    }
                    if (!any && protocol) {
                        notes.add(new Note("payment.named-period-without-charges",
                                "в назначении платежа указан период " + Texts.ru(t.period())
                                        + t.service().map(s -> " (" + s.nameRu() + ")").orElse("")
                                        + ", по которому нет начислений: платёж распределён по общему правилу",
                                "the payment names the period " + t.period()
                                        + t.service().map(s -> " (" + s.nameEn() + ")").orElse("")
                                        + ", which has no charges: the payment goes by the general rule"));
                    }
                }
                named.sort(Comparator.comparing((Integer i) -> obligations.get(i).dueDate())
                        .thenComparing(i -> obligations.get(i).key()));
                if (!named.isEmpty()) {
                    for (int i : named) {
                        if (expired(i, p.date()) && outstanding(i, AppliedPart.PRINCIPAL) > 0 && protocol) {
                            notes.add(new Note("payment.named-expired",
                                    "обязательство " + Texts.obligationRu(obligations.get(i).key())
                                            + " с истёкшим сроком исковой давности погашается, так как указано в "
                                            + "назначении платежа (ГК РФ ст. 206 п. 2)",
                                    "obligation " + Texts.obligationEn(obligations.get(i).key())
                                            + " past its limitation is paid because the payment names it "
                                            + "(Civil Code Art. 206 p. 2)"));
                        }
                    }
                    m = applyGroups(named, AppliedPart.PRINCIPAL, m, p, true, out);
                    m = applyGroups(named, AppliedPart.PENALTY, m, p, true, out);
                    if (m > 0 && !policies.allocation().namedExcessByGeneralRule()) {
                        if (protocol) {
                            notes.add(policies.allocation().note());
                        }
                        return;
                    }
                    if (m > 0 && protocol) {
                        notes.add(new Note("payment.named-excess",
                                "остаток сверх указанных периодов распределён по общему правилу",
                                "what the named periods left goes by the general rule"));
                    }
                }
            }
            if (m > 0) {
                general(m, p, out, notes);
            }
        }

        void general(long m, Payment p, List<ProtocolEntry> out, List<Note> notes) {
            boolean skip = policies.allocation().unnamedSkipsExpired();
            for (AppliedPart part : AppliedPart.values()) {
                List<Integer> candidates = new ArrayList<>();
                for (int i = 0; i < obligations.size(); i++) {
                    if (outstanding(i, part) <= 0) {
                        continue;
                    }
                    if (skip && expired(i, p.date())) {
                        if (protocol && m > 0) {
                            notes.add(new Note("payment.skipped-expired",
                                    "обязательство " + Texts.obligationRu(obligations.get(i).key()) + " ("
                                            + part.nameRu() + ") не погашается платежом без назначения: срок исковой "
                                            + "давности истёк " + Texts.ru(lastDay[i].plusDays(1))
                                            + " (Пленум ВС РФ № 22, п. 32)",
                                    "obligation " + Texts.obligationEn(obligations.get(i).key()) + " ("
                                            + part.nameEn() + ") is not paid by unnamed money: its limitation "
                                            + "expired on " + Texts.en(lastDay[i].plusDays(1))
                                            + " (Plenum No. 22, p. 32)"));
                        }
                        continue;
                    }
                    candidates.add(i);
                }
                if (m > 0) {
                    m = applyGroups(candidates, part, m, p, false, out);
                }
            }
        }

        /** Applies up to {@code m} to {@code indices} (ordered by due date), groups of one due date pro rata. */
        long applyGroups(List<Integer> indices, AppliedPart part, long m, Payment p, boolean named,
                         List<ProtocolEntry> out) {
            int k = 0;
            while (k < indices.size() && m > 0) {
                LocalDate due = obligations.get(indices.get(k)).dueDate();
                List<Integer> group = new ArrayList<>();
                long s = 0;
                while (k < indices.size() && obligations.get(indices.get(k)).dueDate().equals(due)) {
                    int i = indices.get(k++);
                    long o = outstanding(i, part);
                    if (o > 0) {
                        group.add(i);
                        s += o;
                    }
                }
                if (group.isEmpty()) {
                    continue;
                }
                ApplicationBasis basis = named ? ApplicationBasis.NAMED
                        : due.isAfter(p.date()) ? ApplicationBasis.NOT_YET_DUE : ApplicationBasis.EARLIEST_DUE;
                long g = Math.min(m, s);
                if (group.size() == 1) {
                    int i = group.get(0);
                    record(i, part, g, p, basis, false);
                    if (protocol) {
                        out.add(annotate(ProtocolStep.of(Formulas.PAYMENT_APPLY,
                                List.of(money("M", m, currency), money("O", outstanding(i, part) + g, currency)),
                                money("X", g, currency)),
                                i, part, basis));
                    }
                } else {
                    long[] weights = new long[group.size()];
                    for (int j = 0; j < weights.length; j++) {
                        weights[j] = outstanding(group.get(j), part);
                    }
                    long[] shares = Split.largestRemainder(g, weights);
                    List<ProtocolEntry> children = new ArrayList<>();
                    for (int j = 0; j < shares.length; j++) {
                        int i = group.get(j);
                        if (protocol) {
                            long floor = BigInteger.valueOf(g).multiply(BigInteger.valueOf(weights[j]))
                                    .divide(BigInteger.valueOf(s)).longValueExact();
                            children.add(annotate(ProtocolStep.of(Formulas.PAYMENT_PROPORTIONAL,
                                    List.of(money("G", g, currency), money("O", weights[j], currency),
                                            money("S", s, currency), money("u", shares[j] - floor, currency)),
                                    money("X", shares[j], currency)), i, part, basis));
                        }
                        if (shares[j] > 0) {
                            record(i, part, shares[j], p, basis, true);
                        }
                    }
                    if (protocol) {
                        out.add(ProtocolStep.of(Formulas.PAYMENT_GROUP,
                                List.of(money("M", m, currency), money("S", s, currency)), money("G", g, currency)).withNote(new Note("payment.same-due-date",
                                "обязательства с одним сроком оплаты " + Texts.ru(due)
                                        + " погашаются пропорционально суммам (ГК РФ ст. 319.1 п. 3)",
                                "obligations due on one day, " + Texts.en(due)
                                        + ", are paid in proportion to their amounts (Civil Code Art. 319.1 p. 3)"))
                                .withChildren(children));
                    }
                }
                m -= g;
            }
            return m;
        }

        void record(int i, AppliedPart part, long x, Payment p, ApplicationBasis basis, boolean proportional) {
            if (part == AppliedPart.PRINCIPAL) {
                paid[i] += x;
            } else {
                penaltyPaid[i] += x;
            }
            appliedTotal += x;
            applications.add(new Application(p.id(), p.date(), obligations.get(i).key(), part,
                    Amounts.ofMinor(x, currency), basis, proportional));
        }

        ProtocolStep annotate(ProtocolStep step, int i, AppliedPart part, ApplicationBasis basis) {
            Obligation o = obligations.get(i);
            String dueRu = Texts.ru(o.dueDate()) + (o.dueDateMoved()
                    ? " (перенесён с " + Texts.ru(o.nominalDueDate()) + " — нерабочий день, ГК РФ ст. 193)" : "");
            String dueEn = Texts.en(o.dueDate()) + (o.dueDateMoved()
                    ? " (moved from " + Texts.en(o.nominalDueDate()) + ", a non-working day, Civil Code Art. 193)" : "");
            return step.withNote(new Note("payment.obligation",
                    "обязательство " + Texts.obligationRu(o.key()) + ", " + part.nameRu() + "; срок оплаты " + dueRu
                            + "; " + basis.nameRu(),
                    "obligation " + Texts.obligationEn(o.key()) + ", " + part.nameEn() + "; due " + dueEn + "; "
                            + basis.nameEn()));
        }
    }
}
