package org.raschet.examples.scenario.debts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.raschet.allocation.payment.Allocation;
import org.raschet.allocation.payment.AllocationChange;
import org.raschet.allocation.payment.ReallocationReport;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.ledger.ObligationKey;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.ProtocolEntry;
import org.raschet.core.protocol.ProtocolSection;
import org.raschet.examples.scenario.compute.SectionResult;
import org.raschet.examples.scenario.input.PolicySetting;
import org.raschet.examples.scenario.json.Names;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The results of the {@code reallocation} section: per account, the lines issued from the given period on, and
 * what the allocation with them moved compared with the allocation without them.
 *
 * @param asOf       the as-of date (payments up to and including it)
 * @param issuedFrom the first period of issue of the new lines
 * @param accounts   per account, in the order of {@code accounts}
 */
public record ReallocationResult(LocalDate asOf, YearMonth issuedFrom, List<AccountReallocation> accounts)
        implements SectionResult {

    /**
     * One account's reallocation.
     *
     * @param book     the account's ledger as given
     * @param added    the charge lines issued from {@code issuedFrom} on
     * @param previous the allocation without them
     * @param report   the allocation with them and what moved
     * @param before   the protocol of the allocation without them
     * @param after    the protocol of the allocation with them
     * @param delta    the protocol of what moved
     */
    public record AccountReallocation(Ledgers.Book book, List<ChargeLine> added, Allocation previous,
                                      ReallocationReport report, List<ProtocolEntry> before,
                                      List<ProtocolEntry> after, List<ProtocolEntry> delta) {
        /** Validates the parts. */
        public AccountReallocation {
            Objects.requireNonNull(book, "book");
            added = List.copyOf(added);
            Objects.requireNonNull(previous, "previous");
            Objects.requireNonNull(report, "report");
            before = List.copyOf(before);
            after = List.copyOf(after);
            delta = List.copyOf(delta);
        }
    }

    /** Validates the parts. */
    public ReallocationResult {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(issuedFrom, "issuedFrom");
        accounts = List.copyOf(accounts);
    }

    @Override
    public String key() {
        return ReallocationSection.KEY;
    }

    @Override
    public List<PolicySetting<?>> policies() {
        return DebtPolicySettings.ALL;
    }

    @Override
    public ProtocolSection protocol() {
        List<ProtocolEntry> entries = new ArrayList<>();
        for (AccountReallocation a : accounts) {
            String id = a.book().account().id().value();
            entries.add(new ProtocolSection("Лицевой счёт " + id + ": распределение без строк, выставленных с "
                    + issuedFrom, "Account " + id + ": allocation without the lines issued from " + issuedFrom,
                    a.before()));
            entries.add(new ProtocolSection("Лицевой счёт " + id + ": распределение по лицевому счёту в его нынешнем "
                    + "виде", "Account " + id + ": allocation from the ledger as it now stands", a.after()));
            entries.addAll(a.delta());
        }
        return new ProtocolSection("Перераспределение оплаты на " + asOf + " после строк, выставленных с "
                + issuedFrom, "Reallocation of payments as of " + asOf + " after the lines issued from " + issuedFrom,
                entries);
    }

    @Override
    public String text(Language language) {
        StringBuilder out = new StringBuilder();
        if (accounts.isEmpty()) {
            out.append(language.pick("нет лицевых счетов в accounts\n", "no accounts in accounts\n"));
        }
        for (AccountReallocation a : accounts) {
            out.append(language.pick("Лицевой счёт ", "Account ")).append(a.book().account().id()).append(":\n");
            out.append(language.pick("  Строки, выставленные с ", "  Lines issued from ")).append(issuedFrom)
                    .append(':');
            if (a.added().isEmpty()) {
                out.append(language.pick(" нет\n", " none\n"));
            } else {
                out.append('\n');
                for (ChargeLine l : a.added()) {
                    out.append("    ").append(DebtTexts.obligation(ObligationKey.of(l.account(), l.period(),
                                    l.service()), language)).append(", ")
                            .append(language.pick(l.kind().nameRu(), l.kind().nameEn()))
                            .append(language.pick(", выставлена ", ", issued in ")).append(l.issuedIn())
                            .append(": ").append(DebtTexts.money(l.amount(), language)).append('\n');
                }
            }
            out.append(language.pick("  Изменения зачтённых сумм:", "  Changes of the amounts applied:"));
            if (a.report().changes().isEmpty()) {
                out.append(language.pick(" нет\n", " none\n"));
            } else {
                out.append('\n');
                for (AllocationChange c : a.report().changes()) {
                    out.append("    ").append(DebtTexts.obligation(c.key(), language)).append(": ")
                            .append(language.pick("основной долг ", "principal "))
                            .append(change(c.paidBefore(), c.paidAfter(), c.paidDelta(), language));
                    if (!c.penaltyPaidDelta().isZero()) {
                        out.append(language.pick("; пени ", "; penalties "))
                                .append(change(c.penaltyPaidBefore(), c.penaltyPaidAfter(), c.penaltyPaidDelta(),
                                        language));
                    }
                    out.append('\n');
                }
            }
            out.append(language.pick("  Аванс: ", "  Advance: "))
                    .append(change(a.report().advanceBefore(), a.report().advanceAfter(),
                            a.report().advanceAfter().subtract(a.report().advanceBefore()), language)).append('\n');
        }
        return out.toString();
    }

    private static String change(MonetaryAmount before, MonetaryAmount after, MonetaryAmount delta,
                                 Language language) {
        return DebtTexts.money(before, language) + " → " + DebtTexts.money(after, language) + " ("
                + (delta.isPositive() ? "+" : "") + DebtTexts.money(delta, language) + ")";
    }

    @Override
    public JsonNode json(JsonNodeFactory nodes) {
        ObjectNode out = nodes.objectNode();
        out.put("asOf", asOf.toString());
        out.put("issuedFrom", issuedFrom.toString());
        ArrayNode list = out.putArray("accounts");
        for (AccountReallocation a : accounts) {
            ObjectNode o = list.addObject();
            o.put("account", a.book().account().id().value());
            ArrayNode added = o.putArray("added");
            for (ChargeLine l : a.added()) {
                ObjectNode n = added.addObject();
                n.put("period", l.period().toString());
                n.put("service", Names.of(l.service()));
                n.put("kind", Names.of(l.kind()));
                n.put("issuedIn", l.issuedIn().toString());
                n.put("amount", DebtTexts.json(l.amount()));
            }
            ArrayNode changes = o.putArray("changes");
            for (AllocationChange c : a.report().changes()) {
                ObjectNode n = changes.addObject();
                DebtTexts.key(n, c.key());
                n.put("paidBefore", DebtTexts.json(c.paidBefore()));
                n.put("paidAfter", DebtTexts.json(c.paidAfter()));
                n.put("paidDelta", DebtTexts.json(c.paidDelta()));
                n.put("penaltyPaidBefore", DebtTexts.json(c.penaltyPaidBefore()));
                n.put("penaltyPaidAfter", DebtTexts.json(c.penaltyPaidAfter()));
            }
            o.put("advanceBefore", DebtTexts.json(a.report().advanceBefore()));
            o.put("advanceAfter", DebtTexts.json(a.report().advanceAfter()));
        }
        return out;
    }
}
