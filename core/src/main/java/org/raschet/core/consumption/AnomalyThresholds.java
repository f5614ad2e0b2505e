package org.raschet.core.consumption;

import java.util.Objects;
import java.util.Optional;
import org.raschet.core.protocol.Note;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;

/**
 * Thresholds of the anomaly flags: parameters of a supplier's practice, not law.
 *
 * <p>An interval's expected volume is E = round(S·m/nh, 6): the daily rate of the full months of history that the
 * forecast policy would average at the interval's start (S over nh days), times the interval's m days. With
 * q = round(V·100/E, 2): a jump when q &gt; {@code jumpPercent}, a drop when q &lt; {@code dropPercent}.
 *
 * <p>The season: where the same calendar months of the previous year (the months the interval touches, 12 months
 * earlier, at most 12 of them) have an actual volume by readings on every day, of any meter of the same metering
 * point and register, their daily rate gives the seasonal expectation Es = round(Ss·m/ns, 6) (Ss over ns days) and
 * qs = round(V·100/Es, 2): a seasonal jump when qs &gt; {@code seasonalJumpPercent}, a seasonal drop when
 * qs &lt; {@code seasonalDropPercent}. The two comparisons are flagged independently
 * ({@link AnomalyKind#JUMP} / {@link AnomalyKind#SEASONAL_JUMP}, …), each with its numbers: a winter rise over the
 * summer months is a jump against the recent history but not against last winter, and the inspector sees both.
 *
 * @param jumpPercent            jump above this percentage of the expected volume (e.g. 300)
 * @param dropPercent            drop below this percentage of the expected volume (e.g. 30)
 * @param longGapDays            a long gap: an interval of more days, or more days since the last reading
 * @param floorPerResidentPerDay a floor per resident per day, if checked
 * @param floorPerAreaPerDay     a floor per m² per day, if checked
 * @param seasonalJumpPercent    seasonal jump above this percentage of the same months of the previous year
 *                               (e.g. 200)
 * @param seasonalDropPercent    seasonal drop below this percentage of the same months of the previous year
 *                               (e.g. 50; 0 never flags)
 */
public record AnomalyThresholds(int jumpPercent, int dropPercent, int longGapDays,
                                Optional<Quantity> floorPerResidentPerDay, Optional<Quantity> floorPerAreaPerDay,
                                int seasonalJumpPercent, int seasonalDropPercent) {
    /** The default seasonal jump threshold: above 200 % of the same months of the previous year. */
    public static final int DEFAULT_SEASONAL_JUMP_PERCENT = 200;

    /** The default seasonal drop threshold: below 50 % of the same months of the previous year. */
    public static final int DEFAULT_SEASONAL_DROP_PERCENT = 50;

    /**
     * Defaults: jump above 300 %, drop below 30 %, a gap longer than 92 days, no floors; against the same months
     * of the previous year, jump above 200 % and drop below 50 % (a supplier's practice, not law).
     */
    public static final AnomalyThresholds DEFAULT = new AnomalyThresholds(300, 30, 92, Optional.empty(),
            Optional.empty(), DEFAULT_SEASONAL_JUMP_PERCENT, DEFAULT_SEASONAL_DROP_PERCENT);

    /**
     * Validates the numbers.
     *
     * @throws InvalidValueException if a threshold is out of range
     */
    public AnomalyThresholds {
        Objects.requireNonNull(floorPerResidentPerDay, "floorPerResidentPerDay");
        Objects.requireNonNull(floorPerAreaPerDay, "floorPerAreaPerDay");
        if (jumpPercent < 0 || dropPercent < 0 || longGapDays < 1 || seasonalJumpPercent < 0
                || seasonalDropPercent < 0) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "anomaly thresholds", null, "anomaly thresholds out of range: jump " + jumpPercent + " %, drop "
                    + dropPercent + " %, gap " + longGapDays + " days, seasonal jump " + seasonalJumpPercent
                    + " %, seasonal drop " + seasonalDropPercent + " %", "policy.anomaly-thresholds");
        }
    }

    /**
     * Thresholds with the default seasonal ones (the form before the seasonal comparison).
     *
     * @throws InvalidValueException if a threshold is out of range
     */
    public AnomalyThresholds(int jumpPercent, int dropPercent, int longGapDays,
                             Optional<Quantity> floorPerResidentPerDay, Optional<Quantity> floorPerAreaPerDay) {
        this(jumpPercent, dropPercent, longGapDays, floorPerResidentPerDay, floorPerAreaPerDay,
                DEFAULT_SEASONAL_JUMP_PERCENT, DEFAULT_SEASONAL_DROP_PERCENT);
    }

    /** These thresholds with floors per resident and per m² per day. */
    public AnomalyThresholds withFloors(Optional<Quantity> perResidentPerDay, Optional<Quantity> perAreaPerDay) {
        return new AnomalyThresholds(jumpPercent, dropPercent, longGapDays, perResidentPerDay, perAreaPerDay,
                seasonalJumpPercent, seasonalDropPercent);
    }

    /** These thresholds with other seasonal thresholds (percentages of the same months of the previous year). */
    public AnomalyThresholds withSeasonal(int seasonalJumpPercent, int seasonalDropPercent) {
        return new AnomalyThresholds(jumpPercent, dropPercent, longGapDays, floorPerResidentPerDay,
                floorPerAreaPerDay, seasonalJumpPercent, seasonalDropPercent);
    }

    /** The note naming these thresholds in the protocol. */
    public Note note() {
        return new Note("policy:anomaly.thresholds",
                "пороги: скачок > " + jumpPercent + " %, снижение < " + dropPercent + " %, перерыв > " + longGapDays
                        + " дн.; к тем же месяцам прошлого года: скачок > " + seasonalJumpPercent + " %, снижение < "
                        + seasonalDropPercent + " %",
                "thresholds: jump > " + jumpPercent + " %, drop < " + dropPercent + " %, gap > " + longGapDays
                        + " days; against the same months of the previous year: jump > " + seasonalJumpPercent
                        + " %, drop < " + seasonalDropPercent + " %");
    }
}
