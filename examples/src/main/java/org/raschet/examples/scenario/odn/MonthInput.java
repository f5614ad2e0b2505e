package org.raschet.examples.scenario.odn;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.raschet.allocation.odn.CommonHouseTariffs;
import org.raschet.allocation.odn.CommonNormative;
import org.raschet.allocation.odn.HouseMonth;
import org.raschet.allocation.odn.NetworkVolumes;
import org.raschet.allocation.odn.NodeId;
import org.raschet.core.money.Price;
import org.raschet.examples.scenario.json.JsonPath;

/**
 * One month of a scenario's {@code networkMonths}: the volumes of the node meters and premises, the
 * common-property normative and the price or tariff schedules in force, with where each was given.
 *
 * @param period      the billing period
 * @param path        the month's path, e.g. {@code $.networkMonths.months[1]}
 * @param volumes     the volumes of the month, by node and basis
 * @param volumePaths where each node's volume was first given, e.g. {@code $.networkMonths.months[1].measured.kv1}
 * @param normative   the common-property normative per m², if given (for the month or for all months)
 * @param price       the price of the common-house volume, if given (for the month or for all months)
 * @param tariffs     the premises' tariff schedules the shares are priced by day by day instead, if given (for the
 *                    month or for all months)
 * @param fromConsumption the premises whose volume the {@code consumption} section gave, in id order (empty unless
 *                        {@code premiseVolumes} is {@code consumption})
 */
public record MonthInput(YearMonth period, JsonPath path, NetworkVolumes volumes, Map<NodeId, JsonPath> volumePaths,
                         Optional<CommonNormative> normative, Optional<Price> price, Optional<CommonHouseTariffs> tariffs,
                         List<NodeId> fromConsumption) {
    /** Validates and copies the parts. */
    public MonthInput {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(volumes, "volumes");
        volumePaths = Map.copyOf(volumePaths);
        Objects.requireNonNull(normative, "normative");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(tariffs, "tariffs");
        fromConsumption = List.copyOf(fromConsumption);
    }

    /** The month as the common-house split takes it. */
    public HouseMonth houseMonth() {
        HouseMonth m = new HouseMonth(period, volumes, normative, price);
        return tariffs.map(m::withTariffs).orElse(m);
    }
}
