package org.raschet.allocation.odn;

import java.util.Objects;
import org.raschet.core.consumption.BasisRun;
import org.raschet.core.consumption.DailySeries;
import org.raschet.core.consumption.PointDays;
import org.raschet.core.consumption.RegisterDays;
import org.raschet.core.consumption.ServiceConsumption;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Unit;
import org.threeten.extra.LocalDateRange;

/**
 * A volume over a span of days (объём за период) split by how it was obtained: measured, forecast (average) or
 * normative. The input of the network balance and the common-house split for a node meter or a premise. Value
 * type; the three parts share one unit and none is negative.
 *
 * @param measured  the part measured by a meter
 * @param forecast  the part forecast from the average (354 p.59)
 * @param normative the part by the normative (354 p.60)
 */
public record VolumeByBasis(Quantity measured, Quantity forecast, Quantity normative) {
    /**
     * Validates the parts.
     *
     * @throws InvalidValueException if the units differ or a part is negative
     */
    public VolumeByBasis {
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(normative, "normative");
        if (forecast.unit() != measured.unit() || normative.unit() != measured.unit()) {
            throw new InvalidValueException(ErrorCode.VALUE_UNIT_MISMATCH, "volume", null,
                    "parts " + measured + ", " + forecast + ", " + normative + " differ in unit",
                    "volume.same-unit");
        }
        for (Quantity q : new Quantity[] {measured, forecast, normative}) {
            if (q.isNegative()) {
                throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "volume", null,
                        "part " + q + " is negative", "volume.non-negative");
            }
        }
        total(measured, forecast, normative);
    }

    /** Zero of {@code unit}. */
    public static VolumeByBasis zero(Unit unit) {
        Quantity z = Quantity.zero(unit);
        return new VolumeByBasis(z, z, z);
    }

    /** A volume entirely of one basis. */
    public static VolumeByBasis of(VolumeBasis basis, Quantity volume) {
        Quantity z = Quantity.zero(volume.unit());
        return switch (basis) {
            case MEASURED -> new VolumeByBasis(volume, z, z);
            case FORECAST -> new VolumeByBasis(z, volume, z);
            case NORMATIVE -> new VolumeByBasis(z, z, volume);
        };
    }

    /** A measured volume. */
    public static VolumeByBasis measured(Quantity volume) {
        return of(VolumeBasis.MEASURED, volume);
    }

    /** A measured volume given as decimal text, e.g. {@code measured("150.5", Unit.KWH)}. */
    public static VolumeByBasis measured(String volume, Unit unit) {
        return measured(Quantity.of(volume, unit));
    }

    /**
     * The sum of {@code series} over {@code span}, all of one basis: the bridge from the per-day engine, whose
     * series of a meter or premise gives the volume of any span of days.
     *
     * @throws InvalidValueException if the span leaves the series
     */
    public static VolumeByBasis of(DailySeries series, VolumeBasis basis, LocalDateRange span) {
        return of(basis, series.sum(span));
    }

    /**
     * The volume of a premise or meter over {@code span} from the per-day engine's result, each day counted by its
     * basis: by readings as measured, by the average as forecast, by the normative as normative; all registers
     * (zones) summed.
     *
     * @throws InvalidValueException if the span leaves the days computed
     */
    public static VolumeByBasis of(ServiceConsumption consumption, LocalDateRange span) {
        VolumeByBasis sum = zero(consumption.resource().unit());
        for (RegisterDays rd : consumption.registers()) {
            rd.sum(span); // the span must lie within the days computed
            sum = sum.plus(byRuns(consumption, rd, span));
        }
        return sum;
    }

    /**
     * The days of {@code rd} within {@code span}, each run counted by its basis; a run of days where parallel
     * metering points have different bases ({@code MIXED}) is counted point by point.
     */
    private static VolumeByBasis byRuns(ServiceConsumption consumption, RegisterDays rd, LocalDateRange span) {
        VolumeByBasis sum = zero(consumption.resource().unit());
        for (BasisRun run : rd.runs()) {
            if (!run.days().isConnected(span)) {
                continue;
            }
            LocalDateRange part = run.days().intersection(span);
            if (part.isEmpty()) {
                continue;
            }
            VolumeBasis basis;
            switch (run.basis().kind()) {
                case AVERAGE -> basis = VolumeBasis.FORECAST;
                case NORMATIVE -> basis = VolumeBasis.NORMATIVE;
                case ACTUAL, NONE -> basis = VolumeBasis.MEASURED;
                case MIXED -> {
                    for (PointDays point : consumption.points()) {
                        for (RegisterDays prd : point.registers()) {
                            if (prd.register() == rd.register()) {
                                sum = sum.plus(byRuns(consumption, prd, part));
                            }
                        }
                    }
                    continue;
                }
                default -> throw new IllegalStateException("unknown basis kind " + run.basis().kind());
            }
            sum = sum.plus(of(basis, rd.sum(part)));
        }
        return sum;
    }

    /** The whole volume, whatever its basis. */
    public Quantity total() {
        return total(measured, forecast, normative);
    }

    private static Quantity total(Quantity measured, Quantity forecast, Quantity normative) {
        return measured.plus(forecast).plus(normative);
    }

    /** The part not measured: forecast plus normative. */
    public Quantity estimated() {
        return forecast.plus(normative);
    }

    /** The part of one basis. */
    public Quantity get(VolumeBasis basis) {
        return switch (basis) {
            case MEASURED -> measured;
            case FORECAST -> forecast;
            case NORMATIVE -> normative;
        };
    }

    /** The unit. */
    public Unit unit() {
        return measured.unit();
    }

    /** Part by part sum. @throws InvalidValueException on a unit mismatch or overflow */
    public VolumeByBasis plus(VolumeByBasis other) {
        return new VolumeByBasis(measured.plus(other.measured), forecast.plus(other.forecast),
                normative.plus(other.normative));
    }

    /** Canonical text, e.g. {@code "150.000000 kWh (measured 100.000000, forecast 50.000000, normative 0.000000)"}. */
    @Override
    public String toString() {
        return total() + " (measured " + measured.toBigDecimal().toPlainString() + ", forecast "
                + forecast.toBigDecimal().toPlainString() + ", normative " + normative.toBigDecimal().toPlainString()
                + ")";
    }
}
