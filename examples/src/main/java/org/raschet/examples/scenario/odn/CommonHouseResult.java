package org.raschet.examples.scenario.odn;

import java.util.List;
import java.util.Objects;
import org.raschet.allocation.odn.HouseMonthSplit;
import org.raschet.allocation.odn.Network;
import org.raschet.allocation.odn.NodeId;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.ProtocolEntry;
import org.raschet.core.protocol.ProtocolSection;
import org.raschet.examples.scenario.compute.SectionResult;
import org.raschet.examples.scenario.input.PolicySetting;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The results of the {@code commonHouse} section: each house's split, month by month.
 *
 * @param network  the network split along
 * @param months   the months' inputs (normatives and prices, as reported)
 * @param houses   each house's splits, in the order asked for
 * @param entries  the protocol recorded by the split: one section per house and month
 */
public record CommonHouseResult(Network network, NetworkMonths months, List<House> houses,
                                List<ProtocolEntry> entries) implements SectionResult {
    /** Protocol and report title, in Russian. */
    public static final String TITLE_RU = "Общедомовые нужды: распределение по помещениям";
    /** Protocol and report title, in English. */
    public static final String TITLE_EN = "Common-house needs: shares of the premises";

    /**
     * One house's split over the months.
     *
     * @param house  the house
     * @param splits one split per month, in order
     */
    public record House(NodeId house, List<HouseMonthSplit> splits) {
        /** Copies the parts. */
        public House {
            Objects.requireNonNull(house, "house");
            splits = List.copyOf(splits);
        }
    }

    /** Copies the parts. */
    public CommonHouseResult {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(months, "months");
        houses = List.copyOf(houses);
        entries = List.copyOf(entries);
    }

    @Override
    public String key() {
        return CommonHouseSection.KEY;
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

    @Override
    public String text(Language language) {
        if (houses.isEmpty()) {
            return language.pick("в сети нет домов\n", "the network has no houses\n");
        }
        StringBuilder out = new StringBuilder();
        for (House h : houses) {
            out.append(OdnTexts.houseHeader(network, h.house(), language));
            if (h.splits().isEmpty()) {
                out.append(language.pick("  нет месяцев\n", "  no months\n"));
            }
            for (HouseMonthSplit s : h.splits()) {
                indent(out, OdnTexts.month(s, months.find(s.period()).orElseThrow(), months.knownOn(), network, language), "  ");
            }
        }
        return out.toString();
    }

    /** Appends {@code text}'s lines (each ending with a line break), each prefixed by {@code prefix}. */
    static void indent(StringBuilder out, String text, String prefix) {
        for (String line : text.split("\n")) {
            out.append(prefix).append(line).append('\n');
        }
    }

    @Override
    public JsonNode json(JsonNodeFactory nodes) {
        ArrayNode out = nodes.arrayNode();
        for (House h : houses) {
            ObjectNode o = OdnTexts.house(nodes, network, h.house());
            ArrayNode ms = o.putArray("months");
            for (HouseMonthSplit s : h.splits()) {
                ms.add(OdnTexts.month(nodes, s, months.find(s.period()).orElseThrow(), months.knownOn(),
                        network));
            }
            out.add(o);
        }
        return out;
    }
}
