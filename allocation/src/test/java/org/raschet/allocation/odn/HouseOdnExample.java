package org.raschet.allocation.odn;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.raschet.core.money.Price;
import org.raschet.core.protocol.Protocol;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.quantity.Area;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.quantity.Unit;

/**
 * The README's house example (LEGAL §6; 354 p.44): house "dom-7" with a house meter, three flats and an office
 * (45.3 + 62.1 + 38.7 + 54.0 = 200.1 m²), common property 48.5 m², normative 0.87 kWh/m², March 2026, with 7.4 kWh
 * of February's negative volume carried in, priced at 6.43 ₽/kWh.
 */
final class HouseOdnExample {
    private HouseOdnExample() {
    }

    static HouseMonthSplit split(ProtocolRecorder recorder) {
        // snippet:house-odn
        Network network = Network.of(List.of(
                NetworkNode.house("dom-7", true,
                        HouseData.of(Area.of("48.5")).withDeclaredPremisesArea(Area.of("200.1")),
                        "kv1", "kv2", "kv3", "ofis"),
                NetworkNode.premise("kv1", "45.3"),
                NetworkNode.premise("kv2", "62.1"),
                NetworkNode.premise("kv3", "38.7"),
                NetworkNode.nonResidential("ofis", "54.0")));
        YearMonth march = YearMonth.of(2026, 3);
        NetworkVolumes volumes = NetworkVolumes.of(march, Resource.ELECTRICITY, Map.of(
                NodeId.of("dom-7"), VolumeByBasis.measured("1230.5", Unit.KWH),
                NodeId.of("kv1"), VolumeByBasis.measured("310.2", Unit.KWH),
                NodeId.of("kv2"), VolumeByBasis.of(VolumeBasis.FORECAST, Quantity.of("295", Unit.KWH)),
                NodeId.of("kv3"), VolumeByBasis.measured("180.4", Unit.KWH),
                NodeId.of("ofis"), VolumeByBasis.measured("402.6", Unit.KWH)));
        HouseMonth month = HouseMonth.of(march, volumes)
                .withNormative(CommonNormative.of("0.87", Unit.KWH))
                .withPrice(Price.rub("6.43", Unit.KWH));
        HouseMonthSplit split = CommonHouseSplit.month(network, NodeId.of("dom-7"), month,
                Map.of(NodeId.of("dom-7"), Quantity.of("-7.4", Unit.KWH)), OdnPolicy.FEDERAL, recorder);
        // end-snippet
        return split;
    }

    static Protocol protocol() {
        ProtocolRecorder recorder = new ProtocolRecorder();
        split(recorder);
        return recorder.protocol();
    }
}
