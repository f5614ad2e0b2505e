package org.raschet.examples.scenario.debts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.raschet.allocation.payment.Allocation;
import org.raschet.allocation.penalty.KeyRate;
import org.raschet.allocation.penalty.Moratorium;
import org.raschet.allocation.penalty.ObligationPenalty;
import org.raschet.allocation.penalty.PenaltyPortion;
import org.raschet.allocation.penalty.PenaltyRange;
import org.raschet.allocation.penalty.PenaltyReport;
import org.raschet.allocation.penalty.RangeKind;
import org.raschet.allocation.penalty.RateRulePeriod;
import org.raschet.core.ledger.Obligation;
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
 * The results of the {@code penalties} section: per account and obligation, the penalty as of the calculation
 * date with its portions and day ranges.
 *
 * @param calculationDate the calculation date
 * @param keyRates        the key-rate schedule applied
 * @param rateRules       the rate rules applied
 * @param moratoriums     the moratoriums applied
 * @param accounts        per account, in the order of {@code accounts}
 */
public record PenaltiesResult(LocalDate calculationDate, KeyRatesInput keyRates, RateRulesInput rateRules,
                              MoratoriumsInput moratoriums, List<AccountPenalties> accounts) implements SectionResult {

    /**
     * One account's penalties.
     *
     * @param book       the account's ledger as given
     * @param allocation its payments up to the calculation date, allocated
     * @param report     the penalties per obligation
     * @param protocol   the protocol the library wrote
     */
    public record AccountPenalties(Ledgers.Book book, Allocation allocation, PenaltyReport report,
                                   List<ProtocolEntry> protocol) {
        /** Validates the parts. */
        public AccountPenalties {
            Objects.requireNonNull(book, "book");
            Objects.requireNonNull(allocation, "allocation");
            Objects.requireNonNull(report, "report");
            protocol = List.copyOf(protocol);
        }

        /** The obligation a penalty is on. */
        Obligation obligation(ObligationPenalty p) {
            return allocation.find(p.key()).orElseThrow().obligation();
        }
    }

    /** Validates the parts. */
    public PenaltiesResult {
        Objects.requireNonNull(calculationDate, "calculationDate");
        Objects.requireNonNull(keyRates, "keyRates");
        Objects.requireNonNull(rateRules, "rateRules");
        Objects.requireNonNull(moratoriums, "moratoriums");
        accounts = List.copyOf(accounts);
    }

    @Override
    public String key() {
        return PenaltiesSection.KEY;
    }

    @Override
    public List<PolicySetting<?>> policies() {
        return DebtPolicySettings.ALL;
    }

    @Override
    public ProtocolSection protocol() {
        List<ProtocolEntry> entries = new ArrayList<>();
        accounts.forEach(a -> entries.addAll(a.protocol()));
        return new ProtocolSection("Пени на " + calculationDate + " (ЖК РФ ст. 155 ч. 14)",
                "Penalties as of " + calculationDate + " (Housing Code Art. 155 p. 14)", entries);
    }

    @Override
    public String text(Language language) {
        StringBuilder out = new StringBuilder();
        rules(out, language);
        if (accounts.isEmpty()) {
            out.append(language.pick("нет лицевых счетов в accounts\n", "no accounts in accounts\n"));
        }
        for (AccountPenalties a : accounts) {
            out.append(language.pick("Лицевой счёт ", "Account ")).append(a.book().account().id()).append(":\n");
            for (ObligationPenalty p : a.report().obligations()) {
                obligation(out, a.obligation(p), p, language);
            }
            out.append(language.pick("  Итого пени: ", "  Total penalties: "))
                    .append(DebtTexts.money(a.report().total(), language))
                    .append(language.pick("; в пределах исковой давности: ", "; within limitation: "))
                    .append(DebtTexts.money(a.report().claimableTotal(), language)).append('\n');
        }
        return out.toString();
    }

    private void rules(StringBuilder out, Language language) {
        List<KeyRate> k = keyRates.schedule().entries();
        out.append(language.pick("Ключевая ставка: ", "Key rate: ")).append(keyRates.base())
                .append(language.pick(", записей ", ", entries ")).append(k.size()).append(", ")
                .append(k.get(0).from()).append(" … ")
                .append(k.get(k.size() - 1).through().map(LocalDate::toString)
                        .orElse(language.pick("без конца", "open-ended")));
        if (!keyRates.given().isEmpty()) {
            out.append(language.pick("; из сценария: ", "; from the scenario: ")).append(String.join("; ",
                    keyRates.given().stream().map(g -> keyRate(g.value(), language)).toList()));
        }
        out.append('\n');
        out.append(language.pick("Правила ставки: ", "Rate rules: ")).append(rateRules.base()).append(": ")
                .append(String.join("; ", rateRules.schedule().entries().stream().map(e -> rateRule(e, language))
                        .toList())).append('\n');
        out.append(language.pick("Моратории: ", "Moratoriums: ")).append(moratoriums.base());
        if (moratoriums.moratoriums().isEmpty()) {
            out.append(language.pick(": нет", ": none"));
        }
        out.append('\n');
        for (Moratorium m : moratoriums.moratoriums()) {
            out.append("  ").append(m.from()).append(" … ").append(m.through());
            m.arisenBefore().ifPresent(d -> out.append(language.pick(", для обязательств, возникших до ",
                    ", for obligations that arose before ")).append(d));
            out.append(" (").append(language.pick(m.source().ru(), m.source().en())).append(")\n");
        }
    }

    private static String keyRate(KeyRate k, Language language) {
        return k.from() + k.through().map(t -> " … " + t).orElse("") + " " + DebtTexts.percent(k.percent(), language);
    }

    private static String rateRule(RateRulePeriod p, Language language) {
        return p.from() + p.through().map(t -> " … " + t).orElse("") + " " + p.rule().id()
                + p.rule().capPercent().map(c -> " (min " + DebtTexts.percent(c, language) + ")").orElse("");
    }

    private static void obligation(StringBuilder out, Obligation o, ObligationPenalty p, Language language) {
        out.append("  ").append(DebtTexts.obligation(p.key(), language)).append(": ")
                .append(DebtTexts.money(o.amount(), language)).append(language.pick(", срок оплаты ", ", due "))
                .append(p.dueDate()).append(language.pick(" — пени ", ": penalty "))
                .append(DebtTexts.money(p.amount(), language));
        if (p.portions().isEmpty()) {
            out.append(language.pick(" (нет просрочки)", " (nothing late)"));
        } else {
            out.append(language.pick(" (сумма интервалов ", " (sum of the ranges "))
                    .append(DebtTexts.exact(p.exactSum(), language)).append(')');
        }
        if (p.limitationExpired()) {
            out.append(language.pick("; давность по основному долгу истекла: пени истекают вместе с ним "
                    + "(ГК РФ ст. 207)", "; the principal's limitation has expired: the penalty expires with it "
                    + "(Civil Code Art. 207)"));
        }
        out.append('\n');
        for (PenaltyPortion portion : p.portions()) {
            out.append(language.pick("    часть ", "    portion ")).append(DebtTexts.money(portion.base(), language))
                    .append(", ");
            if (portion.paidOn().isPresent()) {
                out.append(language.pick("оплачена ", "paid on ")).append(portion.paidOn().get());
            } else {
                out.append(language.pick("не оплачена на ", "unpaid as of ")).append(portion.accruesThrough());
            }
            out.append(language.pick(", дней просрочки ", ", days late ")).append(portion.daysLate());
            if (portion.keyRate().isPresent()) {
                out.append(language.pick("; ставка ", "; rate ")).append(DebtTexts.percent(portion.ratePercent(),
                        language)).append(language.pick(" (ключевая ", " (key rate "))
                        .append(DebtTexts.percent(portion.keyRate().get().percent(), language))
                        .append(language.pick(" на ", " on ")).append(portion.rateDate())
                        .append(language.pick(", правило ", ", rule ")).append(portion.rule().orElseThrow().id()).append(')');
            }
            out.append(":\n");
            for (PenaltyRange r : portion.ranges()) {
                out.append("      ").append(r.from()).append(" … ").append(r.through())
                        .append(language.pick(", дни ", ", days ")).append(r.firstDayLate()).append('–')
                        .append(r.lastDayLate());
                if (r.kind() == RangeKind.ACCRUING) {
                    out.append(", 1/").append(r.denominator()).append(": ")
                            .append(DebtTexts.money(r.base(), language)).append(" × ")
                            .append(DebtTexts.percent(r.ratePercent(), language)).append(" × ").append(r.days())
                            .append(" / ").append(r.denominator()).append(" = ")
                            .append(DebtTexts.exact(r.amount(), language));
                } else if (r.kind() == RangeKind.GRACE) {
                    out.append(language.pick(": пени не начисляются", ": no penalty"));
                } else {
                    out.append(language.pick(": мораторий, пени не начисляются", ": moratorium, no penalty"));
                }
                out.append('\n');
            }
        }
    }

    @Override
    public JsonNode json(JsonNodeFactory nodes) {
        ObjectNode out = nodes.objectNode();
        out.put("calculationDate", calculationDate.toString());
        ObjectNode rules = out.putObject("rules");
        ObjectNode k = rules.putObject("keyRates");
        k.put("base", keyRates.base());
        k.put("entries", keyRates.schedule().entries().size());
        k.put("from", keyRates.schedule().entries().get(0).from().toString());
        keyRates.schedule().entries().get(keyRates.schedule().entries().size() - 1).through()
                .ifPresent(t -> k.put("through", t.toString()));
        ArrayNode kg = k.putArray("given");
        for (Located<KeyRate> g : keyRates.given()) {
            ObjectNode n = kg.addObject();
            n.put("from", g.value().from().toString());
            g.value().through().ifPresent(t -> n.put("through", t.toString()));
            n.put("percent", g.value().percent().toPlainString() + " %");
            g.value().decidedOn().ifPresent(d -> n.put("decidedOn", d.toString()));
            n.put("input", g.path().text());
        }
        ObjectNode r = rules.putObject("rateRules");
        r.put("base", rateRules.base());
        ArrayNode re = r.putArray("entries");
        for (RateRulePeriod e : rateRules.schedule().entries()) {
            ObjectNode n = re.addObject();
            n.put("from", e.from().toString());
            e.through().ifPresent(t -> n.put("through", t.toString()));
            n.put("rule", e.rule().id());
            e.rule().capPercent().ifPresent(c -> n.put("cap", c.toPlainString() + " %"));
            n.put("source", e.rule().source().id());
        }
        ObjectNode m = rules.putObject("moratoriums");
        m.put("base", moratoriums.base());
        ArrayNode me = m.putArray("entries");
        for (Moratorium x : moratoriums.moratoriums()) {
            ObjectNode n = me.addObject();
            n.put("from", x.from().toString());
            n.put("through", x.through().toString());
            x.arisenBefore().ifPresent(d -> n.put("arisenBefore", d.toString()));
            n.put("source", x.source().id());
        }
        ArrayNode list = out.putArray("accounts");
        for (AccountPenalties a : accounts) {
            ObjectNode o = list.addObject();
            o.put("account", a.book().account().id().value());
            ArrayNode obligations = o.putArray("obligations");
            for (ObligationPenalty p : a.report().obligations()) {
                ObjectNode n = obligations.addObject();
                DebtTexts.key(n, p.key());
                n.put("amount", DebtTexts.json(a.obligation(p).amount()));
                n.put("dueDate", p.dueDate().toString());
                n.put("penalty", DebtTexts.json(p.amount()));
                n.put("exactSum", DebtTexts.json(p.exactSum()));
                n.put("limitationExpired", p.limitationExpired());
                ArrayNode portions = n.putArray("portions");
                for (PenaltyPortion portion : p.portions()) {
                    portions.add(portion(nodes, portion));
                }
            }
            o.put("total", DebtTexts.json(a.report().total()));
            o.put("claimableTotal", DebtTexts.json(a.report().claimableTotal()));
        }
        return out;
    }

    private static ObjectNode portion(JsonNodeFactory nodes, PenaltyPortion portion) {
        ObjectNode o = nodes.objectNode();
        o.put("base", DebtTexts.json(portion.base()));
        portion.paidOn().ifPresent(d -> o.put("paidOn", d.toString()));
        o.put("accruesThrough", portion.accruesThrough().toString());
        o.put("daysLate", portion.daysLate());
        o.put("rateDate", portion.rateDate().toString());
        portion.keyRate().ifPresent(k -> o.put("keyRate", k.percent().toPlainString() + " %"));
        portion.rule().ifPresent(r -> o.put("rule", r.id()));
        o.put("rate", portion.ratePercent().toPlainString() + " %");
        ArrayNode ranges = o.putArray("ranges");
        for (PenaltyRange r : portion.ranges()) {
            ObjectNode n = ranges.addObject();
            n.put("from", r.from().toString());
            n.put("through", r.through().toString());
            n.put("firstDayLate", r.firstDayLate());
            n.put("lastDayLate", r.lastDayLate());
            n.put("days", r.days());
            n.put("kind", Names.of(r.kind()));
            if (r.kind() == RangeKind.ACCRUING) {
                n.put("denominator", r.denominator());
            }
            n.put("amount", DebtTexts.json(r.amount()));
        }
        return o;
    }
}
