package org.raschet.core.consumption;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.raschet.core.meter.MeterId;
import org.raschet.core.meter.Register;

/**
 * The contribution of one metering point (точка учёта) to a service with several meters in parallel (kitchen and
 * bathroom water): its registers' volumes and bases day by day. The service's registers
 * ({@link ServiceConsumption#registers()}) are the sum of its points, except on days the whole service is billed
 * by the normative (354 p.42, p.59, p.60: the normative is set per resident for the service, so it replaces every
 * meter once, never one meter beside the others); on those days each point contributes nothing here (basis
 * {@link DayBasis.Kind#NONE}) and the normative is on the service's {@link Register#TOTAL}.
 *
 * @param point     the point's name, as given in {@link ServiceInputs#meteringPoints()}
 * @param meters    the point's meters in order of installation (they succeed each other)
 * @param registers per register (in {@link Register} order), the point's days over the computed range
 */
public record PointDays(String point, List<MeterId> meters, List<RegisterDays> registers) {
    /** Validates the parts. */
    public PointDays {
        Objects.requireNonNull(point, "point");
        meters = List.copyOf(meters);
        registers = List.copyOf(registers);
    }

    /** The days of {@code register}, if the point carries any. */
    public Optional<RegisterDays> register(Register register) {
        return registers.stream().filter(r -> r.register() == register).findFirst();
    }
}
