package org.raschet.examples.scenario.odn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.raschet.allocation.odn.CommonHouseSplit;
import org.raschet.allocation.odn.HouseMonth;
import org.raschet.allocation.odn.HouseMonthSplit;
import org.raschet.allocation.odn.NodeId;
import org.raschet.allocation.odn.OdnPolicy;
import org.raschet.core.error.RaschetException;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.quantity.Quantity;
import org.raschet.examples.scenario.input.PoliciesSection;
import org.raschet.examples.scenario.input.ScenarioInputs;
import org.raschet.examples.scenario.json.JsonPath;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.compute.ComputeSection;

/**
 * The {@code commonHouse} section: the common-house split (ОДН, КР на СОИ) of each house over the months of
 * {@code networkMonths}, by {@link CommonHouseSplit#months} under the scenario's common-house policies: the volume
 * to share at each split node, each premise's share by area with its cap and excess, the charge lines where the
 * month has a price, and the negative balance carried from month to month (LEGAL §6; 354 p.44, App. 2; 491
 * p.29(2); ЖК Art. 156 p.9.2; Minstroy letter of 04.06.2025 No. 32320-ДН/04).
 */
public final class CommonHouseSection implements ComputeSection {
    /** The key under {@code compute}. */
    public static final String KEY = "commonHouse";

    /** The settings: the houses to split (default: every house of the network). */
    public static final ObjectShape SHAPE = ObjectShape.of("commonHouse settings",
            Property.optional("houses", Houses.SHAPE));

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public ObjectShape shape() {
        return SHAPE;
    }

    @Override
    public List<String> requires() {
        return List.of();
    }

    @Override
    public Prepared prepare(ObjectCursor settings, ScenarioInputs inputs) {
        NetworkInput net = Houses.network(KEY, inputs);
        Map<NodeId, JsonPath> houses = Houses.of(settings, net);
        NetworkMonths months = inputs.get(NetworkMonthsSection.INSTANCE);
        OdnPolicy policy = OdnPolicyChoices.of(inputs.get(PoliciesSection.INSTANCE));
        return context -> {
            NetworkMonths resolved = months.resolve(context, net);
            ProtocolRecorder recorder = new ProtocolRecorder();
            List<CommonHouseResult.House> out = new ArrayList<>();
            for (Map.Entry<NodeId, JsonPath> h : houses.entrySet()) {
                out.add(new CommonHouseResult.House(h.getKey(),
                        split(net, resolved, h.getKey(), h.getValue(), policy, recorder)));
            }
            return new CommonHouseResult(net.network(), resolved, out, recorder.entries());
        };
    }

    /** The split of one house over every month, its faults reported at the input that caused them. */
    static List<HouseMonthSplit> split(NetworkInput net, NetworkMonths months, NodeId house, JsonPath housePath,
                                       OdnPolicy policy, ProtocolSink sink) {
        List<HouseMonth> hm = months.houseMonths();
        Map<NodeId, Quantity> carry = months.carryOf(net.network(), house);
        try {
            return CommonHouseSplit.months(net.network(), house, hm, carry, policy, sink);
        } catch (RaschetException e) {
            if (OdnFaults.aboutCarry(e) && !hm.isEmpty()) {
                throw OdnFaults.carry(e, carry, months, one -> CommonHouseSplit.month(net.network(), house,
                        hm.get(0), one, policy, ProtocolSink.NONE), housePath);
            }
            throw OdnFaults.at(e, months, housePath);
        }
    }
}
