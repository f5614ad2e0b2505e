package org.raschet.examples.scenario.odn;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.raschet.allocation.odn.HouseMonth;
import org.raschet.allocation.odn.Network;
import org.raschet.allocation.odn.NodeId;
import org.raschet.core.quantity.Quantity;
import org.raschet.examples.scenario.json.JsonPath;

/**
 * The per-month data of a scenario's network ({@code networkMonths}): the months by period, and the negative
 * balances carried into the first month by split node.
 *
 * @param declared     whether the scenario has a {@code networkMonths} section
 * @param months       the months, ordered by period
 * @param openingCarry the balances carried into the first month, by node, in document order
 * @param carryPaths   where each carried balance was given
 */
public record NetworkMonths(boolean declared, List<MonthInput> months, Map<NodeId, Quantity> openingCarry,
                            Map<NodeId, JsonPath> carryPaths) {
    /** Copies the parts. */
    public NetworkMonths {
        months = List.copyOf(months);
        openingCarry = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(openingCarry));
        carryPaths = Map.copyOf(carryPaths);
    }

    /** No {@code networkMonths} section. */
    public static NetworkMonths absent() {
        return new NetworkMonths(false, List.of(), Map.of(), Map.of());
    }

    /** The month {@code period}, if given. */
    public Optional<MonthInput> find(YearMonth period) {
        return months.stream().filter(m -> m.period().equals(period)).findFirst();
    }

    /** The month containing {@code day}, if given. */
    public Optional<MonthInput> containing(LocalDate day) {
        return find(YearMonth.from(day));
    }

    /** Every month as the common-house split takes it, in order. */
    public List<HouseMonth> houseMonths() {
        List<HouseMonth> out = new ArrayList<>(months.size());
        months.forEach(m -> out.add(m.houseMonth()));
        return out;
    }

    /** The balances carried into the first month for the split nodes of {@code house}, in document order. */
    public Map<NodeId, Quantity> carryOf(Network network, NodeId house) {
        Map<NodeId, Quantity> out = new LinkedHashMap<>();
        openingCarry.forEach((node, b) -> {
            if (network.houseOf(node).map(house::equals).orElse(false)) {
                out.put(node, b);
            }
        });
        return out;
    }
}
