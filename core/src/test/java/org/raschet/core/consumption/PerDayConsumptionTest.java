package org.raschet.core.consumption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raschet.core.consumption.Fx.basis;
import static org.raschet.core.consumption.Fx.compute;
import static org.raschet.core.consumption.Fx.computeChecked;
import static org.raschet.core.consumption.Fx.consumer;
import static org.raschet.core.consumption.Fx.control;
import static org.raschet.core.consumption.Fx.d;
import static org.raschet.core.consumption.Fx.inputs;
import static org.raschet.core.consumption.Fx.kwh;
import static org.raschet.core.consumption.Fx.meter;
import static org.raschet.core.consumption.Fx.month;
import static org.raschet.core.consumption.Fx.monthEnds;
import static org.raschet.core.consumption.Fx.months;
import static org.raschet.core.consumption.Fx.period;
import static org.raschet.core.consumption.Fx.premise;
import static org.raschet.core.consumption.Fx.q;
import static org.raschet.core.consumption.Fx.withNormative;
import static org.raschet.core.consumption.Fx.ym;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raschet.core.account.AccountId;
import org.raschet.core.account.HouseId;
import org.raschet.core.account.Premise;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.ReadingException;
import org.raschet.core.meter.Meter;
import org.raschet.core.meter.MeterEvent;
import org.raschet.core.meter.Reading;
import org.raschet.core.meter.ReadingSource;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.quantity.Area;
import org.raschet.core.quantity.Resource;
import org.raschet.core.time.Timeline;
import org.threeten.extra.LocalDateRange;

/**
 * Hand-computed cases of the per-day engine; each cites its rule (LEGAL §2–§4; Rules No. 354, pp. 42, 59, 60, 61,
 * 82–85). Every calculation is also run with a protocol, whose steps are re-evaluated from their inputs.
 */
class PerDayConsumptionTest {

    /** Electricity meter installed 31.05.2024 at 0; months Jun–Dec 2024: 90, 100, 150, 120, 130, 140, 160 kWh. */
    static final Meter E1 = meter("E1", Resource.ELECTRICITY, 6, "2024-05-31");

    static List<Reading> history(Meter m) {
        List<Reading> rs = new ArrayList<>();
        rs.add(consumer(m, "2024-05-31", "0"));
        rs.addAll(monthEnds(m, "2024-06", "90", "190", "340", "460", "590", "730", "890"));
        return rs;
    }

    @Test
    void six_month_average_354_p59_1_p59_b() {
        // LEGAL §3, 354 p.59(1): average of the 6 full months Jul–Dec = (100+150+120+130+140+160)/6 = 133.333333;
        // June, the 7th month back, is not used. p.59(b): January without readings gets it exactly.
        ServiceConsumption c = computeChecked(inputs(Resource.ELECTRICITY, List.of(E1), history(E1)),
                month("2025-01"), "2025-02-05");
        assertEquals(kwh("133.333333"), period(c, "2025-01"));
        MonthlyAverage a = c.averages().get(0);
        assertEquals(List.of(ym("2024-12"), ym("2024-11"), ym("2024-10"), ym("2024-09"), ym("2024-08"),
                ym("2024-07")), a.months());
        assertEquals(kwh("800"), a.sum());
        DayBasis b = basis(c, "2025-01-20");
        assertEquals(DayBasis.Kind.AVERAGE, b.kind());
        assertEquals(Optional.of(ForecastCase.NO_READINGS), b.forecastCase());
        assertEquals(1, b.period());
        assertEquals(6, b.limit());
        // a partial month gets its days' share: days 1–15 of 31 = round(133.333333 × 15 / 31, 6)
        assertEquals(kwh("64.516129"), c.register(Register.TOTAL).orElseThrow()
                .sum(LocalDateRange.of(d("2025-01-01"), d("2025-01-16"))));
    }

    @Test
    void meter_in_service_four_months_averages_its_actual_period_354_p59_1() {
        // LEGAL §3: a meter in service less than 6 months — its actual period, at least 3: (100+120+110+140)/4
        Meter m = meter("E2", Resource.ELECTRICITY, 6, "2024-08-31");
        List<Reading> rs = new ArrayList<>(List.of(consumer(m, "2024-08-31", "0")));
        rs.addAll(monthEnds(m, "2024-09", "100", "220", "330", "470"));
        ServiceConsumption c = computeChecked(inputs(Resource.ELECTRICITY, List.of(m), rs), month("2025-01"),
                "2025-02-01");
        assertEquals(kwh("117.5"), period(c, "2025-01"));
        assertEquals(4, c.averages().get(0).months().size());
    }

    @Test
    void meter_in_service_under_three_months_gets_the_normative_354_p59_1() {
        // LEGAL §3: less than 3 months of readings — the normative, 2 residents × 80 kWh, no coefficient
        Meter m = meter("E3", Resource.ELECTRICITY, 6, "2024-10-31");
        List<Reading> rs = List.of(consumer(m, "2024-10-31", "0"), consumer(m, "2024-11-30", "100"),
                consumer(m, "2024-12-31", "210"));
        ServiceInputs in = withNormative(inputs(Resource.ELECTRICITY, List.of(m), rs), premise(2, "2024-01-01"), "80");
        ServiceConsumption c = computeChecked(in, month("2025-01"), "2025-02-01");
        assertEquals(kwh("160"), period(c, "2025-01"));
        DayBasis b = basis(c, "2025-01-10");
        assertEquals(DayBasis.Kind.NORMATIVE, b.kind());
        assertFalse(b.increasingCoefficient());
        assertEquals(org.raschet.core.protocol.LegalRefs.RULES_354_P59_1, b.source());
        assertFalse(c.averages().get(0).available());
    }

    @Test
    void no_readings_for_seven_periods_six_by_average_then_normative_without_coefficient_354_p59_b_p60() {
        ServiceInputs in = withNormative(inputs(Resource.ELECTRICITY, List.of(E1), history(E1)),
                premise(2, "2024-01-01"), "80");
        ServiceConsumption c = computeChecked(in, months("2025-01", "2025-07"), "2025-08-05");
        for (String mo : List.of("2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06")) {
            assertEquals(kwh("133.333333"), period(c, mo), mo);
        }
        assertEquals(6, basis(c, "2025-06-30").period());
        assertEquals(kwh("160"), period(c, "2025-07"));
        DayBasis july = basis(c, "2025-07-01");
        assertEquals(DayBasis.Kind.NORMATIVE, july.kind());
        assertEquals(7, july.period());
        assertTrue(july.beyondLimit());
        assertFalse(july.increasingCoefficient());
        assertEquals(org.raschet.core.protocol.LegalRefs.RULES_354_P60, july.source());
        assertTrue(c.flags().stream().anyMatch(f -> f.kind() == AnomalyKind.LONG_GAP));
    }

    @Test
    void owners_water_meter_past_verification_three_by_average_then_normative_with_coefficient_354_p59_a_p60() {
        // LEGAL §3: the owner must replace a water meter; its verification expired 31.12.2024 (354 p.81(12))
        Meter w = meter("W1", Resource.COLD_WATER, 5, "2024-06-30").withVerificationDue(d("2024-12-31"));
        List<Reading> rs = new ArrayList<>(List.of(consumer(w, "2024-06-30", "0")));
        rs.addAll(monthEnds(w, "2024-07", "10", "22", "33", "42", "52", "60"));
        Reading afterExpiry = consumer(w, "2025-02-15", "75");
        rs.add(afterExpiry);
        ServiceInputs in = withNormative(inputs(Resource.COLD_WATER, List.of(w), rs), premise(3, "2024-01-01"), "4.5");
        ServiceConsumption c = computeChecked(in, months("2025-01", "2025-04"), "2025-05-01");
        for (String mo : List.of("2025-01", "2025-02", "2025-03")) {
            assertEquals(q(Resource.COLD_WATER, "10"), period(c, mo), mo);
            assertEquals(Optional.of(ForecastCase.OUT_OF_ORDER), basis(c, mo + "-10").forecastCase());
        }
        assertEquals(q(Resource.COLD_WATER, "13.5"), period(c, "2025-04"));
        DayBasis april = basis(c, "2025-04-01");
        assertEquals(DayBasis.Kind.NORMATIVE, april.kind());
        assertTrue(april.increasingCoefficient());
        assertEquals(4, april.period());
        assertEquals(q(Resource.COLD_WATER, "13.5"), c.period(ym("2025-04"), Register.TOTAL).orElseThrow()
                .normativeIncreased());
        // the reading of an expired meter is not a basis for billing, and stays visible
        assertEquals(ReadingStatus.METER_OUT_OF_ORDER, c.readings().stream()
                .filter(o -> o.reading().equals(afterExpiry)).findFirst().orElseThrow().status());
        assertTrue(c.flags().stream().anyMatch(f -> f.kind() == AnomalyKind.VERIFICATION_OVERDUE));
    }

    @Test
    void electricity_meter_past_verification_keeps_the_average_until_replaced_354_p59_g() {
        // LEGAL §3: a household electricity meter is replaced by the supplier (522-ФЗ): the average, no limit
        Meter old = E1.withVerificationDue(d("2024-12-31")).withRemoved(d("2025-06-10"));
        Meter fresh = meter("E9", Resource.ELECTRICITY, 6, "2025-06-10");
        List<Reading> rs = new ArrayList<>(history(E1));
        rs.add(consumer(fresh, "2025-06-10", "0"));
        rs.add(consumer(fresh, "2025-06-30", "50"));
        ServiceConsumption c = computeChecked(inputs(Resource.ELECTRICITY, List.of(old, fresh), rs),
                months("2025-01", "2025-06"), "2025-07-01");
        for (String mo : List.of("2025-01", "2025-02", "2025-03", "2025-04", "2025-05")) {
            assertEquals(kwh("133.333333"), period(c, mo), mo);
            DayBasis b = basis(c, mo + "-15");
            assertEquals(Optional.of(ForecastCase.SUPPLIER_REPLACEMENT), b.forecastCase());
            assertEquals(DayBasis.Kind.AVERAGE, b.kind());
        }
        assertEquals(5, basis(c, "2025-05-01").period());
        // June: days 1–10 by the average, round(133.333333 × 10 / 30, 6) = 44.444444; then the new meter, 50
        assertEquals(kwh("94.444444"), period(c, "2025-06"));
        assertEquals(DayBasis.Kind.ACTUAL, basis(c, "2025-06-11").kind());
        assertEquals(Optional.of(Fx.id("E9")), basis(c, "2025-06-11").meter());
    }

    @Test
    void no_access_for_four_periods_three_by_average_then_normative_with_coefficient_354_p59_c_p60_1() {
        Meter m = E1.withEvent(MeterEvent.of(d("2024-12-31"), MeterEvent.Kind.ACCESS_REFUSED));
        List<Reading> rs = new ArrayList<>(history(E1));
        Reading duringRefusal = consumer(E1, "2025-02-20", "1100");
        rs.add(duringRefusal);
        ServiceInputs in = withNormative(inputs(Resource.ELECTRICITY, List.of(m), rs), premise(2, "2024-01-01"), "80");
        ServiceConsumption c = computeChecked(in, months("2025-01", "2025-04"), "2025-05-01");
        for (String mo : List.of("2025-01", "2025-02", "2025-03")) {
            assertEquals(kwh("133.333333"), period(c, mo), mo);
            assertEquals(Optional.of(ForecastCase.NO_ACCESS), basis(c, mo + "-05").forecastCase());
        }
        assertEquals(kwh("160"), period(c, "2025-04"));
        assertTrue(basis(c, "2025-04-30").increasingCoefficient());
        assertEquals(ReadingStatus.ACCESS_REFUSED, c.readings().stream()
                .filter(o -> o.reading().equals(duringRefusal)).findFirst().orElseThrow().status());
    }

    static final List<BilledVolume> BILLED_BY_AVERAGE = List.of(
            BilledVolume.original(Fx.ACCOUNT, Resource.ELECTRICITY, ym("2025-01"), Register.TOTAL, false,
                    kwh("133.333333")),
            BilledVolume.original(Fx.ACCOUNT, Resource.ELECTRICITY, ym("2025-02"), Register.TOTAL, false,
                    kwh("133.333333")),
            BilledVolume.original(Fx.ACCOUNT, Resource.ELECTRICITY, ym("2025-03"), Register.TOTAL, false,
                    kwh("133.333333")));

    @Test
    void late_reading_corrects_three_forecast_months_mode_a_354_p61() {
        // LEGAL §4 (A): the reading of 31.03.2025, known 02.04.2025, shows 500 kWh over 90 days (01.01–31.03);
        // January = round(500·31/90, 6) = 172.222222, February = round(500·59/90, 6) − 172.222222 = 155.555556,
        // March = 500 − 327.777778 = 172.222222; billed 133.333333 each.
        List<Reading> rs = new ArrayList<>(history(E1));
        rs.add(consumer(E1, "2025-03-31", "1390").withKnownOn(d("2025-04-02")));
        ServiceInputs in = inputs(Resource.ELECTRICITY, List.of(E1), rs);
        ServiceConsumption before = computeChecked(in, months("2025-01", "2025-03"), "2025-04-01");
        assertEquals(kwh("133.333333"), period(before, "2025-03"));
        ServiceConsumption now = computeChecked(in, months("2025-01", "2025-03"), "2025-04-05");
        assertEquals(kwh("172.222222"), period(now, "2025-01"));
        assertEquals(kwh("155.555556"), period(now, "2025-02"));
        assertEquals(kwh("172.222222"), period(now, "2025-03"));
        List<VolumeCorrection> cs = Recalculation.corrections(now, BILLED_BY_AVERAGE, RecalculationMode.PER_PERIOD,
                ym("2025-04"), Optional.empty(), ProtocolSink.NONE);
        assertEquals(3, cs.size());
        assertEquals(kwh("38.888889"), cs.get(0).quantity());
        assertEquals(ym("2025-01"), cs.get(0).period());
        assertEquals(kwh("22.222223"), cs.get(1).quantity());
        assertEquals(kwh("38.888889"), cs.get(2).quantity());
        assertEquals(ym("2025-04"), cs.get(2).issuedIn());
        List<BilledVolume> all = new ArrayList<>(BILLED_BY_AVERAGE);
        cs.forEach(x -> all.add(x.asBilled()));
        assertEquals(List.of(), Recalculation.corrections(now, all, RecalculationMode.PER_PERIOD, ym("2025-04"),
                Optional.empty(), ProtocolSink.NONE));
    }

    @Test
    void late_control_reading_puts_the_whole_difference_in_the_check_period_mode_b_354_p61() {
        // LEGAL §4 (B): the supplier's check of 31.03.2025; the whole difference 500 − 3 × 133.333333 = 100.000001
        List<Reading> rs = new ArrayList<>(history(E1));
        rs.add(control(E1, "2025-03-31", "1390").withKnownOn(d("2025-04-02")));
        ServiceConsumption now = computeChecked(inputs(Resource.ELECTRICITY, List.of(E1), rs),
                months("2025-01", "2025-03"), "2025-04-05");
        assertEquals(Optional.of(ym("2025-03")), now.latestCheckPeriod());
        org.raschet.core.protocol.ProtocolRecorder rec = new org.raschet.core.protocol.ProtocolRecorder();
        List<VolumeCorrection> cs = Recalculation.corrections(now, BILLED_BY_AVERAGE,
                RecalculationMode.IN_CHECK_PERIOD, ym("2025-04"), Optional.empty(), rec);
        assertEquals(1, cs.size());
        assertEquals(kwh("100.000001"), cs.get(0).quantity());
        assertEquals(ym("2025-03"), cs.get(0).period());
        assertEquals(List.of(ym("2025-01"), ym("2025-02"), ym("2025-03")), cs.get(0).periodsCorrected());
        assertEquals(List.of(), StepCheck.failures(rec.protocol()));
        List<BilledVolume> all = new ArrayList<>(BILLED_BY_AVERAGE);
        all.add(cs.get(0).asBilled());
        assertEquals(List.of(), Recalculation.corrections(now, all, RecalculationMode.IN_CHECK_PERIOD,
                ym("2025-04"), Optional.empty(), ProtocolSink.NONE));
    }

    @Test
    void mode_b_ignores_a_control_reading_dated_before_the_periods_it_would_correct_354_p61() {
        // LEGAL §4 (B): the only control reading is the installation act of 31.05.2024; it found nothing about
        // January–March 2025, so it is not "the period of the check" and mode B needs the check period as input
        Meter m = meter("E9", Resource.ELECTRICITY, 6, "2024-05-31");
        List<Reading> rs = new ArrayList<>(List.of(control(m, "2024-05-31", "0")));
        rs.addAll(monthEnds(m, "2024-06", "90", "190", "340", "460", "590", "730", "890"));
        rs.add(consumer(m, "2025-03-31", "1390").withKnownOn(d("2025-04-02")));
        ServiceConsumption now = computeChecked(inputs(Resource.ELECTRICITY, List.of(m), rs),
                months("2025-01", "2025-03"), "2025-04-05");
        assertEquals(Optional.of(ym("2024-05")), now.latestCheckPeriod());
        org.raschet.core.error.MissingPolicyInputException e = assertThrows(
                org.raschet.core.error.MissingPolicyInputException.class,
                () -> Recalculation.corrections(now, BILLED_BY_AVERAGE, RecalculationMode.IN_CHECK_PERIOD,
                        ym("2025-04"), Optional.empty(), ProtocolSink.NONE));
        assertEquals(ErrorCode.POLICY_INPUT_MISSING, e.code());
        assertTrue(e.getMessage().contains("2025-01"), e.getMessage());
        // given explicitly, the check period is taken as it is: 500 − 3 × 133.333333 = 100.000001 in April
        List<VolumeCorrection> cs = Recalculation.corrections(now, BILLED_BY_AVERAGE,
                RecalculationMode.IN_CHECK_PERIOD, ym("2025-04"), Optional.of(ym("2025-04")), ProtocolSink.NONE);
        assertEquals(1, cs.size());
        assertEquals(kwh("100.000001"), cs.get(0).quantity());
        assertEquals(ym("2025-04"), cs.get(0).period());
    }

    @Test
    void control_reading_lower_than_the_consumers_last_overrules_it_legal_4_354_p82_85() {
        Meter m = meter("E4", Resource.ELECTRICITY, 6, "2024-12-31");
        Reading tooHigh = consumer(m, "2025-02-20", "2100");
        Reading check = control(m, "2025-02-25", "2050");
        List<Reading> rs = List.of(consumer(m, "2024-12-31", "1800"), consumer(m, "2025-01-31", "2000"), tooHigh,
                check);
        ServiceConsumption c = computeChecked(inputs(Resource.ELECTRICITY, List.of(m), rs),
                LocalDateRange.of(d("2025-02-01"), d("2025-02-26")), "2025-02-26");
        // the interval 31.01 → 25.02 (the control reading): 50 kWh over 25 days
        assertEquals(kwh("50"), c.total());
        ReadingOutcome o = c.readings().stream().filter(x -> x.reading().equals(tooHigh)).findFirst().orElseThrow();
        assertEquals(ReadingStatus.OVERRULED, o.status());
        assertEquals(Optional.of(check), o.by());
        assertTrue(c.flags().stream().anyMatch(f -> f.kind() == AnomalyKind.READING_OVERRULED));
        // as known before the check, the consumer's reading was accepted
        ServiceConsumption before = compute(inputs(Resource.ELECTRICITY, List.of(m), rs),
                LocalDateRange.of(d("2025-02-01"), d("2025-02-21")), "2025-02-21");
        assertEquals(kwh("100"), before.total());
    }

    @Test
    void unexplained_decrease_is_an_error_naming_meter_date_and_both_values() {
        Meter m = meter("E5", Resource.ELECTRICITY, 6, "2024-12-31");
        List<Reading> rs = List.of(consumer(m, "2024-12-31", "1800"), consumer(m, "2025-01-31", "2000"),
                consumer(m, "2025-02-28", "1990"));
        ReadingException e = assertThrows(ReadingException.class, () -> compute(
                inputs(Resource.ELECTRICITY, List.of(m), rs), month("2025-02"), "2025-03-01"));
        assertEquals(ErrorCode.READING_DECREASE, e.code());
        assertTrue(e.getMessage().contains("meter E5"), e.getMessage());
        assertTrue(e.getMessage().contains("2025-02-28"), e.getMessage());
        assertTrue(e.getMessage().contains("1990.000000 kWh") && e.getMessage().contains("2000.000000 kWh"),
                e.getMessage());
    }

    @Test
    void replacement_mid_month_old_meter_closes_new_one_opens_legal_2() {
        // old meter: 28.02 → 15.03 (removal reading) 150 kWh; new: 15.03 (installation) → 31.03 100 kWh
        Meter old = meter("M1", Resource.ELECTRICITY, 6, "2025-01-31").withRemoved(d("2025-03-15"));
        Meter fresh = meter("M2", Resource.ELECTRICITY, 6, "2025-03-15");
        List<Reading> rs = List.of(consumer(old, "2025-01-31", "1000"), consumer(old, "2025-02-28", "1100"),
                consumer(old, "2025-03-15", "1250"), consumer(fresh, "2025-03-15", "5"),
                consumer(fresh, "2025-03-31", "105"));
        ServiceConsumption c = computeChecked(inputs(Resource.ELECTRICITY, List.of(fresh, old), rs), month("2025-03"),
                "2025-04-01");
        assertEquals(kwh("250"), period(c, "2025-03"));
        RegisterDays t = c.register(Register.TOTAL).orElseThrow();
        assertEquals(kwh("10"), t.volumeOn(d("2025-03-15")));
        assertEquals(kwh("6.25"), t.volumeOn(d("2025-03-16")));
        assertEquals(Optional.of(Fx.id("M1")), t.basisOn(d("2025-03-15")).meter());
        assertEquals(Optional.of(Fx.id("M2")), t.basisOn(d("2025-03-16")).meter());
    }

    @Test
    void rollover_of_a_four_digit_register_legal_2() {
        // LEGAL §2: V = later + 10^4 − earlier = 50 + 10000 − 9950 = 100
        Meter m = meter("R4", Resource.ELECTRICITY, 4, "2024-12-31");
        List<Reading> rs = List.of(consumer(m, "2024-12-31", "9950"), consumer(m, "2025-01-31", "50"));
        ServiceConsumption c = computeChecked(inputs(Resource.ELECTRICITY, List.of(m), rs), month("2025-01"),
                "2025-02-01");
        assertEquals(kwh("100"), period(c, "2025-01"));
        assertTrue(c.intervals().get(0).rolledOver());
        assertThrows(ReadingException.class, () -> PerDayConsumption.compute(
                inputs(Resource.ELECTRICITY, List.of(m), rs), month("2025-01"), d("2025-02-01"),
                ConsumptionPolicies.FEDERAL.withRollover(RolloverPolicy.NEVER), ProtocolSink.NONE));
    }

    @Test
    void transformer_ratio_multiplies_the_difference_354_app2_f1() {
        // LEGAL §2: V = (103.0 − 100.5) × 40 = 100 kWh
        Meter m = meter("K40", Resource.ELECTRICITY, 6, "2024-12-31").withRatio(40);
        List<Reading> rs = List.of(consumer(m, "2024-12-31", "100.5"), consumer(m, "2025-01-31", "103"));
        ServiceConsumption c = computeChecked(inputs(Resource.ELECTRICITY, List.of(m), rs), month("2025-01"),
                "2025-02-01");
        assertEquals(kwh("100"), period(c, "2025-01"));
    }

    @Test
    void move_in_mid_month_normative_by_residents_each_day_354_app2_f4() {
        // LEGAL §5: no meter; N = 100 kWh per resident per month; 1 resident on 1–15 January, 3 from the 16th:
        // 1 × round(100·15/31, 6) + 3 × (100 − round(100·15/31, 6)) = 48.387097 + 154.838709 = 203.225806
        Premise p = new Premise(AccountId.of("A1"), HouseId.of("H1"), Area.of("40"), true,
                Timeline.of(Map.of(d("2025-01-01"), 1, d("2025-01-16"), 3)), "urban");
        ServiceInputs in = inputs(Resource.ELECTRICITY, List.of(), List.of())
                .withNormative(p, Timeline.from(d("2024-01-01"), kwh("100")));
        ServiceConsumption c = computeChecked(in, month("2025-01"), "2025-02-01");
        assertEquals(kwh("203.225806"), period(c, "2025-01"));
        // day 16: 3 × (round(100·16/31, 6) − round(100·15/31, 6)) = 3 × 3.225806
        assertEquals(kwh("9.677418"), c.register(Register.TOTAL).orElseThrow().volumeOn(d("2025-01-16")));
        DayBasis b = basis(c, "2025-01-20");
        assertEquals(Optional.of(ForecastCase.NO_METER), b.forecastCase());
        assertTrue(b.increasingCoefficient());
    }

    @Test
    void readings_not_yet_known_are_listed_not_used() {
        List<Reading> rs = new ArrayList<>(history(E1));
        Reading late = consumer(E1, "2025-01-31", "1000").withKnownOn(d("2025-03-01"));
        rs.add(late);
        ServiceConsumption c = compute(inputs(Resource.ELECTRICITY, List.of(E1), rs), month("2025-01"),
                "2025-02-05");
        assertEquals(kwh("133.333333"), period(c, "2025-01"));
        assertEquals(ReadingStatus.NOT_YET_KNOWN, c.readings().stream().filter(o -> o.reading().equals(late))
                .findFirst().orElseThrow().status());
    }

    @Test
    void jump_flag_compares_the_interval_with_its_history() {
        // history Jul–Dec: 800 kWh over 184 days; January 31 days: E = round(800·31/184, 6) = 134.782609;
        // V = 500: q = round(500·100/134.782609, 2) = 370.97 % > 300 %
        List<Reading> rs = new ArrayList<>(history(E1));
        rs.add(consumer(E1, "2025-01-31", "1390"));
        ServiceConsumption c = computeChecked(inputs(Resource.ELECTRICITY, List.of(E1), rs), month("2025-01"),
                "2025-02-01");
        AnomalyFlag f = c.flags().stream().filter(x -> x.kind() == AnomalyKind.JUMP).findFirst().orElseThrow();
        assertEquals(new java.math.BigDecimal("134.782609"), f.figures().get(1).value());
        assertEquals(new java.math.BigDecimal("370.97"), f.figures().get(2).value());
    }

    @Test
    void zoned_meter_registers_are_each_on_their_own_legal_2() {
        Meter z = meter("Z2", Resource.ELECTRICITY, 6, "2024-12-31").withRegisters(
                org.raschet.core.meter.RegisterSet.TWO_ZONE);
        List<Reading> rs = List.of(
                Reading.of(z.id(), Register.DAY, d("2024-12-31"), kwh("100"), ReadingSource.REMOTE),
                Reading.of(z.id(), Register.NIGHT, d("2024-12-31"), kwh("50"), ReadingSource.REMOTE),
                Reading.of(z.id(), Register.DAY, d("2025-01-31"), kwh("162"), ReadingSource.REMOTE),
                Reading.of(z.id(), Register.NIGHT, d("2025-01-31"), kwh("81"), ReadingSource.REMOTE));
        ServiceConsumption c = computeChecked(inputs(Resource.ELECTRICITY, List.of(z), rs), month("2025-01"),
                "2025-02-01");
        assertEquals(kwh("62"), c.period(ym("2025-01"), Register.DAY).orElseThrow().total());
        assertEquals(kwh("31"), c.period(ym("2025-01"), Register.NIGHT).orElseThrow().total());
        assertEquals(kwh("2"), c.register(Register.DAY).orElseThrow().volumeOn(LocalDate.parse("2025-01-05")));
    }

    @Test
    void a_later_known_reading_of_the_same_day_and_rank_supersedes_an_equal_rank_one_legal_4() {
        Meter m = meter("E6", Resource.ELECTRICITY, 6, "2024-12-31");
        Reading sms = reading(m, "2025-01-31", "2000", ReadingSource.CONSUMER_SMS);
        Reading corrected = reading(m, "2025-01-31", "2010", ReadingSource.CONSUMER_WEB).withKnownOn(d("2025-02-02"));
        List<Reading> rs = List.of(consumer(m, "2024-12-31", "1800"), sms, corrected);
        ServiceConsumption c = computeChecked(inputs(Resource.ELECTRICITY, List.of(m), rs), month("2025-01"),
                "2025-02-03");
        assertEquals(kwh("210"), period(c, "2025-01"));
        assertEquals(ReadingStatus.SUPERSEDED, c.readings().stream().filter(o -> o.reading().equals(sms))
                .findFirst().orElseThrow().status());
        // the same two readings known on one date cannot be ordered: a typed conflict naming both values
        List<Reading> clash = List.of(consumer(m, "2024-12-31", "1800"), sms, corrected.withKnownOn(sms.knownOn()));
        ReadingException e = assertThrows(ReadingException.class, () -> compute(
                inputs(Resource.ELECTRICITY, List.of(m), clash), month("2025-01"), "2025-02-03"));
        assertEquals(ErrorCode.READING_CONFLICT, e.code());
        assertTrue(e.getMessage().contains("2000.000000 kWh") && e.getMessage().contains("2010.000000 kWh"),
                e.getMessage());
    }

    private static Reading reading(Meter m, String date, String value, ReadingSource source) {
        return Fx.reading(m, date, value, source);
    }
}
