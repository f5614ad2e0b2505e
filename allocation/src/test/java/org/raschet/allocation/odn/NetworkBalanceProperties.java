package org.raschet.allocation.odn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.protocol.StepEvaluator;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.quantity.Unit;

/** Invariants of the losses report on random networks: the tree telescopes, every node is listed. */
class NetworkBalanceProperties {

    /** A random forest of feeders and substations with premises at the leaves, and random volumes. */
    record Case(Network network, NetworkVolumes volumes) {
    }

    @Provide
    Arbitrary<Case> networks() {
        return Arbitraries.randomValue(NetworkBalanceProperties::randomCase);
    }

    static Case randomCase(Random r) {
        int n = 2 + r.nextInt(40);
        List<List<String>> children = new ArrayList<>();
        List<Boolean> premise = new ArrayList<>();
        List<Integer> internal = new ArrayList<>();
        children.add(new ArrayList<>());
        premise.add(false);
        internal.add(0);
        for (int i = 1; i < n; i++) {
            children.add(new ArrayList<>());
            boolean isPremise = r.nextInt(10) < 6;
            premise.add(isPremise);
            // a few roots besides node 0: the network may be a forest
            if (r.nextInt(12) > 0) {
                children.get(internal.get(r.nextInt(internal.size()))).add("n" + i);
            }
            if (!isPremise) {
                internal.add(i);
            }
        }
        List<NetworkNode> nodes = new ArrayList<>();
        Map<NodeId, VolumeByBasis> volumes = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String id = "n" + i;
            if (premise.get(i)) {
                nodes.add(NetworkNode.premise(id, String.valueOf(1 + r.nextInt(150))));
                Quantity q = Quantity.ofMicros(r.nextInt(1_000_000_000), Unit.KWH);
                volumes.put(NodeId.of(id), VolumeByBasis.of(VolumeBasis.values()[r.nextInt(3)], q));
            } else {
                boolean metered = !children.get(i).isEmpty() && r.nextBoolean();
                nodes.add(NetworkNode.of(id, r.nextBoolean() ? NodeKind.FEEDER : NodeKind.SUBSTATION, metered,
                        children.get(i).toArray(String[]::new)));
                if (metered) {
                    volumes.put(NodeId.of(id), VolumeByBasis.measured(
                            Quantity.ofMicros((long) r.nextInt(2_000_000_000) * 5, Unit.KWH)));
                }
            }
        }
        return new Case(Network.of(nodes), NetworkVolumes.of(YearMonth.of(2026, 1), Resource.ELECTRICITY, volumes));
    }

    /** The metered nodes nearest below {@code id} (not through another metered node). */
    private static List<NodeId> nearestMetered(Network net, NodeId id) {
        List<NodeId> out = new ArrayList<>();
        for (NodeId c : net.childrenOf(id)) {
            NetworkNode n = net.get(c);
            if (n.metered()) {
                out.add(c);
            } else {
                out.addAll(nearestMetered(net, c));
            }
        }
        return out;
    }

    @Property(tries = 300)
    void total_loss_below_a_metered_node_is_its_imbalance_plus_the_losses_of_its_metered_children(
            @ForAll("networks") Case c) {
        LossReport report = NetworkBalance.report(c.network(), c.volumes(), ProtocolSink.NONE);
        for (NodeBalance b : report.nodes()) {
            if (!b.metered()) {
                continue;
            }
            // independently: the node's meter − Σ the premises' volumes below it
            long premises = 0;
            for (NodeId p : c.network().premisesUnder(b.node())) {
                premises += c.volumes().find(p).orElseThrow().total().micros();
            }
            long meter = c.volumes().find(b.node()).orElseThrow().total().micros();
            assertEquals(meter - premises, b.lossBelow().orElseThrow().micros());
            long children = 0;
            for (NodeId m : nearestMetered(c.network(), b.node())) {
                children += report.find(m).orElseThrow().lossBelow().orElseThrow().micros();
            }
            assertEquals(b.lossBelow().orElseThrow().micros(), b.imbalance().orElseThrow().micros() + children);
        }
    }

    @Property(tries = 200)
    void every_node_is_listed_once_and_its_volume_is_what_its_parent_counts(@ForAll("networks") Case c) {
        LossReport report = NetworkBalance.report(c.network(), c.volumes(), ProtocolSink.NONE);
        assertEquals(c.network().depthFirst(), report.nodes().stream().map(NodeBalance::node).toList());
        for (NodeBalance b : report.nodes()) {
            VolumeByBasis sum = VolumeByBasis.zero(Unit.KWH);
            for (NodeId ch : c.network().childrenOf(b.node())) {
                sum = sum.plus(report.find(ch).orElseThrow().volume());
            }
            assertEquals(sum, b.below());
            assertTrue(b.input().isPresent() == (b.metered() || b.kind() == NodeKind.PREMISE));
            assertEquals(b.input().orElse(b.below()), b.volume());
        }
    }

    @Property(tries = 100)
    void every_step_of_the_report_re_evaluates(@ForAll("networks") Case c) {
        ProtocolRecorder rec = new ProtocolRecorder();
        NetworkBalance.report(c.network(), c.volumes(), rec);
        assertEquals(List.of(), StepEvaluator.verifyAll(rec.protocol()));
    }
}
