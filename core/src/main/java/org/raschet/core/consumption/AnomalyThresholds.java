package org.raschet.core.consumption;

import java.util.Objects;
import java.util.Optional;
import org.raschet.core.protocol.Note;
import org.raschet.core.quantity.Quantity;

/**
 * Thresholds of the anomaly flags: parameters of a supplier's practice, not law.
 *
 * <p>An interval's expected volume is E = round(S·m/nh, 6): the daily rate of the full months of history that the
 * forecast policy would average at the interval's start (S over nh days), times the interval's m days. With
 * q = round(V·100/E, 2): a jump when q &gt; {@code jumpPercent}, a drop when q &lt; {@code dropPercent}.
 *
 * @param jumpPercent            jump above this percentage of the expected volume (e.g. 300)
 * @param dropPercent            drop below this percentage of the expected volume (e.g. 30)
 * @param longGapDays            a long gap: an interval of more days, or more days since the last reading
 * @param floorPerResidentPerDay a floor per resident per day, if checked
 * @param floorPerAreaPerDay     a floor per m² per day, if checked
 */
public record AnomalyThresholds(int jumpPercent, int dropPercent, int longGapDays,
                                Optional<Quantity> floorPerResidentPerDay, Optional<Quantity> floorPerAreaPerDay) {
    /** Defaults: jump above 300 %, drop below 30 %, a gap longer than 92 days, no floors. */
    public static final AnomalyThresholds DEFAULT = new AnomalyThresholds(300, 30, 92, Optional.empty(),
            Optional.empty());

    /**
     * Validates the numbers.
     *
     * @throws IllegalArgumentException if a threshold is out of range
     */
    public AnomalyThresholds {
        Objects.requireNonNull(floorPerResidentPerDay, "floorPerResidentPerDay");
        Objects.requireNonNull(floorPerAreaPerDay, "floorPerAreaPerDay");
        if (jumpPercent < 0 || dropPercent < 0 || longGapDays < 1) {
            throw new IllegalArgumentException("anomaly thresholds out of range: jump " + jumpPercent + " %, drop "
                    + dropPercent + " %, gap " + longGapDays + " days");
        }
    }

    /** These thresholds with floors per resident and per m² per day. */
    public AnomalyThresholds withFloors(Optional<Quantity> perResidentPerDay, Optional<Quantity> perAreaPerDay) {
        return new AnomalyThresholds(jumpPercent, dropPercent, longGapDays, perResidentPerDay, perAreaPerDay);
    }

    /** The note naming these thresholds in the protocol. */
    public Note note() {
        return new Note("policy:anomaly.thresholds",
                "пороги: скачок > " + jumpPercent + " %, снижение < " + dropPercent + " %, перерыв > " + longGapDays
                        + " дн.",
                "thresholds: jump > " + jumpPercent + " %, drop < " + dropPercent + " %, gap > " + longGapDays
                        + " days");
    }
}
