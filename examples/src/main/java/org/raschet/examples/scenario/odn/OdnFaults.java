package org.raschet.examples.scenario.odn;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.raschet.allocation.odn.NodeId;
import org.raschet.core.error.InvalidNetworkException;
import org.raschet.core.error.RaschetException;
import org.raschet.core.quantity.Quantity;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.json.JsonPath;

/**
 * Reports the faults Raschet finds while computing the network sections at the JSON path of the input that caused
 * them, found from the rule broken, the node and the month the fault names.
 */
final class OdnFaults {
    private OdnFaults() {
    }

    /**
     * The fault {@code e} at the path of the offending input, or at {@code fallback} (the settings of the section)
     * when it names none.
     */
    static ScenarioException at(RaschetException e, NetworkMonths months, JsonPath fallback) {
        Optional<MonthInput> month = e.date().flatMap(months::containing);
        Optional<NodeId> node = e instanceof InvalidNetworkException n ? Optional.of(NodeId.of(n.node()))
                : Optional.empty();
        JsonPath path = switch (e.rule()) {
            case "volumes.known-nodes", "volumes.metered-or-premise" -> month.flatMap(m -> node.map(
                    id -> m.volumePaths().getOrDefault(id, m.path()))).orElse(fallback);
            case "volumes.cover-network" -> month.map(MonthInput::path).orElse(fallback);
            case "odn.normative-given" -> month.map(m -> m.path().property("commonNormative")).orElse(fallback);
            case "odn.correction-price" -> month.map(m -> m.path().property("price")).orElse(fallback);
            case "odn.months-consecutive" -> month.map(m -> m.path().property("period")).orElse(fallback);
            default -> fallback;
        };
        return new ScenarioException(path, e);
    }

    /** Whether {@code e} is about a balance carried into the first month. */
    static boolean aboutCarry(RaschetException e) {
        return e.rule().startsWith("odn.carry-");
    }

    /**
     * A fault about the carried balances, at the first balance (in document order) that Raschet refuses on its own:
     * {@code check} runs the calculation with that balance alone. The whole map is checked by Raschet in an order of
     * its own, so when several balances are at fault this names the first one given.
     */
    static ScenarioException carry(RaschetException e, Map<NodeId, Quantity> carry, NetworkMonths months,
                                   Function<Map<NodeId, Quantity>, Object> check, JsonPath fallback) {
        for (Map.Entry<NodeId, Quantity> b : carry.entrySet()) {
            try {
                check.apply(Map.of(b.getKey(), b.getValue()));
            } catch (RaschetException one) {
                if (aboutCarry(one)) {
                    return new ScenarioException(months.carryPaths().get(b.getKey()), one);
                }
            }
        }
        return new ScenarioException(fallback, e);
    }
}
