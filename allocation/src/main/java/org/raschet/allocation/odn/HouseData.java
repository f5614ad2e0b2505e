package org.raschet.allocation.odn;

import java.util.Objects;
import java.util.Optional;
import org.raschet.core.quantity.Area;

/**
 * What the common-house split needs to know about a house (многоквартирный дом) beyond its premises: the area of
 * its common property, the declared total area of its premises, whether the general meeting decided to share the
 * actual volume without the cap, and who bears the excess over the cap.
 *
 * @param commonPropertyArea    the area of the common property (S_common, площадь помещений общего имущества)
 * @param declaredPremisesArea  the total area of all residential and non-residential premises as declared (e.g. in
 *                              the house passport); when given, the premises below the house must add up to it
 * @param sharesActualVolume    whether the general meeting decided to share the actual volume over the cap
 *                              (354 p.44; ЖК Art. 156 p.9.2)
 * @param excessBearer          who bears the volume over the caps
 */
public record HouseData(Area commonPropertyArea, Optional<Area> declaredPremisesArea, boolean sharesActualVolume,
                        LossBearer excessBearer) {
    /** Validates the parts (areas are validated against the premises by {@link Network}). */
    public HouseData {
        Objects.requireNonNull(commonPropertyArea, "commonPropertyArea");
        Objects.requireNonNull(declaredPremisesArea, "declaredPremisesArea");
        Objects.requireNonNull(excessBearer, "excessBearer");
    }

    /**
     * A house with this common-property area, no declared total, the cap applying and the management company
     * bearing the excess (the usual case since 2017).
     */
    public static HouseData of(Area commonPropertyArea) {
        return new HouseData(commonPropertyArea, Optional.empty(), false, LossBearer.MANAGEMENT_COMPANY);
    }

    /** This house with the declared total area of its premises. */
    public HouseData withDeclaredPremisesArea(Area total) {
        return new HouseData(commonPropertyArea, Optional.of(total), sharesActualVolume, excessBearer);
    }

    /** This house with the general meeting's decision to share the actual volume (no cap), or without it. */
    public HouseData withActualVolumeShared(boolean shared) {
        return new HouseData(commonPropertyArea, declaredPremisesArea, shared, excessBearer);
    }

    /** This house with {@code bearer} bearing the excess over the caps. */
    public HouseData withExcessBearer(LossBearer bearer) {
        return new HouseData(commonPropertyArea, declaredPremisesArea, sharesActualVolume, bearer);
    }
}
