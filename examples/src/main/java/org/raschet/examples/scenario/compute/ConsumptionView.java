package org.raschet.examples.scenario.compute;

import java.util.Objects;
import org.raschet.core.consumption.ConsumptionPolicies;
import org.raschet.core.consumption.ServiceConsumption;
import org.raschet.core.protocol.ProtocolSection;

/**
 * The consumption of one service of one account over the section's days, as known on one date: Raschet's
 * {@link ServiceConsumption} and the protocol section that explains it.
 *
 * @param consumption the per-day consumption
 * @param policies    the policies it was computed with
 * @param protocol    its protocol, as the per-day engine wrote it
 */
public record ConsumptionView(ServiceConsumption consumption, ConsumptionPolicies policies,
                              ProtocolSection protocol) {
    /** Validates the parts. */
    public ConsumptionView {
        Objects.requireNonNull(consumption, "consumption");
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(protocol, "protocol");
    }
}
