package org.raschet.examples.scenario.tariff;

import java.math.BigDecimal;
import java.util.List;
import javax.money.CurrencyUnit;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.money.Amounts;
import org.raschet.core.money.Price;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.TextRenderer;
import org.raschet.core.quantity.Quantity;
import org.raschet.examples.scenario.json.Names;
import org.raschet.examples.scenario.report.Texts;
import org.raschet.tariffs.pricing.PricedLine;
import org.raschet.tariffs.pricing.PricingResult;
import org.threeten.extra.LocalDateRange;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * How the tariff sections print priced lines (строки начисления), in text and JSON: each line's period, days,
 * register or zone, block, basis, quantity, coefficient, price and amount, as {@code V × K × T = P}.
 */
final class PricedLines {
    private PricedLines() {
    }

    /** Days as {@code "2026-06-21 … 2026-06-30 (10 дн.)"}. */
    static String days(LocalDateRange span, Language language) {
        return span.getStart() + " … " + span.getEndInclusive() + " (" + Texts.days(span.lengthInDays(), language)
                + ")";
    }

    /** One line: {@code "2026-06: 2026-06-21 … 2026-06-30 (10 дн.), T (сутки), …: V × T = P"}. */
    static String text(PricedLine p, Language language) {
        ChargeLine l = p.line();
        StringBuilder out = new StringBuilder();
        out.append(l.period()).append(": ").append(days(l.span(), language)).append(", ")
                .append(Texts.register(l.register(), language));
        if (p.blocks() > 1) {
            out.append(language.pick(", блок ", ", block ")).append(p.block() + 1)
                    .append(language.pick(" из ", " of ")).append(p.blocks()).append(' ')
                    .append(p.isWithinNorm() ? language.pick("(в пределах нормы)", "(within the norm)")
                            : p.block() == p.blocks() - 1 ? language.pick("(сверх нормы)", "(above the norm)")
                            : language.pick("(диапазон)", "(band)"));
        }
        out.append(", ").append(p.basis().map(b -> language.pick(b.nameRu(), b.nameEn()))
                .orElseGet(() -> language.pick(l.kind().nameRu(), l.kind().nameEn())));
        if (!l.issuedIn().equals(l.period())) {
            out.append(language.pick(", выставлено в ", ", issued in ")).append(l.issuedIn());
        }
        out.append(": ").append(Texts.quantity(l.quantity(), language));
        if (!p.coefficient().isOne()) {
            out.append(" × ").append(TextRenderer.number(p.coefficient().value(), language));
        }
        out.append(" × ").append(price(l.price(), language)).append(" = ")
                .append(amount(l.amountMinor(), l.price().currency(), language));
        return out.toString();
    }

    /** The total line of a calculation: quantity and money. */
    static String total(PricingResult r, org.raschet.core.quantity.Unit unit, Language language) {
        return language.pick("Итого: ", "Total: ") + (r.lines().isEmpty() ? ""
                : Texts.quantity(Quantity.ofMicros(r.totalMicros(), unit), language) + ", ") + amount(r.totalMinor(), r.currency(), language);
    }

    /** A price as the protocol prints it, e.g. {@code "5,6700 ₽/кВт·ч"}. */
    static String price(Price price, Language language) {
        return Texts.value(price.toBigDecimal(), price.currency().getCurrencyCode() + "/" + price.per().code(),
                language);
    }

    /** An amount in minor units as the protocol prints it, e.g. {@code "569,43 ₽"}. */
    static String amount(long minor, CurrencyUnit currency, Language language) {
        return Texts.value(BigDecimal.valueOf(minor, currency.getDefaultFractionDigits()), currency.getCurrencyCode(),
                language);
    }

    /** An amount's canonical text, as {@code Amounts.format} writes it, e.g. {@code "569.43 RUB"}. */
    static String amount(long minor, CurrencyUnit currency) {
        return Amounts.plain(minor, currency.getDefaultFractionDigits()) + " " + currency.getCurrencyCode();
    }

    /** The lines as a JSON array. */
    static ArrayNode json(JsonNodeFactory nodes, List<PricedLine> lines) {
        ArrayNode out = nodes.arrayNode();
        for (PricedLine p : lines) {
            ChargeLine l = p.line();
            ObjectNode o = out.addObject();
            o.put("period", l.period().toString());
            o.put("issuedIn", l.issuedIn().toString());
            o.put("kind", Names.of(l.kind()));
            p.basis().ifPresent(b -> o.put("basis", Names.of(b)));
            o.put("register", Names.of(l.register()));
            o.put("block", p.block() + 1);
            o.put("blocks", p.blocks());
            o.put("firstDay", l.span().getStart().toString());
            o.put("lastDay", l.span().getEndInclusive().toString());
            o.put("days", l.span().lengthInDays());
            o.put("quantity", l.quantity().toString());
            o.put("coefficient", p.coefficient().toString());
            o.put("price", l.price().toString());
            o.put("amount", amount(l.amountMinor(), l.price().currency()));
        }
        return out;
    }

    /** The total quantity of a calculation's lines as canonical text, e.g. {@code "351.500000 kWh"}. */
    static String quantity(PricingResult r, org.raschet.core.quantity.Unit unit) {
        return Quantity.ofMicros(r.totalMicros(), unit).toString();
    }
}
