package org.raschet.tariffs.pricing;

import java.util.List;
import java.util.Map;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.Note;
import org.raschet.core.quantity.Quantity;
import org.raschet.tariffs.internal.HistoryShares;
import org.raschet.tariffs.internal.ZoneHours;

/**
 * How a volume without zone readings is shared among the zones of a zoned tariff (распределение по зонам суток): a
 * single-register meter under a two- or three-zone tariff, or a two-zone meter under a three-zone tariff (its day
 * volume shared between peak and semi-peak). No federal rule says how; a region or contract plugs in its own rule.
 *
 * <p>The shares are applied per priced run (contiguous days of one price in one month), cumulatively over the
 * zones so they sum exactly: formula {@code zone.share}. A meter with more zones than the tariff needs no policy:
 * its zones are summed (peak + semi-peak = day, all zones = the whole day).
 */
public interface ZoneSharePolicy {
    /**
     * Default: in proportion to the hours of each zone of the day (442; regional decisions): two-zone day 16 h,
     * night 8 h; three-zone peak 7 h, semi-peak 9 h, night 8 h. Needs no input; use {@link #history} where the
     * account's zone history is known (closer to 354 p.59, which averages each register).
     */
    ZoneSharePolicy ZONE_HOURS = new ZoneHours();

    /**
     * In proportion to the account's historical volume of each zone (e.g. the last 6 months of its zone registers).
     *
     * @param volumes register → historical volume, covering the zones to share into
     */
    static ZoneSharePolicy history(Map<Register, Quantity> volumes) {
        return new HistoryShares(volumes);
    }

    /**
     * The non-negative weights of the zones {@code to}, in their order, for a volume metered on register
     * {@code from} ({@link Register#TOTAL} or {@link Register#DAY}); their sum is positive.
     *
     * @throws org.raschet.core.error.MissingPolicyInputException if the policy lacks a weight for a zone
     */
    long[] weights(Register from, List<Register> to);

    /** Decimal places of the weights as shown in the protocol (0 for hours, 6 for volumes in 10⁻⁶ units). */
    int weightScale();

    /** Unit code of the weights as shown in the protocol, e.g. {@code "h"} or {@code "kWh"}. */
    String weightUnit();

    /** The note naming the policy in the protocol (id {@code policy:...}). */
    Note note();
}
