package org.raschet.examples.scenario.debts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.raschet.allocation.payment.CollectionCandidate;
import org.raschet.allocation.payment.LimitationState;
import org.raschet.allocation.payment.RestrictionEligibility;
import org.raschet.allocation.payment.RestrictionInput;
import org.raschet.core.money.Amounts;
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
 * The results of the {@code lists} section: per account, the restriction check of each service named (354
 * p.117–119) and the collection candidate (debts within limitation, LEGAL §8).
 *
 * @param asOf                the date of the lists
 * @param countExpired        whether debts past their limitation count for restriction
 * @param collectionThreshold the sum from which claimable debts are worth claiming
 * @param accounts            per account, in the order of {@code accounts}
 */
public record ListsResult(LocalDate asOf, boolean countExpired, MonetaryAmount collectionThreshold,
                          List<AccountLists> accounts) implements SectionResult {

    /**
     * One account's lists.
     *
     * @param book        the account's ledger as given
     * @param input       the restriction check asked for the account, if any
     * @param restriction the restriction verdict per service checked
     * @param collection  the collection candidate
     * @param restrictionProtocol the protocol of the restriction check
     * @param limitationProtocol  the protocol of the limitation states the collection list rests on
     */
    public record AccountLists(Ledgers.Book book, Optional<RestrictionInput> input,
                               List<RestrictionEligibility> restriction, CollectionCandidate collection,
                               List<ProtocolEntry> restrictionProtocol, List<ProtocolEntry> limitationProtocol) {
        /** Validates the parts. */
        public AccountLists {
            Objects.requireNonNull(book, "book");
            Objects.requireNonNull(input, "input");
            restriction = List.copyOf(restriction);
            Objects.requireNonNull(collection, "collection");
            restrictionProtocol = List.copyOf(restrictionProtocol);
            limitationProtocol = List.copyOf(limitationProtocol);
        }
    }

    /** Validates the parts. */
    public ListsResult {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(collectionThreshold, "collectionThreshold");
        accounts = List.copyOf(accounts);
    }

    @Override
    public String key() {
        return ListsSection.KEY;
    }

    @Override
    public List<PolicySetting<?>> policies() {
        return DebtPolicySettings.ALL;
    }

    @Override
    public ProtocolSection protocol() {
        List<ProtocolEntry> entries = new ArrayList<>();
        for (AccountLists a : accounts) {
            if (!a.restrictionProtocol().isEmpty()) {
                String id = a.book().account().id().value();
                entries.add(new ProtocolSection("Ограничение предоставления услуги: лицевой счёт " + id,
                        "Restriction of supply: account " + id, a.restrictionProtocol()));
            }
            entries.addAll(a.limitationProtocol());
        }
        return new ProtocolSection("Ограничение и взыскание на " + asOf,
                "Restriction and collection lists as of " + asOf, entries);
    }

    @Override
    public String text(Language language) {
        StringBuilder out = new StringBuilder();
        out.append(language.pick("Порог взыскания: ", "Collection threshold: "))
                .append(DebtTexts.money(collectionThreshold, language))
                .append(language.pick("; долги с истёкшей давностью для ограничения ",
                        "; debts past their limitation for restriction: "))
                .append(countExpired ? language.pick("учитываются", "counted")
                        : language.pick("не учитываются", "not counted")).append('\n');
        if (accounts.isEmpty()) {
            out.append(language.pick("нет лицевых счетов в accounts\n", "no accounts in accounts\n"));
        }
        for (AccountLists a : accounts) {
            out.append(language.pick("Лицевой счёт ", "Account ")).append(a.book().account().id()).append(":\n");
            out.append(language.pick("  Ограничение (354 п. 117–119):", "  Restriction (354 p. 117–119):"));
            if (a.input().isEmpty()) {
                out.append(language.pick(" не проверялось\n", " not checked\n"));
            } else {
                out.append('\n');
                for (RestrictionEligibility r : a.restriction()) {
                    MonetaryAmount normative = a.input().get().normativeMonthlyCharge().get(r.service());
                    out.append("    ").append(language.pick(r.service().nameRu(), r.service().nameEn()))
                            .append(language.pick(": долг ", ": debt ")).append(DebtTexts.money(r.debt(), language))
                            .append(language.pick(", порог 2 × ", ", threshold 2 × "))
                            .append(DebtTexts.money(normative, language)).append(" = ")
                            .append(DebtTexts.money(r.threshold(), language)).append(" — ")
                            .append(verdict(r, language)).append('\n');
                }
            }
            CollectionCandidate c = a.collection();
            out.append(language.pick("  Взыскание: в пределах давности ", "  Collection: within limitation "))
                    .append(DebtTexts.money(c.claimable(), language)).append(" — ")
                    .append(c.worthClaiming() ? language.pick("стоит взыскивать", "worth claiming")
                            : language.pick("не достигает порога", "below the threshold"));
            out.append(c.obligations().isEmpty() ? "\n" : ":\n");
            for (LimitationState s : c.obligations()) {
                out.append("    ").append(DebtTexts.obligation(s.key(), language))
                        .append(language.pick(": последний день давности ", ": last day of limitation "))
                        .append(s.lastDay()).append(language.pick(", остаток ", ", outstanding "))
                        .append(DebtTexts.money(s.outstanding(), language)).append('\n');
            }
        }
        return out.toString();
    }

    private static String verdict(RestrictionEligibility r, Language language) {
        if (r.eligible()) {
            return language.pick("ограничение допускается; долг выше порога с ", "restriction allowed; the debt has "
                    + "been above the threshold since ") + r.since().orElseThrow();
        }
        if (r.since().isPresent()) {
            return language.pick("долг выше порога с ", "the debt has been above the threshold since ")
                    + r.since().get() + language.pick(", но соблюдается график погашения: ограничение не допускается",
                    ", but a repayment schedule is kept: no restriction");
        }
        return language.pick("долг не выше порога: ограничение не допускается",
                "the debt is not above the threshold: no restriction");
    }

    @Override
    public JsonNode json(JsonNodeFactory nodes) {
        ObjectNode out = nodes.objectNode();
        out.put("asOf", asOf.toString());
        out.put("countExpired", countExpired);
        out.put("collectionThreshold", DebtTexts.json(collectionThreshold));
        ArrayNode list = out.putArray("accounts");
        for (AccountLists a : accounts) {
            ObjectNode o = list.addObject();
            o.put("account", a.book().account().id().value());
            ArrayNode restriction = o.putArray("restriction");
            for (RestrictionEligibility r : a.restriction()) {
                ObjectNode n = restriction.addObject();
                n.put("service", Names.of(r.service()));
                n.put("normativeMonthlyCharge", DebtTexts.json(a.input().orElseThrow().normativeMonthlyCharge()
                        .get(r.service())));
                n.put("debt", DebtTexts.json(r.debt()));
                n.put("threshold", DebtTexts.json(r.threshold()));
                n.put("excess", DebtTexts.json(Amounts.rub(Amounts.toMinor(r.debt()) - Amounts.toMinor(r.threshold()))));
                n.put("eligible", r.eligible());
                r.since().ifPresent(d -> n.put("since", d.toString()));
                n.put("repaymentScheduleKept", r.repaymentScheduleKept());
            }
            CollectionCandidate c = a.collection();
            ObjectNode collection = o.putObject("collection");
            collection.put("claimable", DebtTexts.json(c.claimable()));
            collection.put("worthClaiming", c.worthClaiming());
            collection.set("obligations", DebtTexts.limitations(nodes, c.obligations()));
        }
        return out;
    }
}
