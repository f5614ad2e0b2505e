package org.raschet.tariffs.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import org.raschet.core.account.AccountId;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.ledger.ChargeKind;
import org.raschet.core.meter.RegisterSet;
import org.raschet.core.protocol.Formula;
import org.raschet.core.protocol.Formulas;
import org.raschet.core.protocol.Input;
import org.raschet.core.protocol.Note;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.split.Exact;
import org.raschet.core.split.Split;
import org.raschet.tariffs.pricing.MonthSpreadPolicy;
import org.raschet.tariffs.pricing.PricingBasis;
import org.raschet.tariffs.schedule.Coefficient;
import org.threeten.extra.LocalDateRange;

/**
 * A premise's monthly common-house share spread over the month's days by the policy's weights (cumulative
 * rounding, exact sum), as a single whole-day register; its lines are of kind {@link ChargeKind#COMMON_HOUSE}.
 */
public final class CommonHouseSource implements Engine.Source {
    private final Quantity share;
    private final MonthSpreadPolicy spread;
    private final LocalDate start;
    /** Cumulative weights: {@code weights[i]} = the weight of the month's first {@code i} days. */
    private final long[] cumulativeWeights;
    /** Cumulative volumes: {@code prefix[i]} = the volume of the month's first {@code i} days. */
    private final long[] prefix;

    /**
     * @param account the account, for errors
     * @param share   the monthly share, not negative
     * @param days    the month's days
     * @param spread  the policy giving each day's weight
     * @throws InvalidValueException if the policy gives a weight count other than the days', a negative weight, or
     *                               no positive weight
     */
    public CommonHouseSource(AccountId account, Quantity share, LocalDateRange days, MonthSpreadPolicy spread) {
        this.share = share;
        this.spread = spread;
        this.start = days.getStart();
        long[] w = spread.weights(days);
        int n = Math.toIntExact(days.lengthInDays());
        if (w == null || w.length != n) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "account " + account, start,
                    "spread policy " + spread.id() + " gives " + (w == null ? "no" : w.length + "") + " weights for "
                            + n + " days", "month-spread.weight-per-day");
        }
        long[] parts = Split.cumulative(share.micros(), w);
        cumulativeWeights = new long[n + 1];
        prefix = new long[n + 1];
        for (int i = 0; i < n; i++) {
            cumulativeWeights[i + 1] = Exact.add(cumulativeWeights[i], w[i], "month spread weights");
            prefix[i + 1] = prefix[i] + parts[i];
        }
    }

    @Override
    public RegisterSet registers() {
        return RegisterSet.SINGLE;
    }

    @Override
    public void cuts(LocalDateRange range, NavigableSet<LocalDate> out) {
        // the month and the tariff's runs cut the days; the share itself never does
    }

    private int index(LocalDate day) {
        return Math.toIntExact(day.toEpochDay() - start.toEpochDay());
    }

    @Override
    public long[] volumes(LocalDateRange segment) {
        return new long[] {prefix[index(segment.getEnd())] - prefix[index(segment.getStart())]};
    }

    @Override
    public void explain(LocalDateRange segment, long[] volumes, ProtocolSink sink) {
        if (!sink.enabled()) {
            return;
        }
        String unit = spread.weightUnit();
        String q = share.unit().code();
        sink.add(new ProtocolStep(Formulas.ODN_SHARE_DAYS, List.of(
                Input.of("Vi", share.micros(), Quantity.SCALE, q),
                Input.of("C2", cumulativeWeights[index(segment.getEnd())], 0, unit),
                Input.of("W", cumulativeWeights[cumulativeWeights.length - 1], 0, unit),
                Input.of("C1", cumulativeWeights[index(segment.getStart())], 0, unit)),
                Input.of("V", volumes[0], Quantity.SCALE, q), List.of(spread.note()), List.of()));
    }

    @Override
    public ChargeKind kind(LocalDateRange segment) {
        return ChargeKind.COMMON_HOUSE;
    }

    @Override
    public Optional<PricingBasis> basis(LocalDateRange segment) {
        return Optional.empty();
    }

    @Override
    public Coefficient coefficient(LocalDateRange segment) {
        return Coefficient.ONE;
    }

    @Override
    public Formula chargeFormula(LocalDateRange segment, int blocks) {
        return Formulas.ODN_CHARGE_DAYS;
    }

    @Override
    public List<Note> notes(LocalDateRange segment) {
        return List.of();
    }
}
