package org.raschet.examples.scenario.odn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.raschet.allocation.odn.CommonHouseTariffs;
import org.raschet.allocation.odn.HouseData;
import org.raschet.allocation.odn.HouseMonthSplit;
import org.raschet.allocation.odn.Network;
import org.raschet.allocation.odn.NodeId;
import org.raschet.allocation.odn.NodeKind;
import org.raschet.allocation.odn.PremiseShare;
import org.raschet.allocation.odn.SplitNodeReport;
import org.raschet.allocation.odn.VolumeByBasis;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.money.Amounts;
import org.raschet.core.money.Price;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.TextRenderer;
import org.raschet.core.quantity.Area;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.split.Exact;
import org.raschet.examples.scenario.json.Names;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * How the network sections write their figures: in text as the protocol prints them ({@link TextRenderer}), in JSON
 * as exact strings in the canonical forms of Raschet's values ({@code "60.000000 kWh"}, {@code "250.0000 m2"},
 * {@code "54.43 RUB"}). Nothing here depends on the JVM's locale or time zone.
 */
final class OdnTexts {
    private OdnTexts() {
    }

    static String q(Quantity q, Language language) {
        return TextRenderer.value(q.toBigDecimal(), q.unit().code(), language);
    }

    static String area(Area a, Language language) {
        return TextRenderer.value(a.toBigDecimal(), Area.UNIT, language);
    }

    static String money(MonetaryAmount amount, Language language) {
        int digits = amount.getCurrency().getDefaultFractionDigits();
        return TextRenderer.value(BigDecimal.valueOf(Amounts.toMinor(amount), digits),
                amount.getCurrency().getCurrencyCode(), language);
    }

    static String price(Price p, Language language) {
        return TextRenderer.value(p.toBigDecimal(), p.currency().getCurrencyCode() + "/" + p.per().code(), language);
    }

    static String percent(BigDecimal p, Language language) {
        return TextRenderer.value(p, "%", language);
    }

    static String kind(NodeKind kind, Language language) {
        return language.pick(kind.nameRu(), kind.nameEn());
    }

    /** The forecast and normative parts of {@code v} that are not zero, e.g. "по среднему 400,000000 кВт·ч". */
    static String estimatedParts(VolumeByBasis v, Language language) {
        List<String> parts = new ArrayList<>();
        if (!v.forecast().isZero()) {
            parts.add(language.pick("по среднему ", "forecast ") + q(v.forecast(), language));
        }
        if (!v.normative().isZero()) {
            parts.add(language.pick("по нормативу ", "by normative ") + q(v.normative(), language));
        }
        return String.join(", ", parts);
    }

    /** The total area of {@code premises} (S_total), exactly. */
    static Area totalArea(Network network, List<NodeId> premises) {
        long e4 = 0;
        for (NodeId p : premises) {
            e4 = Exact.add(e4, network.areaOf(p).e4(), "total area");
        }
        return Area.ofE4(e4);
    }

    /** A volume by basis as JSON: its total and its three parts. */
    static ObjectNode volume(JsonNodeFactory nodes, VolumeByBasis v) {
        ObjectNode o = nodes.objectNode();
        o.put("total", v.total().toString());
        o.put("measured", v.measured().toString());
        o.put("forecast", v.forecast().toString());
        o.put("normative", v.normative().toString());
        return o;
    }

    /** The header line of a house: its premises, areas, and whether the cap applies. */
    static String houseHeader(Network network, NodeId house, Language language) {
        HouseData d = network.get(house).house().orElseThrow();
        List<NodeId> premises = network.premisesUnder(house);
        Area total = totalArea(network, premises);
        StringBuilder out = new StringBuilder();
        out.append(language.pick("Дом ", "House ")).append(house).append(": ")
                .append(language.pick("помещений: ", "premises: ")).append(premises.size()).append(", St = ")
                .append(area(total, language)).append(", Sc = ").append(area(d.commonPropertyArea(), language))
                .append(network.get(house).metered() ? language.pick(", общедомовой прибор учёта",
                        ", house meter") : language.pick(", без общедомового прибора учёта", ", no house meter"))
                .append("; ");
        if (d.sharesActualVolume()) {
            out.append(language.pick("решением общего собрания распределяется фактический объём без ограничения "
                    + "(Правила № 354, п. 44)", "the general meeting decided to share the actual volume without "
                    + "the cap (Rules No. 354, p. 44)"));
        } else {
            out.append(language.pick("доля ограничена нормативом (Правила № 354, п. 44; ЖК РФ, ст. 156, ч. 9.2), "
                            + "превышение несёт: ", "shares capped by the normative (Rules No. 354, p. 44; Housing "
                            + "Code Art. 156 p. 9.2), the excess is borne by: "))
                    .append(language.pick(d.excessBearer().nameRu(), d.excessBearer().nameEn()));
        }
        return out.append('\n').toString();
    }

    /**
     * One month of a house's split as text lines: the month's normative and price, each split node's volume and
     * carried balance, each premise's share, cap and charge, and the totals.
     */
    static String month(HouseMonthSplit s, MonthInput input, Optional<LocalDate> knownOn, Network network,
                        Language language) {
        StringBuilder out = new StringBuilder();
        out.append(Months.name(s.period(), language));
        List<String> head = new ArrayList<>();
        s.normativeVolume().ifPresent(vn -> head.add(language.pick("норматив N = ", "normative N = ")
                + TextRenderer.value(input.normative().orElseThrow().toBigDecimal(),
                input.normative().orElseThrow().unit().code() + "/" + Area.UNIT, language)
                + ", Vn = N × Sc = " + q(vn, language)));
        input.price().ifPresent(p -> head.add(language.pick("тариф T = ", "price T = ") + price(p, language)));
        input.tariffs().ifPresent(t -> head.add(tariffs(t, language)));
        if (!head.isEmpty()) {
            out.append(": ").append(String.join("; ", head));
        }
        out.append('\n');
        fromConsumption(out, input.fromConsumption(), knownOn, language);
        for (SplitNodeReport n : s.nodes()) {
            node(out, n, language);
        }
        for (PremiseShare p : s.shares()) {
            premise(out, p, network, input.tariffs().isPresent(), language);
        }
        out.append("  ").append(language.pick("итого: распределено ", "total: shared "))
                .append(q(s.distributed(), language))
                .append(language.pick(", начислено помещениям ", ", charged to premises "))
                .append(q(s.charged(), language));
        if (s.capApplied()) {
            out.append(language.pick(", сверх предела ", ", over the caps ")).append(q(s.excess(), language))
                    .append(language.pick(" (несёт: ", " (borne by: "))
                    .append(language.pick(s.excessBearer().nameRu(), s.excessBearer().nameEn())).append(')');
        }
        out.append('\n');
        return out.toString();
    }

    /** A line naming the premises whose volumes came from the {@code consumption} section, if any. */
    static void fromConsumption(StringBuilder out, List<NodeId> premises, Optional<LocalDate> knownOn,
                                Language language) {
        if (premises.isEmpty()) {
            return;
        }
        out.append("  ").append(language.pick("объёмы помещений по дням из раздела consumption на ",
                        "premises' volumes by day from the consumption section as known on "))
                .append(knownOn.orElseThrow()).append(": ")
                .append(String.join(", ", premises.stream().map(NodeId::value).toList())).append('\n');
    }

    /** The premises whose volumes came from the {@code consumption} section, as JSON, if any. */
    static void fromConsumption(ObjectNode o, List<NodeId> premises, Optional<LocalDate> knownOn) {
        if (premises.isEmpty()) {
            return;
        }
        ObjectNode j = o.putObject("fromConsumption");
        j.put("asKnownOn", knownOn.orElseThrow().toString());
        var ps = j.putArray("premises");
        premises.forEach(p -> ps.add(p.value()));
    }

    private static void node(StringBuilder out, SplitNodeReport n, Language language) {
        out.append("  ").append(language.pick("узел ", "node ")).append(n.node()).append(" (")
                .append(kind(n.kind(), language)).append("): ");
        if (n.meter().isEmpty()) {
            out.append(language.pick("прибора учёта нет, распределяется объём по нормативу V = Vn = ",
                    "no meter, the normative volume is shared, V = Vn = ")).append(q(n.volume(), language));
        } else {
            VolumeByBasis ind = n.individual().orElseThrow();
            out.append(language.pick("прибор учёта ", "meter ")).append(q(n.meter().get().total(), language))
                    .append(language.pick(" − помещения ", " − premises ")).append(q(ind.total(), language));
            String estimated = estimatedParts(ind, language);
            if (!estimated.isEmpty()) {
                out.append(language.pick(" (из них ", " (of which ")).append(estimated).append(')');
            }
            if (!n.lowerNodes().isZero()) {
                out.append(language.pick(" − узлы ниже ", " − lower split nodes ")).append(q(n.lowerNodes(),
                        language));
            }
            out.append(" = V ").append(q(n.volume(), language));
        }
        out.append('\n').append("    ").append(language.pick("перенесено B = ", "carried in B = "))
                .append(q(n.carryIn(), language))
                .append(language.pick(" → распределяется Vd = ", " → shared Vd = ")).append(q(n.distributed(),
                        language))
                .append(language.pick(", переносится дальше B1 = ", ", carried on B1 = "))
                .append(q(n.carryOut(), language)).append('\n');
    }

    /**
     * The tariff schedules of a month, e.g. {@code "tariffs by day (equal days): el-urban"} or
     * {@code "... : kv3 el-business; others el-urban"}.
     */
    static String tariffs(CommonHouseTariffs t, Language language) {
        List<String> parts = new ArrayList<>();
        t.byPremise().forEach((p, schedule) -> parts.add(p + " " + schedule.id()));
        t.otherwise().ifPresent(o -> parts.add(t.byPremise().isEmpty() ? o.id()
                : language.pick("остальные ", "others ") + o.id()));
        return language.pick("тарифы по дням месяца (доля поровну на каждый день): ",
                "tariffs by day of the month (the share spread equally over the days): ") + String.join("; ", parts);
    }

    /** One charge line of a share priced by tariffs: its days, {@code V × T = P}. */
    static String tariffLine(ChargeLine l, Language language) {
        return l.span().getStart() + " … " + l.span().getEndInclusive() + " ("
                + TextRenderer.value(BigDecimal.valueOf(l.span().lengthInDays()), "day", language) + "): "
                + q(l.quantity(), language) + " × " + price(l.price(), language) + " = " + money(l.amount(), language);
    }

    /** A charge line of a share priced by tariffs as JSON: days, volume, price, amount. */
    static ObjectNode tariffLine(JsonNodeFactory nodes, ChargeLine l) {
        ObjectNode o = nodes.objectNode();
        o.put("firstDay", l.span().getStart().toString());
        o.put("lastDay", l.span().getEndInclusive().toString());
        o.put("days", l.span().lengthInDays());
        o.put("volume", l.quantity().toString());
        o.put("price", l.price().toString());
        o.put("amount", Amounts.format(l.amount()));
        return o;
    }

    private static void premise(StringBuilder out, PremiseShare p, Network network, boolean byTariffs,
                                Language language) {
        boolean residential = network.get(p.premise()).residential();
        out.append("  ").append(p.premise()).append(" (")
                .append(residential ? language.pick("жилое", "residential")
                        : language.pick("нежилое", "non-residential"))
                .append(", ").append(area(p.area(), language)).append("): ")
                .append(language.pick("доля ", "share ")).append(q(p.raw(), language));
        if (p.byNode().size() > 1) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<NodeId, Quantity> e : p.byNode().entrySet()) {
                parts.add(e.getKey() + " " + q(e.getValue(), language));
            }
            out.append(" (").append(String.join(" + ", parts)).append(')');
        }
        p.cap().ifPresent(c -> out.append(language.pick(", предел ", ", cap ")).append(q(c, language)));
        out.append(language.pick(" → начислено ", " → charged ")).append(q(p.share(), language));
        if (p.cap().isPresent()) {
            out.append(language.pick(", сверх предела ", ", over the cap ")).append(q(p.excess(), language));
        }
        if (byTariffs) {
            // each run of days at one price is a line of its own, rounded on its own (LEGAL §6, §10)
            out.append(language.pick("; плата ", "; charge ")).append(money(Amounts.ofMinor(p.amountMinor(),
                    Amounts.RUB), language)).append(language.pick(", строк: ", ", lines: ")).append(p.lines().size())
                    .append('\n');
            for (ChargeLine l : p.lines()) {
                out.append("    ").append(tariffLine(l, language)).append('\n');
            }
            return;
        }
        p.line().ifPresent(l -> out.append(language.pick("; плата ", "; charge ")).append(money(l.amount(),
                language)));
        out.append('\n');
    }

    /** One month of a house's split as JSON. */
    static ObjectNode month(JsonNodeFactory nodes, HouseMonthSplit s, MonthInput input, Optional<LocalDate> knownOn,
                            Network network) {
        ObjectNode o = nodes.objectNode();
        o.put("period", s.period().toString());
        fromConsumption(o, input.fromConsumption(), knownOn);
        o.put("byNormative", s.byNormative());
        s.normativeVolume().ifPresent(vn -> {
            o.put("commonNormative", input.normative().orElseThrow().toString());
            o.put("normativeVolume", vn.toString());
        });
        input.price().ifPresent(p -> o.put("price", p.toString()));
        input.tariffs().ifPresent(t -> {
            ObjectNode j = o.putObject("tariffs");
            t.otherwise().ifPresent(x -> j.put("tariff", x.id()));
            if (!t.byPremise().isEmpty()) {
                ObjectNode by = j.putObject("premiseTariffs");
                t.byPremise().forEach((k, v) -> by.put(k.value(), v.id()));
            }
            j.put("spread", "equal-days");
        });
        var ns = o.putArray("nodes");
        for (SplitNodeReport n : s.nodes()) {
            ObjectNode j = ns.addObject();
            j.put("node", n.node().value());
            j.put("kind", Names.of(n.kind()));
            n.meter().ifPresent(m -> j.set("meter", volume(nodes, m)));
            n.individual().ifPresent(m -> j.set("individual", volume(nodes, m)));
            j.put("lowerNodes", n.lowerNodes().toString());
            j.put("volume", n.volume().toString());
            j.put("carryIn", n.carryIn().toString());
            j.put("distributed", n.distributed().toString());
            j.put("carryOut", n.carryOut().toString());
            j.put("area", n.area().toString());
            j.put("premises", n.premises());
        }
        var ps = o.putArray("shares");
        for (PremiseShare p : s.shares()) {
            ObjectNode j = ps.addObject();
            j.put("premise", p.premise().value());
            j.put("residential", network.get(p.premise()).residential());
            j.put("area", p.area().toString());
            ObjectNode by = j.putObject("byNode");
            p.byNode().forEach((k, v) -> by.put(k.value(), v.toString()));
            j.put("raw", p.raw().toString());
            p.cap().ifPresent(c -> j.put("cap", c.toString()));
            j.put("share", p.share().toString());
            j.put("excess", p.excess().toString());
            if (input.tariffs().isPresent()) {
                j.put("amount", Amounts.format(Amounts.ofMinor(p.amountMinor(), Amounts.RUB)));
                var ls = j.putArray("lines");
                p.lines().forEach(l -> ls.add(tariffLine(nodes, l)));
            } else {
                p.line().ifPresent(l -> j.put("amount", Amounts.format(l.amount())));
            }
        }
        o.put("distributed", s.distributed().toString());
        o.put("charged", s.charged().toString());
        o.put("excess", s.excess().toString());
        ObjectNode carry = o.putObject("carryOut");
        s.carryOut().forEach((k, v) -> carry.put(k.value(), v.toString()));
        return o;
    }

    /** A house's data as JSON. */
    static ObjectNode house(JsonNodeFactory nodes, Network network, NodeId house) {
        HouseData d = network.get(house).house().orElseThrow();
        List<NodeId> premises = network.premisesUnder(house);
        ObjectNode o = nodes.objectNode();
        o.put("house", house.value());
        o.put("metered", network.get(house).metered());
        o.put("premises", premises.size());
        o.put("totalArea", totalArea(network, premises).toString());
        o.put("commonArea", d.commonPropertyArea().toString());
        d.declaredPremisesArea().ifPresent(a -> o.put("declaredArea", a.toString()));
        o.put("sharesActualVolume", d.sharesActualVolume());
        o.put("excessBearer", Names.of(d.excessBearer()));
        return o;
    }
}
