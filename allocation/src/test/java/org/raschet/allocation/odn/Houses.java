package org.raschet.allocation.odn;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.raschet.core.money.Price;
import org.raschet.core.quantity.Area;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.quantity.Unit;

/**
 * The worked house of the common-house tests: house "H" with a house meter, 5 premises of 40, 50, 60, 70 and 80 m²
 * (S_total = 300 m², "05" a shop), common property S_common = 60 m², normative N = 1.2 kWh/m² → V_n = 72 kWh, and the
 * caps 72 × S_i / 300 = 9.6, 12, 14.4, 16.8, 19.2 kWh.
 */
final class Houses {
    static final NodeId H = NodeId.of("H");
    static final List<NodeId> P = List.of(NodeId.of("01"), NodeId.of("02"), NodeId.of("03"), NodeId.of("04"),
            NodeId.of("05"));
    static final CommonNormative N = CommonNormative.of("1.2", Unit.KWH);
    static final Price T = Price.rub("5.67", Unit.KWH);

    private Houses() {
    }

    static HouseData data() {
        return HouseData.of(Area.of("60")).withDeclaredPremisesArea(Area.of("300"));
    }

    static List<NetworkNode> nodes(boolean metered, HouseData data) {
        List<NetworkNode> nodes = new ArrayList<>();
        nodes.add(NetworkNode.house("H", metered, data, "01", "02", "03", "04", "05"));
        nodes.add(NetworkNode.premise("01", "40"));
        nodes.add(NetworkNode.premise("02", "50"));
        nodes.add(NetworkNode.premise("03", "60"));
        nodes.add(NetworkNode.premise("04", "70"));
        nodes.add(NetworkNode.nonResidential("05", "80"));
        return nodes;
    }

    static Network network() {
        return Network.of(nodes(true, data()));
    }

    static Quantity kwh(String v) {
        return Quantity.of(v, Unit.KWH);
    }

    static VolumeByBasis measured(String v) {
        return VolumeByBasis.measured(v, Unit.KWH);
    }

    /** A month with the house meter (null for none) and the five premises' measured volumes. */
    static HouseMonth month(String period, String house, String... premises) {
        Map<NodeId, VolumeByBasis> v = new LinkedHashMap<>();
        if (house != null) {
            v.put(H, measured(house));
        }
        for (int i = 0; i < premises.length; i++) {
            v.put(P.get(i), measured(premises[i]));
        }
        return HouseMonth.of(YearMonth.parse(period), NetworkVolumes.of(YearMonth.parse(period), Resource.ELECTRICITY,
                v)).withNormative(N).withPrice(T);
    }

    static List<Quantity> shares(HouseMonthSplit s) {
        return s.shares().stream().map(PremiseShare::share).toList();
    }

    static List<Quantity> kwhs(String... values) {
        return java.util.Arrays.stream(values).map(Houses::kwh).toList();
    }

    static List<String> amounts(HouseMonthSplit s) {
        return s.lines().stream().map(l -> org.raschet.core.money.Amounts.format(l.amount())).toList();
    }
}
