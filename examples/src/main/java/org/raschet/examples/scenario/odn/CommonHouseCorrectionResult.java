package org.raschet.examples.scenario.odn;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.raschet.allocation.odn.CommonHouseCorrection;
import org.raschet.allocation.odn.HouseMonthSplit;
import org.raschet.allocation.odn.Network;
import org.raschet.allocation.odn.NodeId;
import org.raschet.allocation.odn.PremiseShare;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.money.Amounts;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.ProtocolEntry;
import org.raschet.core.protocol.ProtocolSection;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.time.Days;
import org.raschet.core.split.Exact;
import org.raschet.examples.scenario.compute.SectionResult;
import org.raschet.examples.scenario.input.PolicySetting;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The results of the {@code commonHouseCorrection} section: for each house, the months recalculated with today's
 * volumes and the correction lines against what was billed.
 *
 * @param network  the network
 * @param months   the months' inputs
 * @param issuedIn the period the corrections are issued in
 * @param houses   each house's recalculation, in the order asked for
 * @param entries  the protocol recorded: one section per house (its months recalculated, then each correction)
 */
public record CommonHouseCorrectionResult(Network network, NetworkMonths months, YearMonth issuedIn,
                                          List<House> houses, List<ProtocolEntry> entries) implements SectionResult {
    /** Protocol and report title, in Russian. */
    public static final String TITLE_RU = "Общедомовые нужды: перерасчёт";
    /** Protocol and report title, in English. */
    public static final String TITLE_EN = "Common-house needs: corrections";

    /**
     * One house's recalculation.
     *
     * @param house  the house
     * @param result the months recalculated and the correction lines, by month then premise
     */
    public record House(NodeId house, CommonHouseCorrection.Result result) {
        /** Validates the parts. */
        public House {
            Objects.requireNonNull(house, "house");
            Objects.requireNonNull(result, "result");
        }
    }

    /** Copies the parts. */
    public CommonHouseCorrectionResult {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(months, "months");
        Objects.requireNonNull(issuedIn, "issuedIn");
        houses = List.copyOf(houses);
        entries = List.copyOf(entries);
    }

    @Override
    public String key() {
        return CommonHouseCorrectionSection.KEY;
    }

    /** The split's policies: what a negative volume does and where the volume is split. */
    @Override
    public List<PolicySetting<?>> policies() {
        return List.of(OdnPolicyChoices.NEGATIVE, OdnPolicyChoices.SPLIT_LEVEL);
    }

    @Override
    public ProtocolSection protocol() {
        return new ProtocolSection(TITLE_RU, TITLE_EN, entries);
    }

    /**
     * The recalculated line of a correction: the line charged now for that premise, month, run of days and price, or
     * a zero line where none is (a line billed at a price no day of the month has now).
     */
    private static ChargeLine now(CommonHouseCorrection.Result r, ChargeLine correction) {
        for (HouseMonthSplit s : r.recalculated()) {
            if (s.period().equals(correction.period())) {
                for (PremiseShare p : s.shares()) {
                    if (p.account().equals(correction.account())) {
                        for (ChargeLine l : p.lines()) {
                            if (l.span().equals(correction.span()) && l.price().equals(correction.price())
                                    && l.register() == correction.register()) {
                                return l;
                            }
                        }
                    }
                }
            }
        }
        return new ChargeLine(correction.account(), correction.service(), correction.period(), correction.period(),
                correction.register(), correction.kind(), correction.span(),
                Quantity.ofMicros(0, correction.quantity().unit()), correction.price(),
                Amounts.ofMinor(0, correction.amount().getCurrency()));
    }

    /** Whether a correction names its days and price: its month is priced by tariffs or it covers part of it. */
    private boolean detailed(ChargeLine c) {
        return !c.span().equals(Days.of(c.period()))
                || months.find(c.period()).map(m -> m.tariffs().isPresent()).orElse(false);
    }

    @Override
    public String text(Language language) {
        if (houses.isEmpty()) {
            return language.pick("в сети нет домов\n", "the network has no houses\n");
        }
        StringBuilder out = new StringBuilder();
        for (House h : houses) {
            out.append(OdnTexts.houseHeader(network, h.house(), language));
            out.append("  ").append(language.pick("пересчитано по нынешним данным:", "recalculated with today's "
                    + "data:")).append('\n');
            for (HouseMonthSplit s : h.result().recalculated()) {
                CommonHouseResult.indent(out, OdnTexts.month(s, months.find(s.period()).orElseThrow(),
                        months.knownOn(), network, language), "    ");
            }
            out.append("  ").append(language.pick("перерасчёт, выставляется в периоде ", "corrections, issued in "))
                    .append(Months.name(issuedIn, language)).append(':').append('\n');
            if (h.result().corrections().isEmpty()) {
                out.append("    ").append(language.pick("нет: начисленное совпадает с пересчитанным",
                        "none: what was billed equals the recalculation")).append('\n');
            }
            long total = 0;
            for (ChargeLine c : h.result().corrections()) {
                ChargeLine now = now(h.result(), c);
                Quantity billedVolume = now.quantity().minus(c.quantity());
                long billedMinor = Exact.subtract(now.amountMinor(), c.amountMinor(), "billed amount");
                total = Exact.add(total, c.amountMinor(), "corrections of house " + h.house());
                out.append("    ").append(c.account()).append(", ").append(Months.name(c.period(), language));
                if (detailed(c)) {
                    out.append(", ").append(c.span().getStart()).append(" … ").append(c.span().getEndInclusive())
                            .append(language.pick(", тариф ", ", price ")).append(OdnTexts.price(c.price(),
                                    language));
                }
                out.append(language.pick(": начислено ", ": billed ")).append(OdnTexts.q(billedVolume, language))
                        .append(", ").append(OdnTexts.money(Amounts.ofMinor(billedMinor, c.amount().getCurrency()),
                                language))
                        .append(language.pick("; по пересчёту ", "; recalculated ")).append(OdnTexts.q(now.quantity(),
                                language)).append(", ").append(OdnTexts.money(now.amount(), language))
                        .append(language.pick("; перерасчёт ", "; correction ")).append(OdnTexts.q(c.quantity(),
                                language)).append(", ").append(OdnTexts.money(c.amount(), language)).append('\n');
            }
            if (!h.result().corrections().isEmpty()) {
                MonetaryAmount sum = Amounts.ofMinor(total, h.result().corrections().get(0).amount().getCurrency());
                out.append("    ").append(language.pick("итого перерасчёт: ", "total correction: "))
                        .append(OdnTexts.money(sum, language)).append('\n');
            }
        }
        return out.toString();
    }

    @Override
    public JsonNode json(JsonNodeFactory nodes) {
        ArrayNode out = nodes.arrayNode();
        for (House h : houses) {
            ObjectNode o = OdnTexts.house(nodes, network, h.house());
            o.put("issuedIn", issuedIn.toString());
            ArrayNode ms = o.putArray("recalculated");
            for (HouseMonthSplit s : h.result().recalculated()) {
                ms.add(OdnTexts.month(nodes, s, months.find(s.period()).orElseThrow(), months.knownOn(),
                        network));
            }
            ArrayNode cs = o.putArray("corrections");
            for (ChargeLine c : h.result().corrections()) {
                ChargeLine now = now(h.result(), c);
                ObjectNode j = cs.addObject();
                j.put("account", c.account().value());
                j.put("period", c.period().toString());
                j.put("issuedIn", c.issuedIn().toString());
                if (detailed(c)) {
                    j.put("firstDay", c.span().getStart().toString());
                    j.put("lastDay", c.span().getEndInclusive().toString());
                    j.put("price", c.price().toString());
                }
                j.put("billedVolume", now.quantity().minus(c.quantity()).toString());
                j.put("billedAmount", Amounts.format(Amounts.ofMinor(Exact.subtract(now.amountMinor(),
                        c.amountMinor(), "billed amount"),
                        c.amount().getCurrency())));
                j.put("volume", now.quantity().toString());
                j.put("amount", Amounts.format(now.amount()));
                j.put("volumeCorrection", c.quantity().toString());
                j.put("amountCorrection", Amounts.format(c.amount()));
            }
            out.add(o);
        }
        return out;
    }
}
