package org.raschet.examples.scenario.compute;

import java.util.Objects;
import org.raschet.core.money.Price;
import org.raschet.core.protocol.ProtocolStep;

/**
 * The charge for one interval by a meter: P = round(V × T, 2), rounded once per line, half-up to kopecks
 * (354 p.42, App. 2, formula 1; LEGAL §11).
 *
 * @param interval      the interval priced
 * @param price         the price per unit
 * @param amountKopecks the charge, in kopecks
 * @param step          the protocol step that computed it
 */
public record Charge(Interval interval, Price price, long amountKopecks, ProtocolStep step) {
    /** Validates the parts. */
    public Charge {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(step, "step");
    }
}
