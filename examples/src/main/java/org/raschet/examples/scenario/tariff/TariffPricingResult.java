package org.raschet.examples.scenario.tariff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import org.raschet.core.money.Amounts;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.Note;
import org.raschet.core.protocol.ProtocolSection;
import org.raschet.core.split.Exact;
import org.raschet.examples.scenario.compute.SectionResult;
import org.raschet.core.meter.RegisterSet;
import org.raschet.examples.scenario.input.AnomalyThresholdsSetting;
import org.raschet.examples.scenario.input.DailyProfileSetting;
import org.raschet.examples.scenario.input.ForecastSetting;
import org.raschet.examples.scenario.input.MeterEntry;
import org.raschet.examples.scenario.input.PolicyChoice;
import org.raschet.examples.scenario.input.PolicySetting;
import org.raschet.examples.scenario.input.ReadingPrioritySetting;
import org.raschet.examples.scenario.json.Names;
import org.raschet.tariffs.pricing.PricedLine;
import org.raschet.tariffs.pricing.PricingBasis;
import org.raschet.tariffs.pricing.PricingResult;
import org.raschet.tariffs.schedule.NormSchedule;
import org.threeten.extra.LocalDateRange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The results of the {@code pricing} section: for each account and service, the priced lines (one contiguous span
 * of days of one period at one price, per zone and block) and their totals; the total of the scenario.
 *
 * @param days      the days priced
 * @param asKnownOn the knowledge date of the per-day engine
 * @param accounts  each account and service priced, in the order of {@link AccountPricing#all}
 * @param protocol  the protocol section: the per-day engine's and the pricing's steps
 */
public record TariffPricingResult(LocalDateRange days, LocalDate asKnownOn, List<Priced> accounts,
                                  ProtocolSection protocol) implements SectionResult {
    /** Protocol and report title, in Russian. */
    public static final String TITLE_RU = "Начисление по тарифам";
    /** Protocol and report title, in English. */
    public static final String TITLE_EN = "Charges by tariffs";

    /**
     * One account's service, priced.
     *
     * @param pricing how it was priced
     * @param metered whether the per-day engine found its volumes from meters (else: by the normative, no meter)
     * @param result  the priced lines
     */
    public record Priced(AccountPricing pricing, boolean metered, PricingResult result) {
        /** Validates the parts. */
        public Priced {
            Objects.requireNonNull(pricing, "pricing");
            Objects.requireNonNull(result, "result");
        }
    }

    /** Validates the parts. */
    public TariffPricingResult {
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(asKnownOn, "asKnownOn");
        accounts = List.copyOf(accounts);
        Objects.requireNonNull(protocol, "protocol");
    }

    @Override
    public String key() {
        return PricingSection.KEY;
    }

    /**
     * The policies applied: the per-day engine's (as the {@code consumption} section's) where an account has meters,
     * the increasing coefficient where a line carries it, the norm's zone split where a zoned tariff has blocks.
     */
    @Override
    public List<PolicySetting<?>> policies() {
        List<PolicySetting<?>> out = new ArrayList<>();
        if (accounts.stream().anyMatch(Priced::metered)) {
            out.addAll(List.of(PolicyChoice.ROLLOVER, ReadingPrioritySetting.INSTANCE, ForecastSetting.INSTANCE,
                    AnomalyThresholdsSetting.INSTANCE, DailyProfileSetting.INSTANCE));
        }
        boolean blocksInZones = accounts.stream().anyMatch(a -> a.pricing().tariff().value().zones()
                != RegisterSet.SINGLE && a.result().lines().stream().anyMatch(l -> l.blocks() > 1));
        if (blocksInZones) {
            out.add(PricingSettings.NORM_ZONE_SPLIT);
        }
        if (lines().stream().anyMatch(l -> l.basis().map(PricingBasis::increased).orElse(false))) {
            out.add(PricingSettings.INCREASING_COEFFICIENT);
        }
        return out;
    }

    /** Every priced line, in order. */
    public List<PricedLine> lines() {
        return accounts.stream().flatMap(a -> a.result().lines().stream()).toList();
    }

    /** The sum of every line's amount, in minor units. */
    public long totalMinor() {
        long total = 0;
        for (Priced a : accounts) {
            total = Exact.add(total, a.result().totalMinor(), "pricing total");
        }
        return total;
    }

    private CurrencyUnit currency() {
        return accounts.isEmpty() ? Amounts.RUB : accounts.get(0).result().currency();
    }

    @Override
    public String text(Language language) {
        StringBuilder out = new StringBuilder();
        out.append(language.pick("Дни: ", "Days: ")).append(PricedLines.days(days, language))
                .append(language.pick(", по данным на ", ", as known on ")).append(asKnownOn).append('\n');
        if (accounts.isEmpty()) {
            out.append(language.pick("нет лицевых счетов для начисления: ни приборов учёта, ни accountTariffs\n",
                    "no account to price: no meters and no accountTariffs\n"));
        }
        for (Priced p : accounts) {
            account(out, p, language);
        }
        out.append(language.pick("Всего по сценарию: ", "Scenario total: "))
                .append(PricedLines.amount(totalMinor(), currency(), language)).append('\n');
        return out.toString();
    }

    private static void account(StringBuilder out, Priced p, Language language) {
        AccountPricing a = p.pricing();
        out.append(language.pick("Лицевой счёт ", "Account ")).append(a.premise().premise().id()).append(", ")
                .append(language.pick(a.service().nameRu(), a.service().nameEn()))
                .append(language.pick(" (группа ", " (group ")).append(a.premise().premise().tariffGroup())
                .append("):\n");
        out.append("  ").append(language.pick("тариф ", "tariff ")).append(a.tariff().value().id());
        for (org.raschet.examples.scenario.tariff.Entry<NormSchedule> l : a.limits()) {
            out.append("; ").append(language.pick(l.value().kind().nameRu(), l.value().kind().nameEn())).append(' ')
                    .append(l.value().id());
        }
        if (p.metered()) {
            out.append("; ").append(language.pick("приборы учёта ", "meters "))
                    .append(String.join(", ", a.meters().stream().map(m -> m.meter().id().value()).toList()))
                    .append(language.pick(" (объём по дням)", " (daily volumes)"));
        } else {
            out.append("; ").append(language.pick("без прибора учёта, по нормативу ",
                    "no meter, by the normative ")).append(a.normative().orElseThrow().value().id());
        }
        if (a.given().flatMap(AccountTariff::zoneHistory).isPresent()) {
            out.append("; ").append(language.pick("доли зон по истории лицевого счёта",
                    "zone shares by the account's history"));
        }
        out.append('\n');
        if (!p.metered()) {
            Note reason = a.reason().note();
            out.append("  ").append(language.pick(reason.ru(), reason.en())).append('\n');
        }
        for (PricedLine l : p.result().lines()) {
            out.append("  ").append(PricedLines.text(l, language)).append('\n');
        }
        out.append("  ").append(PricedLines.total(p.result(), a.service().unit(), language)).append('\n');
    }

    @Override
    public JsonNode json(JsonNodeFactory nodes) {
        ObjectNode out = nodes.objectNode();
        out.put("firstDay", days.getStart().toString());
        out.put("lastDay", days.getEndInclusive().toString());
        out.put("days", days.lengthInDays());
        out.put("asKnownOn", asKnownOn.toString());
        ArrayNode list = out.putArray("accounts");
        for (Priced p : accounts) {
            AccountPricing a = p.pricing();
            ObjectNode o = list.addObject();
            o.put("account", a.premise().premise().id().value());
            o.put("service", Names.of(a.service()));
            o.put("group", a.premise().premise().tariffGroup());
            o.put("tariff", a.tariff().value().id());
            ArrayNode limits = o.putArray("limits");
            a.limits().forEach(l -> limits.add(l.value().id()));
            o.put("method", p.metered() ? "meters" : "normative");
            if (p.metered()) {
                ArrayNode meters = o.putArray("meters");
                a.meters().stream().map(MeterEntry::meter).forEach(m -> meters.add(m.id().value()));
            } else {
                o.put("normative", a.normative().orElseThrow().value().id());
                o.put("normativeReason", Names.of(a.reason()));
            }
            o.put("zoneShares", a.given().flatMap(AccountTariff::zoneHistory).isPresent() ? "history"
                    : "zone-hours");
            o.set("lines", PricedLines.json(nodes, p.result().lines()));
            o.put("quantity", PricedLines.quantity(p.result(), a.service().unit()));
            o.put("amount", PricedLines.amount(p.result().totalMinor(), p.result().currency()));
        }
        out.put("amount", PricedLines.amount(totalMinor(), currency()));
        return out;
    }
}
