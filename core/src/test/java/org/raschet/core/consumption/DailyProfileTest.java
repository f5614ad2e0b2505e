package org.raschet.core.consumption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raschet.core.consumption.Fx.computeChecked;
import static org.raschet.core.consumption.Fx.consumer;
import static org.raschet.core.consumption.Fx.d;
import static org.raschet.core.consumption.Fx.inputs;
import static org.raschet.core.consumption.Fx.kwh;
import static org.raschet.core.consumption.Fx.meter;
import static org.raschet.core.consumption.Fx.months;
import static org.raschet.core.consumption.Fx.period;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.meter.Meter;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.Formulas;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.core.quantity.Resource;
import org.threeten.extra.LocalDateRange;

/**
 * A daily profile instead of equal weights (LEGAL §2: "days weighted equally unless a profile is given", a policy):
 * the interval is spread by cumulative weights, Vd = round(V·W2/W, 6) − round(V·W1/W, 6).
 */
class DailyProfileTest {
    static final Meter M = meter("P1", Resource.ELECTRICITY, 6, "2024-12-31");

    /** January weighs 2 a day, every other month 1. */
    static final DailyProfile WINTER = DailyProfile.byMonth("winter", 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);

    static ServiceInputs twoMonths() {
        // one interval 31.12.2024 → 28.02.2025: 150 kWh over the 59 days 01.01–28.02 (LEGAL §2)
        return inputs(Resource.ELECTRICITY, List.of(M), List.of(consumer(M, "2024-12-31", "1000"),
                consumer(M, "2025-02-28", "1150")));
    }

    @Test
    void an_interval_is_spread_by_the_profiles_cumulative_weights_legal_2() {
        // W = 31 × 2 + 28 × 1 = 90; January = round(150 × 62 / 90, 6) = 103.333333, February = 150 − 103.333333
        ServiceConsumption c = computeChecked(twoMonths(), months("2025-01", "2025-02"), "2025-03-01",
                ConsumptionPolicies.FEDERAL.withProfile(WINTER));
        assertEquals(kwh("103.333333"), period(c, "2025-01"));
        assertEquals(kwh("46.666667"), period(c, "2025-02"));
        RegisterDays t = c.register(Register.TOTAL).orElseThrow();
        // day 1: round(150 × 2 / 90, 6) = 3.333333; days 1–15: W2 = 30, round(150 × 30 / 90, 6) = 50 exactly
        assertEquals(kwh("3.333333"), t.volumeOn(d("2025-01-01")));
        assertEquals(kwh("50"), t.sum(LocalDateRange.of(d("2025-01-01"), d("2025-01-16"))));
        assertEquals(kwh("150"), c.total());
        // with equal weights the same interval gives January round(150 × 31 / 59, 6) = 78.813559
        ServiceConsumption equal = computeChecked(twoMonths(), months("2025-01", "2025-02"), "2025-03-01");
        assertEquals(kwh("78.813559"), period(equal, "2025-01"));
    }

    @Test
    void the_protocol_shows_the_weighted_formula_and_names_the_profile() {
        ProtocolRecorder rec = new ProtocolRecorder();
        PerDayConsumption.compute(twoMonths(), months("2025-01", "2025-02"), d("2025-03-01"),
                ConsumptionPolicies.FEDERAL.withProfile(WINTER), rec);
        List<ProtocolStep> shares = rec.protocol().steps().stream()
                .filter(s -> s.formula().equals(Formulas.CONSUMPTION_DAYS_WEIGHTED_SHARE)).toList();
        assertEquals(2, shares.size());
        ProtocolStep january = shares.get(0);
        // Vd = round(150 × 62 / 90; 6) − round(150 × 0 / 90; 6)
        assertEquals(List.of("V", "W2", "W1", "W"), january.inputs().stream().map(i -> i.symbol()).toList());
        assertEquals(new java.math.BigDecimal("62"), january.inputs().get(1).value());
        assertEquals(new java.math.BigDecimal("90"), january.inputs().get(3).value());
        assertEquals(new java.math.BigDecimal("103.333333"), january.result().value());
        assertTrue(january.notes().stream().anyMatch(n -> n.id().equals("policy:daily-profile.winter")));
        assertEquals(List.of(), StepCheck.failures(rec.protocol()));
    }

    @Test
    void a_day_weighing_zero_gets_nothing_and_an_interval_weighing_zero_cannot_carry_a_volume() {
        // the premise stood empty on 10.01: weight 0 that day, W = 30 × 2 + 28 = 88, and the day gets 0
        DailyProfile vacant = WINTER.withDay(d("2025-01-10"), 0);
        ServiceConsumption c = computeChecked(twoMonths(), months("2025-01", "2025-02"), "2025-03-01",
                ConsumptionPolicies.FEDERAL.withProfile(vacant));
        assertEquals(kwh("0"), c.register(Register.TOTAL).orElseThrow().volumeOn(d("2025-01-10")));
        assertEquals(kwh("150"), c.total());
        // one day, 31.12 → 01.01, of weight 0 with 5 kWh measured: an error naming meter, interval and profile
        ServiceInputs oneDay = inputs(Resource.ELECTRICITY, List.of(M), List.of(consumer(M, "2024-12-31", "1000"),
                consumer(M, "2025-01-01", "1005")));
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> PerDayConsumption.compute(oneDay,
                months("2025-01", "2025-01"), d("2025-01-02"),
                ConsumptionPolicies.FEDERAL.withProfile(WINTER.withDay(d("2025-01-01"), 0)), ProtocolSink.NONE));
        assertEquals(ErrorCode.VALUE_OUT_OF_RANGE, e.code());
        assertTrue(e.getMessage().contains("meter P1") && e.getMessage().contains("5.000000 kWh")
                && e.getMessage().contains("winter"), e.getMessage());
        // and no volume over zero weights is no error: every day gets 0
        ServiceInputs none = inputs(Resource.ELECTRICITY, List.of(M), List.of(consumer(M, "2024-12-31", "1000"),
                consumer(M, "2025-01-01", "1000")));
        assertEquals(kwh("0"), PerDayConsumption.compute(none, LocalDateRange.ofClosed(d("2025-01-01"),
                d("2025-01-01")), d("2025-01-02"),
                ConsumptionPolicies.FEDERAL.withProfile(WINTER.withDay(d("2025-01-01"), 0)), ProtocolSink.NONE)
                .period(Fx.ym("2025-01"), Register.TOTAL).orElseThrow().actual());
    }

    @Test
    void a_uniform_profile_is_the_equal_spread() {
        DailyProfile fives = DailyProfile.byMonth("fives", 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5);
        assertTrue(fives.isUniform());
        assertEquals(computeChecked(twoMonths(), months("2025-01", "2025-02"), "2025-03-01").registers(),
                computeChecked(twoMonths(), months("2025-01", "2025-02"), "2025-03-01",
                        ConsumptionPolicies.FEDERAL.withProfile(fives)).registers());
    }

    @Test
    void weights_are_validated_and_filled_month_by_month() {
        org.raschet.core.error.InvalidValueException shortProfile = assertThrows(
                org.raschet.core.error.InvalidValueException.class, () -> DailyProfile.byMonth("short", 1, 2, 3));
        assertEquals(org.raschet.core.error.ErrorCode.VALUE_OUT_OF_RANGE, shortProfile.code());
        assertTrue(shortProfile.getMessage().contains("short"), shortProfile.getMessage());
        org.raschet.core.error.InvalidValueException negative = assertThrows(
                org.raschet.core.error.InvalidValueException.class,
                () -> DailyProfile.byMonth("neg", -1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1));
        assertTrue(negative.getMessage().contains("-1"), negative.getMessage());
        long[] w = WINTER.withDay(d("2025-02-01"), 7).weights(d("2025-01-30"), 4);
        assertEquals(List.of(2L, 2L, 7L, 1L), java.util.Arrays.stream(w).boxed().toList());
    }
}
