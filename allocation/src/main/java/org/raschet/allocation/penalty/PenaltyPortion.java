package org.raschet.allocation.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * A portion of an obligation's debt late as one piece: a part paid late on one day (it accrues through that day;
 * the base is reduced from the next day), or the part still unpaid on the calculation date. One rate applies to
 * a portion's whole delay: the key rate on its payment day, or on the calculation date if unpaid (Обзор судебной
 * практики ВС РФ № 3 (2016), вопрос 3), by the rate rule in force that day.
 *
 * @param base           the amount of the portion
 * @param paidOn         the day it was paid, or empty if unpaid on the calculation date
 * @param accruesThrough the last day it accrues (the payment day, or the calculation date)
 * @param daysLate       days from the day after the due date through {@code accruesThrough}
 * @param rateDate       the day whose key rate and rule apply
 * @param keyRate        the key rate on {@code rateDate}, if a rate was needed (some day accrues)
 * @param rule           the rate rule on {@code rateDate}, if a rate was needed
 * @param ratePercent    the penalty rate, % a year (zero if none was needed)
 * @param ranges         the ranges of days late, in order
 */
public record PenaltyPortion(MonetaryAmount base, Optional<LocalDate> paidOn, LocalDate accruesThrough, int daysLate,
                             LocalDate rateDate, Optional<KeyRate> keyRate, Optional<RateRule> rule,
                             BigDecimal ratePercent, List<PenaltyRange> ranges) {
    /** Validates the parts. */
    public PenaltyPortion {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(paidOn, "paidOn");
        Objects.requireNonNull(accruesThrough, "accruesThrough");
        Objects.requireNonNull(rateDate, "rateDate");
        Objects.requireNonNull(keyRate, "keyRate");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(ratePercent, "ratePercent");
        ranges = List.copyOf(ranges);
    }
}
