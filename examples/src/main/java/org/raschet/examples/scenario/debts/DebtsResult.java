package org.raschet.examples.scenario.debts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.raschet.allocation.payment.Allocation;
import org.raschet.allocation.payment.Application;
import org.raschet.allocation.payment.LimitationState;
import org.raschet.allocation.payment.ObligationPosition;
import org.raschet.core.ledger.Balance;
import org.raschet.core.ledger.Obligation;
import org.raschet.core.ledger.Payment;
import org.raschet.core.ledger.PaymentTarget;
import org.raschet.core.money.Amounts;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.ProtocolEntry;
import org.raschet.core.protocol.ProtocolSection;
import org.raschet.core.time.WorkingCalendar;
import org.raschet.examples.scenario.compute.SectionResult;
import org.raschet.examples.scenario.input.PolicySetting;
import org.raschet.examples.scenario.json.Names;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The results of the {@code debts} section: per account, its obligations, the payments applied, the advance, the
 * balance, the limitation states and the warning list, as of one date.
 *
 * @param asOf        the as-of date
 * @param warningDays the warning horizon N, in days
 * @param calendar    the working-day calendar applied
 * @param accounts    per account, in the order of {@code accounts}
 */
public record DebtsResult(LocalDate asOf, int warningDays, WorkingCalendar calendar, List<AccountDebts> accounts)
        implements SectionResult {

    /**
     * One account's debts.
     *
     * @param book       the account's ledger as given
     * @param allocation its payments up to the as-of date, allocated
     * @param balance    its balance as of the date
     * @param limitation every obligation's limitation state
     * @param warnings   obligations whose limitation ends within N days, soonest first
     * @param protocol   the protocol the library wrote: the allocation and the limitation sections
     */
    public record AccountDebts(Ledgers.Book book, Allocation allocation, Balance balance,
                               List<LimitationState> limitation, List<LimitationState> warnings,
                               List<ProtocolEntry> protocol) {
        /** Validates the parts. */
        public AccountDebts {
            Objects.requireNonNull(book, "book");
            Objects.requireNonNull(allocation, "allocation");
            Objects.requireNonNull(balance, "balance");
            limitation = List.copyOf(limitation);
            warnings = List.copyOf(warnings);
            protocol = List.copyOf(protocol);
        }
    }

    /** Validates the parts. */
    public DebtsResult {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(calendar, "calendar");
        accounts = List.copyOf(accounts);
    }

    @Override
    public String key() {
        return DebtsSection.KEY;
    }

    @Override
    public List<PolicySetting<?>> policies() {
        return DebtPolicySettings.ALL;
    }

    @Override
    public ProtocolSection protocol() {
        List<ProtocolEntry> entries = new ArrayList<>();
        accounts.forEach(a -> entries.addAll(a.protocol()));
        return new ProtocolSection("Задолженность на " + asOf + ": обязательства, зачёт платежей, исковая давность",
                "Debts as of " + asOf + ": obligations, payments applied, limitation", entries);
    }

    @Override
    public String text(Language language) {
        StringBuilder out = new StringBuilder();
        out.append(DebtTexts.calendar(calendar, language)).append('\n');
        if (accounts.isEmpty()) {
            out.append(language.pick("нет лицевых счетов в accounts\n", "no accounts in accounts\n"));
        }
        for (AccountDebts a : accounts) {
            account(out, a, language);
        }
        return out.toString();
    }

    private void account(StringBuilder out, AccountDebts a, Language language) {
        out.append(language.pick("Лицевой счёт ", "Account ")).append(a.book().account().id())
                .append(language.pick(" (открыт ", " (opened ")).append(a.book().account().opened()).append("):\n");
        out.append(language.pick("  Обязательства:\n", "  Obligations:\n"));
        if (a.allocation().positions().isEmpty()) {
            out.append(language.pick("    нет\n", "    none\n"));
        }
        for (ObligationPosition p : a.allocation().positions()) {
            Obligation o = p.obligation();
            out.append("    ").append(DebtTexts.obligation(o.key(), language)).append(": ")
                    .append(DebtTexts.money(o.amount(), language))
                    .append(language.pick(", срок оплаты ", ", due ")).append(o.dueDate());
            if (o.dueDateMoved()) {
                out.append(language.pick(" (перенесён с ", " (moved from ")).append(o.nominalDueDate())
                        .append(language.pick(", нерабочий день)", ", a non-working day)"));
            }
            out.append(language.pick(", оплачено ", ", paid ")).append(DebtTexts.money(p.paid(), language))
                    .append(language.pick(", остаток ", ", outstanding "))
                    .append(DebtTexts.money(p.outstanding(), language));
            if (!p.penaltyBilled().isZero()) {
                out.append(language.pick("; пени начислено ", "; penalties billed "))
                        .append(DebtTexts.money(p.penaltyBilled(), language))
                        .append(language.pick(", оплачено ", ", paid ")).append(DebtTexts.money(p.penaltyPaid(), language));
            }
            out.append('\n');
        }
        out.append(language.pick("  Платежи:\n", "  Payments:\n"));
        if (a.allocation().payments().isEmpty()) {
            out.append(language.pick("    нет\n", "    none\n"));
        }
        for (Payment p : a.allocation().payments()) {
            out.append("    ").append(DebtTexts.payment(p, language)).append(":\n");
            for (PaymentTarget t : p.targets()) {
                if (a.allocation().positions().stream().noneMatch(x -> t.names(x.key()))) {
                    out.append("      ").append(DebtTexts.target(t, language))
                            .append(language.pick(": нет начислений — платёж распределён по общему правилу",
                                    ": no charges — the payment goes by the general rule")).append('\n');
                }
            }
            long applied = 0;
            for (Application x : a.allocation().applications()) {
                if (!x.paymentId().equals(p.id())) {
                    continue;
                }
                applied += x.amountMinor();
                out.append("      → ").append(DebtTexts.obligation(x.key(), language)).append(", ")
                        .append(language.pick(x.part().nameRu(), x.part().nameEn())).append(": ")
                        .append(DebtTexts.money(x.amount(), language)).append(" (")
                        .append(language.pick(x.basis().nameRu(), x.basis().nameEn()));
                if (x.proportional()) {
                    out.append(language.pick("; пропорционально суммам с одним сроком оплаты",
                            "; in proportion among obligations due on one day"));
                }
                out.append(")\n");
            }
            out.append(language.pick("      не зачтено (аванс): ", "      not applied (advance): "))
                    .append(DebtTexts.money(Amounts.ofMinor(p.amountMinor() - applied, p.amount().getCurrency()),
                            language)).append('\n');
        }
        for (Located<Payment> later : a.book().after(asOf)) {
            out.append(language.pick("    не учтён (получен после ", "    not counted (received after "))
                    .append(asOf).append("): ").append(DebtTexts.payment(later.value(), language)).append('\n');
        }
        out.append(language.pick("  Аванс: ", "  Advance: ")).append(DebtTexts.money(a.allocation().advance(), language))
                .append('\n');
        Balance b = a.balance();
        out.append(language.pick("  Сальдо на ", "  Balance as of ")).append(b.asOf())
                .append(language.pick(": начислено ", ": charged ")).append(DebtTexts.money(b.charged(), language))
                .append(language.pick(", оплачено ", ", paid ")).append(DebtTexts.money(b.paid(), language))
                .append(language.pick(", долг ", ", owed ")).append(DebtTexts.money(b.outstanding(), language))
                .append(language.pick(", в т. ч. просрочено ", ", of which overdue "))
                .append(DebtTexts.money(b.overdue(), language))
                .append(language.pick(", аванс ", ", advance ")).append(DebtTexts.money(b.advance(), language))
                .append(language.pick(", оплачено пеней ", ", penalties paid "))
                .append(DebtTexts.money(b.penaltiesPaid(), language)).append('\n');
        out.append(language.pick("  Исковая давность:\n", "  Limitation:\n"));
        if (a.limitation().isEmpty()) {
            out.append(language.pick("    нет обязательств\n", "    no obligations\n"));
        }
        for (LimitationState s : a.limitation()) {
            out.append("    ").append(DebtTexts.limitation(s, language)).append('\n');
        }
        out.append(language.pick("  Давность истекает в течение ", "  Limitation ending within "))
                .append(DebtTexts.days(warningDays, language)).append(':');
        if (a.warnings().isEmpty()) {
            out.append(language.pick(" нет\n", " none\n"));
        } else {
            out.append('\n');
            for (LimitationState s : a.warnings()) {
                out.append("    ").append(DebtTexts.obligation(s.key(), language))
                        .append(language.pick(": последний день ", ": last day ")).append(s.lastDay())
                        .append(language.pick(", осталось ", ", ")).append(DebtTexts.days(s.daysLeft(), language))
                        .append(language.pick("", " left")).append(language.pick(", остаток ", ", outstanding "))
                        .append(DebtTexts.money(s.outstanding(), language)).append('\n');
            }
        }
    }

    @Override
    public JsonNode json(JsonNodeFactory nodes) {
        ObjectNode out = nodes.objectNode();
        out.put("asOf", asOf.toString());
        out.put("warningDays", warningDays);
        out.set("calendar", DebtTexts.calendar(nodes, calendar));
        ArrayNode list = out.putArray("accounts");
        for (AccountDebts a : accounts) {
            ObjectNode o = list.addObject();
            o.put("account", a.book().account().id().value());
            o.put("opened", a.book().account().opened().toString());
            ArrayNode obligations = o.putArray("obligations");
            for (ObligationPosition p : a.allocation().positions()) {
                Obligation ob = p.obligation();
                ObjectNode n = obligations.addObject();
                DebtTexts.key(n, ob.key());
                n.put("amount", DebtTexts.json(ob.amount()));
                n.put("lines", ob.lines().size());
                n.put("nominalDueDate", ob.nominalDueDate().toString());
                n.put("dueDate", ob.dueDate().toString());
                n.put("paid", DebtTexts.json(p.paid()));
                n.put("outstanding", DebtTexts.json(p.outstanding()));
                n.put("penaltyBilled", DebtTexts.json(p.penaltyBilled()));
                n.put("penaltyPaid", DebtTexts.json(p.penaltyPaid()));
            }
            ArrayNode payments = o.putArray("payments");
            for (Located<Payment> p : a.book().payments()) {
                if (!p.value().date().isAfter(asOf)) {
                    payments.add(DebtTexts.payment(nodes, p));
                }
            }
            ArrayNode notCounted = o.putArray("notCounted");
            a.book().after(asOf).forEach(p -> notCounted.add(DebtTexts.payment(nodes, p)));
            ArrayNode applications = o.putArray("applications");
            for (Application x : a.allocation().applications()) {
                ObjectNode n = applications.addObject();
                n.put("payment", x.paymentId());
                n.put("date", x.date().toString());
                DebtTexts.key(n, x.key());
                n.put("part", Names.of(x.part()));
                n.put("amount", DebtTexts.json(x.amount()));
                n.put("basis", Names.of(x.basis()));
                n.put("proportional", x.proportional());
            }
            o.put("advance", DebtTexts.json(a.allocation().advance()));
            Balance b = a.balance();
            ObjectNode balance = o.putObject("balance");
            balance.put("charged", DebtTexts.json(b.charged()));
            balance.put("paid", DebtTexts.json(b.paid()));
            balance.put("outstanding", DebtTexts.json(b.outstanding()));
            balance.put("overdue", DebtTexts.json(b.overdue()));
            balance.put("advance", DebtTexts.json(b.advance()));
            balance.put("penaltiesPaid", DebtTexts.json(b.penaltiesPaid()));
            o.set("limitation", DebtTexts.limitations(nodes, a.limitation()));
            o.set("warnings", DebtTexts.limitations(nodes, a.warnings()));
        }
        return out;
    }
}
