package org.raschet.examples.scenario.odn;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.raschet.allocation.odn.LossReport;
import org.raschet.allocation.odn.NodeBalance;
import org.raschet.allocation.odn.NodeId;
import org.raschet.allocation.odn.NodeKind;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.ProtocolEntry;
import org.raschet.core.protocol.ProtocolSection;
import org.raschet.examples.scenario.compute.SectionResult;
import org.raschet.examples.scenario.json.Names;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The results of the {@code losses} section: one losses report per month, or one for the whole span.
 *
 * @param reports the reports, in month order
 * @param knownOn where premises' volumes came from the {@code consumption} section: its knowledge date
 * @param entries the protocol recorded: one section per report, with a subsection per metered node
 */
public record LossesResult(List<Report> reports, Optional<LocalDate> knownOn, List<ProtocolEntry> entries)
        implements SectionResult {
    /** Protocol and report title, in Russian. */
    public static final String TITLE_RU = "Баланс сети: небалансы по узлам";
    /** Protocol and report title, in English. */
    public static final String TITLE_EN = "Network balance: imbalance per node";

    /**
     * The losses report over some months.
     *
     * @param months the months covered, in order, with their inputs
     * @param report the report of Raschet
     */
    public record Report(List<MonthInput> months, LossReport report) {
        /** Validates the parts. */
        public Report {
            months = List.copyOf(months);
            Objects.requireNonNull(report, "report");
        }

        /** The premises whose volume came from the {@code consumption} section in any of the months, in id order. */
        public List<NodeId> fromConsumption() {
            java.util.TreeSet<NodeId> out = new java.util.TreeSet<>();
            months.forEach(m -> out.addAll(m.fromConsumption()));
            return List.copyOf(out);
        }

        /**
         * The metered node with the largest imbalance in percent of its meter, in absolute value (the first, depth
         * first, among equals): where to look for losses, or for a faulty meter when negative. Empty when no
         * metered node has a non-zero input.
         */
        public Optional<NodeBalance> largestImbalance() {
            NodeBalance best = null;
            for (NodeBalance b : report.nodes()) {
                if (b.imbalancePercent().isPresent() && (best == null
                        || b.imbalancePercent().get().abs().compareTo(best.imbalancePercent().get().abs()) > 0)) {
                    best = b;
                }
            }
            return Optional.ofNullable(best);
        }
    }

    /** Copies the parts. */
    public LossesResult {
        reports = List.copyOf(reports);
        Objects.requireNonNull(knownOn, "knownOn");
        entries = List.copyOf(entries);
    }

    @Override
    public String key() {
        return LossesSection.KEY;
    }

    @Override
    public ProtocolSection protocol() {
        return new ProtocolSection(TITLE_RU, TITLE_EN, entries);
    }

    @Override
    public String text(Language language) {
        StringBuilder out = new StringBuilder();
        for (Report r : reports) {
            LossReport lr = r.report();
            YearMonth first = r.months().get(0).period();
            YearMonth last = r.months().get(r.months().size() - 1).period();
            out.append(Months.name(first, language));
            if (!first.equals(last)) {
                out.append(" – ").append(Months.name(last, language));
            }
            out.append(", ").append(language.pick(lr.resource().nameRu(), lr.resource().nameEn())).append('\n');
            OdnTexts.fromConsumption(out, r.fromConsumption(), knownOn, language);
            for (NodeBalance b : lr.nodes()) {
                out.append("  ".repeat(b.depth() + 1)).append(line(b, language)).append('\n');
            }
            out.append("  ").append(r.largestImbalance().map(b -> language.pick("наибольший небаланс: ",
                            "largest imbalance: ") + b.node() + " (" + OdnTexts.kind(b.kind(), language) + "), "
                            + OdnTexts.q(b.imbalance().orElseThrow(), language) + " ("
                            + OdnTexts.percent(b.imbalancePercent().orElseThrow(), language) + ")")
                    .orElse(language.pick("нет узлов с прибором учёта и ненулевым объёмом",
                            "no metered node with a non-zero volume"))).append('\n');
        }
        return out.toString();
    }

    private static String line(NodeBalance b, Language language) {
        StringBuilder out = new StringBuilder();
        out.append(b.node()).append(" (").append(OdnTexts.kind(b.kind(), language)).append("): ");
        if (b.kind() == NodeKind.PREMISE) {
            out.append(OdnTexts.q(b.volume().total(), language));
            String estimated = OdnTexts.estimatedParts(b.volume(), language);
            out.append(estimated.isEmpty() ? language.pick(" по показаниям", " measured") : ", " + estimated);
            return out.toString();
        }
        if (!b.metered()) {
            out.append(language.pick("без прибора учёта, сумма ниже ", "no meter, sum below "))
                    .append(OdnTexts.q(b.below().total(), language));
        } else {
            out.append(language.pick("прибор учёта ", "meter ")).append(OdnTexts.q(b.input().orElseThrow().total(),
                            language))
                    .append(language.pick(", ниже ", ", below ")).append(OdnTexts.q(b.below().total(), language))
                    .append(language.pick(", небаланс ", ", imbalance "))
                    .append(OdnTexts.q(b.imbalance().orElseThrow(), language));
            b.imbalancePercent().ifPresent(p -> out.append(" (").append(OdnTexts.percent(p, language)).append(')'));
        }
        b.estimatedPercent().ifPresent(p -> out.append(language.pick(", по среднему и нормативу ниже ",
                ", forecast and normative below ")).append(OdnTexts.percent(p, language)));
        b.lossBelow().ifPresent(l -> out.append(language.pick(", потери ниже узла всего ",
                ", total losses at and below ")).append(OdnTexts.q(l, language)));
        return out.toString();
    }

    @Override
    public JsonNode json(JsonNodeFactory nodes) {
        ArrayNode out = nodes.arrayNode();
        for (Report r : reports) {
            LossReport lr = r.report();
            ObjectNode o = out.addObject();
            ArrayNode ms = o.putArray("months");
            r.months().forEach(m -> ms.add(m.period().toString()));
            o.put("firstDay", lr.span().getStart().toString());
            o.put("lastDay", lr.span().getEnd().minusDays(1).toString());
            o.put("resource", Names.of(lr.resource()));
            OdnTexts.fromConsumption(o, r.fromConsumption(), knownOn);
            ArrayNode ns = o.putArray("nodes");
            for (NodeBalance b : lr.nodes()) {
                ObjectNode j = ns.addObject();
                j.put("node", b.node().value());
                j.put("kind", Names.of(b.kind()));
                j.put("depth", b.depth());
                b.parent().ifPresent(p -> j.put("parent", p.value()));
                j.put("metered", b.metered());
                b.input().ifPresent(v -> j.set("input", OdnTexts.volume(nodes, v)));
                j.set("below", OdnTexts.volume(nodes, b.below()));
                j.set("volume", OdnTexts.volume(nodes, b.volume()));
                b.imbalance().ifPresent(v -> j.put("imbalance", v.toString()));
                b.imbalancePercent().ifPresent(p -> j.put("imbalancePercent", p.toPlainString()));
                b.estimatedPercent().ifPresent(p -> j.put("estimatedPercent", p.toPlainString()));
                b.lossBelow().ifPresent(v -> j.put("lossBelow", v.toString()));
            }
            r.largestImbalance().ifPresent(b -> {
                ObjectNode j = o.putObject("largestImbalance");
                j.put("node", b.node().value());
                j.put("imbalance", b.imbalance().orElseThrow().toString());
                j.put("imbalancePercent", b.imbalancePercent().orElseThrow().toPlainString());
            });
        }
        return out;
    }
}
