package org.raschet.core.consumption;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.raschet.core.meter.MeterId;
import org.raschet.core.meter.Register;
import org.raschet.core.quantity.Quantity;

/**
 * The average monthly volume (среднемесячный объём, 354 p.59) of one register of a meter for a gap starting on
 * {@code gapStart}, formed as {@link ForecastPolicy} describes.
 *
 * @param meter    the meter
 * @param register the register
 * @param gapStart the first day without an actual volume
 * @param months   the full months averaged, latest first (may be fewer than the minimum: then no average)
 * @param sum      the actual volume of those months
 * @param average  round(sum / k, 6), if at least the policy's minimum of months was available
 */
public record MonthlyAverage(MeterId meter, Register register, LocalDate gapStart, List<YearMonth> months,
                             Quantity sum, Optional<Quantity> average) {
    /** Validates the parts. */
    public MonthlyAverage {
        Objects.requireNonNull(meter, "meter");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(gapStart, "gapStart");
        months = List.copyOf(months);
        Objects.requireNonNull(sum, "sum");
        Objects.requireNonNull(average, "average");
    }

    /** Whether an average could be formed. */
    public boolean available() {
        return average.isPresent();
    }
}
