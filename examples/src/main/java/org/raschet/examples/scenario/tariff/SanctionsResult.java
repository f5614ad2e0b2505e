package org.raschet.examples.scenario.tariff;

import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import org.raschet.core.money.Amounts;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.ProtocolSection;
import org.raschet.core.split.Exact;
import org.raschet.examples.scenario.compute.SectionResult;
import org.raschet.examples.scenario.json.Names;
import org.raschet.tariffs.pricing.PricedLine;
import org.raschet.tariffs.pricing.PricingResult;
import org.raschet.tariffs.pricing.SanctionPolicy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The results of the {@code sanctions} section: for each sanction case, the days it covers, its priced lines (kind
 * sanction, issued in the month of the finding) and their total; the total of the scenario.
 *
 * @param cases    each case charged, in document order
 * @param protocol the protocol section
 */
public record SanctionsResult(List<Charged> cases, ProtocolSection protocol) implements SectionResult {
    /** Protocol and report title, in Russian. */
    public static final String TITLE_RU = "Доначисления (санкции)";
    /** Protocol and report title, in English. */
    public static final String TITLE_EN = "Sanction charges";

    /**
     * One case, charged.
     *
     * @param given   the case as the scenario gives it
     * @param pricing how its account is priced (tariff, normative)
     * @param policy  the sanction policy applied
     * @param result  the lines
     */
    public record Charged(SanctionCase given, AccountPricing pricing, SanctionPolicy policy, PricingResult result) {
        /** Validates the parts. */
        public Charged {
            Objects.requireNonNull(given, "given");
            Objects.requireNonNull(pricing, "pricing");
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(result, "result");
        }
    }

    /** Copies the cases. */
    public SanctionsResult {
        cases = List.copyOf(cases);
        Objects.requireNonNull(protocol, "protocol");
    }

    @Override
    public String key() {
        return SanctionsSection.KEY;
    }

    /** The sum of every line's amount, in minor units. */
    public long totalMinor() {
        long total = 0;
        for (Charged c : cases) {
            total = Exact.add(total, c.result().totalMinor(), "sanctions total");
        }
        return total;
    }

    private CurrencyUnit currency() {
        return cases.isEmpty() ? Amounts.RUB : cases.get(0).result().currency();
    }

    @Override
    public String text(Language language) {
        StringBuilder out = new StringBuilder();
        if (cases.isEmpty()) {
            out.append(language.pick("нет случаев: sanctionCases пуст\n", "no cases: sanctionCases is empty\n"));
        }
        for (Charged c : cases) {
            SanctionCase g = c.given();
            AccountPricing a = c.pricing();
            out.append(language.pick("Лицевой счёт ", "Account ")).append(g.premise().premise().id()).append(", ")
                    .append(language.pick(g.service().nameRu(), g.service().nameEn())).append(": ")
                    .append(g.connection()
                            ? language.pick("несанкционированное подключение (п. 62 Правил № 354), ",
                            "unauthorised connection (354 p.62), ") + org.raschet.examples.scenario.report.Texts.value(
                            java.math.BigDecimal.valueOf(g.power().orElseThrow().watts(), 3), "kW", language)
                            : language.pick("вмешательство в работу прибора учёта (п. 81(11) Правил № 354)",
                            "interference with a meter (354 p.81(11))"));
            g.document().ifPresent(d -> out.append(", ").append(d));
            out.append('\n');
            out.append("  ").append(language.pick("выявлено ", "found on ")).append(g.foundOn());
            g.since().ifPresent(d -> out.append(language.pick(", с ", ", since ")).append(d));
            out.append(language.pick(", устранено ", ", eliminated on ")).append(g.eliminatedOn())
                    .append(language.pick("; дни ", "; days ")).append(PricedLines.days(c.result().range(), language))
                    .append(language.pick("; тариф ", "; tariff ")).append(a.tariff().value().id());
            if (!g.connection()) {
                out.append(language.pick("; норматив ", "; normative ")).append(a.normative().orElseThrow().value().id());
            }
            out.append('\n');
            out.append("  ").append(language.pick(c.policy().note().ru(), c.policy().note().en())).append('\n');
            for (PricedLine l : c.result().lines()) {
                out.append("  ").append(PricedLines.text(l, language)).append('\n');
            }
            out.append("  ").append(PricedLines.total(c.result(), g.service().unit(), language)).append('\n');
        }
        out.append(language.pick("Всего по сценарию: ", "Scenario total: "))
                .append(PricedLines.amount(totalMinor(), currency(), language)).append('\n');
        return out.toString();
    }

    @Override
    public JsonNode json(JsonNodeFactory nodes) {
        ObjectNode out = nodes.objectNode();
        ArrayNode list = out.putArray("cases");
        for (Charged c : cases) {
            SanctionCase g = c.given();
            ObjectNode o = list.addObject();
            o.put("account", g.premise().premise().id().value());
            o.put("service", Names.of(g.service()));
            o.put("kind", g.connection() ? SanctionCasesSection.UNAUTHORISED_CONNECTION
                    : SanctionCasesSection.INTERFERENCE);
            g.power().ifPresent(p -> o.put("power", p.toString()));
            o.put("foundOn", g.foundOn().toString());
            g.since().ifPresent(d -> o.put("since", d.toString()));
            o.put("eliminatedOn", g.eliminatedOn().toString());
            g.document().ifPresent(d -> o.put("document", d));
            o.put("policy", c.policy().id());
            o.put("tariff", c.pricing().tariff().value().id());
            if (!g.connection()) {
                o.put("normative", c.pricing().normative().orElseThrow().value().id());
            }
            o.put("firstDay", c.result().range().getStart().toString());
            o.put("lastDay", c.result().range().getEndInclusive().toString());
            o.put("days", c.result().range().lengthInDays());
            o.set("lines", PricedLines.json(nodes, c.result().lines()));
            o.put("quantity", PricedLines.quantity(c.result(), g.service().unit()));
            o.put("amount", PricedLines.amount(c.result().totalMinor(), c.result().currency()));
        }
        out.put("amount", PricedLines.amount(totalMinor(), currency()));
        return out;
    }
}
