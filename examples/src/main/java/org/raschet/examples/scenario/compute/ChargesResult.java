package org.raschet.examples.scenario.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.raschet.core.money.Amounts;
import org.raschet.core.money.Price;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.ProtocolEntry;
import org.raschet.core.protocol.ProtocolSection;
import org.raschet.core.quantity.Resource;
import org.raschet.examples.scenario.json.Names;
import org.raschet.examples.scenario.report.Texts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The results of the {@code charges} section: one {@link Charge} per interval of the resource priced.
 *
 * @param resource the resource priced
 * @param price    the price per unit
 * @param rounding the name of the rounding rule applied
 * @param charges  the charges, in the order of the intervals
 */
public record ChargesResult(Resource resource, Price price, String rounding, List<Charge> charges)
        implements SectionResult {
    /** Protocol and report title, in Russian. */
    public static final String TITLE_RU = "Плата по показаниям прибора учёта";
    /** Protocol and report title, in English. */
    public static final String TITLE_EN = "Charges by meter readings";

    /** Copies the charges. */
    public ChargesResult {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(rounding, "rounding");
        charges = List.copyOf(charges);
    }

    @Override
    public String key() {
        return ChargesSection.KEY;
    }

    @Override
    public ProtocolSection protocol() {
        List<ProtocolEntry> entries = new ArrayList<>();
        for (Charge c : charges) {
            entries.add(new ProtocolSection(c.interval().titleRu(), c.interval().titleEn(), List.of(c.step())));
        }
        return new ProtocolSection(TITLE_RU, TITLE_EN, entries);
    }

    @Override
    public String text(Language language) {
        StringBuilder out = new StringBuilder();
        out.append(language.pick("Ресурс: ", "Resource: "))
                .append(language.pick(resource.nameRu(), resource.nameEn()))
                .append(language.pick(", тариф T = ", ", price T = ")).append(price(language)).append('\n');
        if (charges.isEmpty()) {
            out.append(language.pick("нет интервалов этого ресурса\n", "no intervals of this resource\n"));
        }
        for (Charge c : charges) {
            Interval i = c.interval();
            out.append("  ").append(language.pick("Прибор учёта ", "Meter ")).append(i.meter().id()).append(", ")
                    .append(Texts.register(i.register(), language)).append(", ")
                    .append(i.earlier().reading().date()).append(" → ").append(i.later().reading().date())
                    .append(": P = ").append(Texts.quantity(i.volume(), language)).append(" × ")
                    .append(price(language)).append(" = ").append(amount(c.amountKopecks(), language)).append('\n');
        }
        return out.toString();
    }

    private String price(Language language) {
        return Texts.value(price.toBigDecimal(), price.currency().getCurrencyCode() + "/" + price.per().code(),
                language);
    }

    private String amount(long kopecks, Language language) {
        return Texts.value(java.math.BigDecimal.valueOf(kopecks, price.currency().getDefaultFractionDigits()),
                price.currency().getCurrencyCode(), language);
    }

    @Override
    public JsonNode json(JsonNodeFactory nodes) {
        ObjectNode out = nodes.objectNode();
        out.put("resource", Names.of(resource));
        out.put("price", price.toString());
        out.put("rounding", rounding);
        var lines = out.putArray("charges");
        for (Charge c : charges) {
            Interval i = c.interval();
            ObjectNode o = lines.addObject();
            o.put("meter", i.meter().id().value());
            o.put("account", i.meter().account().value());
            o.put("register", Names.of(i.register()));
            o.put("from", i.earlier().reading().date().toString());
            o.put("to", i.later().reading().date().toString());
            o.put("volume", i.volume().toString());
            // the canonical text of an amount (as Amounts.format writes it), without building a Moneta amount
            o.put("amount", Amounts.plain(c.amountKopecks(), price.currency().getDefaultFractionDigits()) + " "
                    + price.currency().getCurrencyCode());
        }
        return out;
    }
}
