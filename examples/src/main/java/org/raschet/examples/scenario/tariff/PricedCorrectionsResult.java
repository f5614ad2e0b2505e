package org.raschet.examples.scenario.tariff;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import org.raschet.core.consumption.VolumeCorrection;
import org.raschet.core.money.Amounts;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.ProtocolSection;
import org.raschet.core.split.Exact;
import org.raschet.examples.scenario.compute.SectionResult;
import org.raschet.examples.scenario.input.PolicySetting;
import org.raschet.examples.scenario.json.Names;
import org.raschet.tariffs.pricing.PricedLine;
import org.raschet.tariffs.pricing.PricingResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The results of the {@code pricedCorrections} section: per service, its correction lines priced at the prices of
 * the days they correct (kind correction, each in the period it corrects, issued in the recalculation's period), and
 * their total; the total of the scenario.
 *
 * @param issuedIn the period the corrections are issued in
 * @param services each service with corrections, in the recalculation's order
 * @param protocol the protocol section
 */
public record PricedCorrectionsResult(YearMonth issuedIn, List<Priced> services, ProtocolSection protocol)
        implements SectionResult {
    /** Protocol and report title, in Russian. */
    public static final String TITLE_RU = "Перерасчёт в деньгах по тарифам корректируемых дней";
    /** Protocol and report title, in English. */
    public static final String TITLE_EN = "Corrections priced at the tariffs of the days corrected";

    /**
     * One service's corrections, priced.
     *
     * @param pricing     how the account is priced (its tariff)
     * @param corrections the volume corrections of the recalculation
     * @param result      the priced lines
     */
    public record Priced(AccountPricing pricing, List<VolumeCorrection> corrections, PricingResult result) {
        /** Validates the parts. */
        public Priced {
            Objects.requireNonNull(pricing, "pricing");
            corrections = List.copyOf(corrections);
            Objects.requireNonNull(result, "result");
        }
    }

    /** Validates the parts. */
    public PricedCorrectionsResult {
        Objects.requireNonNull(issuedIn, "issuedIn");
        services = List.copyOf(services);
        Objects.requireNonNull(protocol, "protocol");
    }

    @Override
    public String key() {
        return PricedCorrectionsSection.KEY;
    }

    /** The increasing coefficient, where a correction carries it. */
    @Override
    public List<PolicySetting<?>> policies() {
        List<PolicySetting<?>> out = new ArrayList<>();
        if (services.stream().flatMap(s -> s.corrections().stream()).anyMatch(VolumeCorrection::increasingCoefficient)) {
            out.add(PricingSettings.INCREASING_COEFFICIENT);
        }
        return out;
    }

    /** Every priced line, in order. */
    public List<PricedLine> lines() {
        return services.stream().flatMap(s -> s.result().lines().stream()).toList();
    }

    /** The sum of every line's amount, in minor units. */
    public long totalMinor() {
        long total = 0;
        for (Priced s : services) {
            total = Exact.add(total, s.result().totalMinor(), "corrections total");
        }
        return total;
    }

    private CurrencyUnit currency() {
        return services.isEmpty() ? Amounts.RUB : services.get(0).result().currency();
    }

    @Override
    public String text(Language language) {
        StringBuilder out = new StringBuilder();
        out.append(language.pick("Выставлено в ", "Issued in ")).append(issuedIn).append('\n');
        if (services.isEmpty()) {
            out.append(language.pick("нет строк перерасчёта\n", "no correction lines\n"));
        }
        for (Priced s : services) {
            AccountPricing a = s.pricing();
            out.append(language.pick("Лицевой счёт ", "Account ")).append(a.premise().premise().id()).append(", ")
                    .append(language.pick(a.service().nameRu(), a.service().nameEn()))
                    .append(language.pick(": тариф ", ": tariff ")).append(a.tariff().value().id()).append('\n');
            for (PricedLine l : s.result().lines()) {
                out.append("  ").append(PricedLines.text(l, language)).append('\n');
            }
            out.append("  ").append(PricedLines.total(s.result(), a.service().unit(), language)).append('\n');
        }
        out.append(language.pick("Всего по сценарию: ", "Scenario total: "))
                .append(PricedLines.amount(totalMinor(), currency(), language)).append('\n');
        return out.toString();
    }

    @Override
    public JsonNode json(JsonNodeFactory nodes) {
        ObjectNode out = nodes.objectNode();
        out.put("issuedIn", issuedIn.toString());
        ArrayNode list = out.putArray("services");
        for (Priced s : services) {
            AccountPricing a = s.pricing();
            ObjectNode o = list.addObject();
            o.put("account", a.premise().premise().id().value());
            o.put("service", Names.of(a.service()));
            o.put("tariff", a.tariff().value().id());
            o.set("lines", PricedLines.json(nodes, s.result().lines()));
            o.put("quantity", PricedLines.quantity(s.result(), a.service().unit()));
            o.put("amount", PricedLines.amount(s.result().totalMinor(), s.result().currency()));
        }
        out.put("amount", PricedLines.amount(totalMinor(), currency()));
        return out;
    }
}
