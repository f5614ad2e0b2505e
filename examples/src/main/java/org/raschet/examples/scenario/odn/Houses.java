package org.raschet.examples.scenario.odn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.raschet.allocation.odn.NodeId;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.input.Domain;
import org.raschet.examples.scenario.input.ScenarioInputs;
import org.raschet.examples.scenario.json.ArrayShape;
import org.raschet.examples.scenario.json.JsonCursor;
import org.raschet.examples.scenario.json.JsonPath;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.Rules;
import org.raschet.examples.scenario.json.ValueShape;

/** The settings the network's compute sections share: which houses, and the inputs they need. */
final class Houses {
    /** The shape of {@code houses}: node ids. */
    static final ArrayShape SHAPE = ArrayShape.of(ValueShape.STRING);

    private Houses() {
    }

    /**
     * The network, checking the scenario declares it and its months.
     *
     * @throws ScenarioException ({@code scenario.required-property}) naming {@code $.network} or
     *                           {@code $.networkMonths} if absent
     */
    static NetworkInput network(String section, ScenarioInputs inputs) {
        NetworkInput net = inputs.get(NetworkSection.INSTANCE);
        if (!net.declared()) {
            throw new ScenarioException(JsonPath.ROOT.property("network"), Rules.REQUIRED_PROPERTY,
                    "section '" + section + "' works on the supply network: declare it in $.network");
        }
        if (!inputs.get(NetworkMonthsSection.INSTANCE).declared()) {
            throw new ScenarioException(JsonPath.ROOT.property("networkMonths"), Rules.REQUIRED_PROPERTY,
                    "section '" + section + "' needs the volumes of the network's nodes: give them in "
                            + "$.networkMonths");
        }
        return net;
    }

    /**
     * The houses named under {@code houses} with their paths, or every house of the network (in id order) at its
     * node's path.
     *
     * @throws ScenarioException if a node named is not declared or named twice
     */
    static Map<NodeId, JsonPath> of(ObjectCursor settings, NetworkInput net) {
        Map<NodeId, JsonPath> out = new LinkedHashMap<>();
        if (!settings.has("houses")) {
            for (NodeId h : net.network().houses()) {
                out.put(h, net.path(h).orElseThrow());
            }
            return out;
        }
        List<JsonCursor> named = new ArrayList<>(settings.get("houses").elements());
        for (JsonCursor c : named) {
            NodeId id = Domain.at(c.path(), () -> NodeId.of(c.string()));
            Domain.at(c.path(), () -> net.network().get(id));
            JsonPath first = out.putIfAbsent(id, c.path());
            if (first != null) {
                throw c.fault(Rules.UNIQUE_ID, "house '" + id + "' is already named at " + first);
            }
        }
        return out;
    }
}
