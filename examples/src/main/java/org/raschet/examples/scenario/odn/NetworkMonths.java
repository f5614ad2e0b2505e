package org.raschet.examples.scenario.odn;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.raschet.allocation.odn.HouseMonth;
import org.raschet.allocation.odn.Network;
import org.raschet.allocation.odn.NetworkVolumes;
import org.raschet.allocation.odn.NodeId;
import org.raschet.allocation.odn.NodeKind;
import org.raschet.allocation.odn.VolumeByBasis;
import org.raschet.core.consumption.ServiceConsumption;
import org.raschet.core.quantity.Quantity;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.compute.ComputeContext;
import org.raschet.examples.scenario.compute.ConsumptionResult;
import org.raschet.examples.scenario.compute.ConsumptionSection;
import org.raschet.examples.scenario.compute.ConsumptionView;
import org.raschet.examples.scenario.input.Domain;
import org.raschet.examples.scenario.json.JsonPath;
import org.raschet.examples.scenario.json.Rules;
import org.threeten.extra.LocalDateRange;

/**
 * The per-month data of a scenario's network ({@code networkMonths}): the months by period, and the negative
 * balances carried into the first month by split node.
 *
 * @param declared     whether the scenario has a {@code networkMonths} section
 * @param months       the months, ordered by period
 * @param openingCarry the balances carried into the first month, by node, in document order
 * @param carryPaths   where each carried balance was given
 * @param consumption  where {@code premiseVolumes} is {@code consumption}: the path of that property
 * @param knownOn      once the premises' volumes are taken from the {@code consumption} section: the knowledge
 *                     date of the volumes taken
 */
public record NetworkMonths(boolean declared, List<MonthInput> months, Map<NodeId, Quantity> openingCarry,
                            Map<NodeId, JsonPath> carryPaths, Optional<JsonPath> consumption,
                            Optional<LocalDate> knownOn) {
    /** Copies the parts. */
    public NetworkMonths {
        months = List.copyOf(months);
        openingCarry = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(openingCarry));
        carryPaths = Map.copyOf(carryPaths);
        Objects.requireNonNull(consumption, "consumption");
        Objects.requireNonNull(knownOn, "knownOn");
    }

    /** No {@code networkMonths} section. */
    public static NetworkMonths absent() {
        return new NetworkMonths(false, List.of(), Map.of(), Map.of(), Optional.empty(), Optional.empty());
    }

    /**
     * These months with the premises' volumes the months do not give taken from the {@code consumption} section,
     * where {@code premiseVolumes} asks for it: for each premise of the network whose account that section computed
     * for the network's resource, as known on the section's latest knowledge date, the volume of the month's days by
     * basis ({@link VolumeByBasis#of(ServiceConsumption, org.threeten.extra.LocalDateRange)}: days by readings as
     * measured, by the average as forecast, by the normative as normative). A volume a month gives is used as given.
     *
     * @param context the results computed so far
     * @param net     the network
     * @return these months, completed
     * @throws ScenarioException at {@code premiseVolumes} if the {@code consumption} section is not computed
     *                           ({@code scenario.section-requires}) or does not cover a month ({@code scenario.range})
     */
    public NetworkMonths resolve(ComputeContext context, NetworkInput net) {
        if (consumption.isEmpty() || knownOn.isPresent()) {
            return this;
        }
        JsonPath at = consumption.get();
        if (!(context.results().get(ConsumptionSection.KEY) instanceof ConsumptionResult c)) {
            throw new ScenarioException(at, Rules.SECTION_REQUIRES, "the premises' volumes come from the '"
                    + ConsumptionSection.KEY + "' section: add \"" + ConsumptionSection.KEY + "\": {...} to compute");
        }
        LocalDate known = c.asKnownOn().stream().max(LocalDate::compareTo).orElseThrow();
        Map<NodeId, ServiceConsumption> computed = new TreeMap<>();
        for (ConsumptionView v : c.views()) {
            ServiceConsumption sc = v.consumption();
            NodeId node = NodeId.of(sc.account().value());
            if (sc.asKnownOn().equals(known) && sc.resource() == net.resource() && net.network().contains(node)
                    && net.network().get(node).kind() == NodeKind.PREMISE) {
                computed.put(node, sc);
            }
        }
        List<MonthInput> out = new ArrayList<>(months.size());
        for (MonthInput m : months) {
            Map<NodeId, VolumeByBasis> volumes = new TreeMap<>(m.volumes().volumes());
            List<NodeId> taken = new ArrayList<>();
            for (Map.Entry<NodeId, ServiceConsumption> e : computed.entrySet()) {
                if (volumes.containsKey(e.getKey())) {
                    continue;
                }
                ServiceConsumption sc = e.getValue();
                LocalDateRange days = m.volumes().span();
                if (!sc.range().encloses(days)) {
                    throw new ScenarioException(at, Rules.RANGE, "the consumption section computes " + sc.range()
                            + ", which does not cover month " + m.period() + " of $.networkMonths (premise "
                            + e.getKey() + ")");
                }
                volumes.put(e.getKey(), Domain.at(at, () -> VolumeByBasis.of(sc, days)));
                taken.add(e.getKey());
            }
            NetworkVolumes nv = Domain.at(m.path(), () -> new NetworkVolumes(m.volumes().span(),
                    m.volumes().resource(), volumes));
            out.add(new MonthInput(m.period(), m.path(), nv, m.volumePaths(), m.normative(), m.price(), m.tariffs(),
                    taken));
        }
        return new NetworkMonths(declared, out, openingCarry, carryPaths, consumption, Optional.of(known));
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
