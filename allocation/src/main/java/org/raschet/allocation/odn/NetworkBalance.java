package org.raschet.allocation.odn;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.raschet.core.error.InvalidNetworkException;
import org.raschet.core.money.RoundingRule;
import org.raschet.core.protocol.Formulas;
import org.raschet.core.protocol.Input;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.Note;
import org.raschet.core.protocol.ProtocolEntry;
import org.raschet.core.protocol.ProtocolSection;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Unit;

/**
 * Imbalance per network node over a span: the losses report (localisation of losses by node). For a metered node,
 * imbalance = its meter's volume − the sum of its children's volumes, a child counting by its own meter where it has
 * one, otherwise by the sum below it; premises count by their individual volumes, whatever their basis.
 *
 * <p>No legal rule prescribes it; the method is Raschet's ({@code policy:network.balance} in the protocol).
 */
public final class NetworkBalance {
    /** Percentages of the report: exact decimals rounded half-up to 0.01 % (policy, no legal rule). */
    public static final RoundingRule PERCENT_RULE = new RoundingRule(2, RoundingMode.HALF_UP,
            "policy: network.balance percent half-up to 0.01");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private NetworkBalance() {
    }

    /**
     * The balance of every node of {@code network} over the span of {@code volumes}, with a protocol section per
     * metered node when {@code sink} records.
     *
     * @param network the network
     * @param volumes the volume of every metered node and every premise over the span
     * @param sink    where the protocol goes ({@link ProtocolSink#NONE} for none)
     * @return every node's balance, depth first
     * @throws InvalidNetworkException naming the node if a metered node's or a premise's volume is missing, or a
     *                                 volume is given for a node that is not in the network or has no meter
     */
    public static LossReport report(Network network, NetworkVolumes volumes, ProtocolSink sink) {
        volumes.checkAgainst(network);
        Unit unit = volumes.resource().unit();
        List<NodeId> order = network.depthFirst();
        Map<NodeId, VolumeByBasis> volumeOf = new HashMap<>();
        Map<NodeId, VolumeByBasis> belowOf = new HashMap<>();
        Map<NodeId, Quantity> premisesOf = new HashMap<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            NodeId id = order.get(i);
            NetworkNode n = network.get(id);
            VolumeByBasis below = VolumeByBasis.zero(unit);
            Quantity premises = Quantity.zero(unit);
            for (NodeId c : network.childrenOf(id)) {
                below = below.plus(volumeOf.get(c));
                premises = premises.plus(premisesOf.get(c));
            }
            VolumeByBasis volume;
            if (n.kind() == NodeKind.PREMISE) {
                volume = volumes.require(id, "premise " + id);
                premises = volume.total();
            } else if (n.metered()) {
                volume = volumes.require(id, "the meter of " + n.kind().nameEn() + " " + id);
            } else {
                volume = below;
            }
            volumeOf.put(id, volume);
            belowOf.put(id, below);
            premisesOf.put(id, premises);
        }
        List<NodeBalance> lines = new ArrayList<>(order.size());
        List<ProtocolEntry> sections = new ArrayList<>();
        for (NodeId id : order) {
            NetworkNode n = network.get(id);
            VolumeByBasis below = belowOf.get(id);
            boolean hasInput = n.metered() || n.kind() == NodeKind.PREMISE;
            Optional<VolumeByBasis> input = hasInput ? Optional.of(volumeOf.get(id)) : Optional.empty();
            Optional<Quantity> imbalance = Optional.empty();
            Optional<BigDecimal> imbalancePercent = Optional.empty();
            Optional<Quantity> lossBelow = Optional.empty();
            Optional<BigDecimal> estimatedPercent = percent(below.estimated(), below.total());
            if (n.metered()) {
                Quantity m = volumeOf.get(id).total();
                imbalance = Optional.of(m.minus(below.total()));
                imbalancePercent = percent(imbalance.get(), m);
                lossBelow = Optional.of(m.minus(premisesOf.get(id)));
                if (sink.enabled()) {
                    sections.add(section(n, m, below, imbalance.get(), imbalancePercent, estimatedPercent));
                }
            }
            lines.add(new NodeBalance(id, n.kind(), network.depthOf(id), network.parentOf(id), input, below,
                    volumeOf.get(id), imbalance, imbalancePercent, estimatedPercent, lossBelow));
        }
        if (sink.enabled()) {
            sink.add(new ProtocolSection("Баланс сети за " + Texts.spanRu(volumes.span()) + ", "
                    + volumes.resource().nameRu(),
                    "Network balance for " + Texts.spanEn(volumes.span()) + ", " + volumes.resource().nameEn(),
                    sections));
        }
        return new LossReport(volumes.span(), volumes.resource(), lines);
    }

    private static Optional<BigDecimal> percent(Quantity part, Quantity whole) {
        if (whole.isZero()) {
            return Optional.empty();
        }
        return Optional.of(part.toBigDecimal().multiply(HUNDRED)
                .divide(whole.toBigDecimal(), PERCENT_RULE.scale(), PERCENT_RULE.mode()));
    }

    private static ProtocolSection section(NetworkNode n, Quantity m, VolumeByBasis below, Quantity imbalance,
                                           Optional<BigDecimal> imbalancePercent,
                                           Optional<BigDecimal> estimatedPercent) {
        List<ProtocolEntry> steps = new ArrayList<>();
        steps.add(ProtocolStep.of(Formulas.NETWORK_IMBALANCE,
                        List.of(Texts.input("M", m), Texts.input("C", below.total())), Texts.input("I", imbalance))
                .withNote(new Note("network.below-basis",
                        "ниже узла: по показаниям " + Texts.value(below.measured(), Language.RU) + ", по среднему "
                                + Texts.value(below.forecast(), Language.RU) + ", по нормативу "
                                + Texts.value(below.normative(), Language.RU),
                        "below the node: measured " + Texts.value(below.measured(), Language.EN) + ", forecast "
                                + Texts.value(below.forecast(), Language.EN) + ", normative "
                                + Texts.value(below.normative(), Language.EN))));
        imbalancePercent.ifPresent(p -> steps.add(ProtocolStep.of(Formulas.NETWORK_IMBALANCE_PERCENT,
                List.of(Texts.input("I", imbalance), Texts.input("M", m)), Input.of("p", p, "%"))));
        estimatedPercent.ifPresent(q -> steps.add(ProtocolStep.of(Formulas.NETWORK_ESTIMATED_PERCENT,
                List.of(Texts.input("Ce", below.estimated()), Texts.input("C", below.total())),
                Input.of("q", q, "%"))));
        return new ProtocolSection("Узел " + n.id() + " (" + n.kind().nameRu() + ")",
                "Node " + n.id() + " (" + n.kind().nameEn() + ")", steps);
    }
}
