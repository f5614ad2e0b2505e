package org.raschet.core.consumption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raschet.core.consumption.Fx.basis;
import static org.raschet.core.consumption.Fx.compute;
import static org.raschet.core.consumption.Fx.computeChecked;
import static org.raschet.core.consumption.Fx.consumer;
import static org.raschet.core.consumption.Fx.d;
import static org.raschet.core.consumption.Fx.inputs;
import static org.raschet.core.consumption.Fx.meter;
import static org.raschet.core.consumption.Fx.monthEnds;
import static org.raschet.core.consumption.Fx.month;
import static org.raschet.core.consumption.Fx.months;
import static org.raschet.core.consumption.Fx.period;
import static org.raschet.core.consumption.Fx.premise;
import static org.raschet.core.consumption.Fx.q;
import static org.raschet.core.consumption.Fx.withNormative;
import static org.raschet.core.consumption.Fx.ym;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidMeterException;
import org.raschet.core.meter.Meter;
import org.raschet.core.meter.MeterId;
import org.raschet.core.meter.Reading;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.TextRenderer;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;

/**
 * Several meters of one service in parallel (kitchen and bathroom cold water): the service's volume is the sum of
 * its metering points (354 p.42, App. 2, formula 1 per meter); a missing reading forecasts only its meter (p.59);
 * the normative applies to the whole service, once (p.42, p.59, p.60: it is set per resident for the service, so
 * when one point must go to the normative, the normative replaces every meter rather than being added to the
 * others).
 */
class ParallelMetersTest {
    static final Meter KITCHEN = meter("K1", Resource.COLD_WATER, 5, "2024-06-30");
    static final Meter BATHROOM = meter("B1", Resource.COLD_WATER, 5, "2024-06-30");
    static final Map<MeterId, String> POINTS = Map.of(KITCHEN.id(), "kitchen", BATHROOM.id(), "bathroom");

    /** July–December 2024: kitchen 2 m³ a month, bathroom 4 m³ a month. */
    static List<Reading> history() {
        List<Reading> rs = new ArrayList<>(List.of(consumer(KITCHEN, "2024-06-30", "0"),
                consumer(BATHROOM, "2024-06-30", "0")));
        rs.addAll(monthEnds(KITCHEN, "2024-07", "2", "4", "6", "8", "10", "12"));
        rs.addAll(monthEnds(BATHROOM, "2024-07", "4", "8", "12", "16", "20", "24"));
        return rs;
    }

    static ServiceInputs service(Meter kitchen, List<Reading> rs) {
        return withNormative(inputs(Resource.COLD_WATER, List.of(kitchen, BATHROOM), rs), premise(3, "2024-01-01"),
                "4.5").withMeteringPoints(POINTS);
    }

    static Quantity m3(String v) {
        return q(Resource.COLD_WATER, v);
    }

    @Test
    void the_service_is_the_sum_of_its_meters_354_app2_f1() {
        // January: kitchen 12 → 15 (3 m³), bathroom 24 → 29 (5 m³): 8 m³
        List<Reading> rs = history();
        rs.add(consumer(KITCHEN, "2025-01-31", "15"));
        rs.add(consumer(BATHROOM, "2025-01-31", "29"));
        ServiceConsumption c = computeChecked(service(KITCHEN, rs), month("2025-01"), "2025-02-01");
        assertEquals(m3("8"), period(c, "2025-01"));
        assertEquals(m3("8"), c.period(ym("2025-01"), Register.TOTAL).orElseThrow().actual());
        DayBasis b = basis(c, "2025-01-15");
        assertEquals(DayBasis.Kind.ACTUAL, b.kind());
        assertEquals(Optional.empty(), b.meter(), "by readings of several meters");
        assertEquals(List.of("bathroom", "kitchen"), c.points().stream().map(PointDays::point).toList());
        assertEquals(m3("5"), c.point("bathroom").orElseThrow().register(Register.TOTAL).orElseThrow()
                .sum(month("2025-01")));
        assertEquals(m3("3"), c.point("kitchen").orElseThrow().register(Register.TOTAL).orElseThrow()
                .sum(month("2025-01")));
        assertEquals(List.of(KITCHEN.id()), c.point("kitchen").orElseThrow().meters());
    }

    @Test
    void a_missing_reading_forecasts_only_its_meter_354_p59_b() {
        // no kitchen reading for January: the kitchen's own average (12 / 6 = 2 m³) + the bathroom's 5 m³ = 7
        List<Reading> rs = history();
        rs.add(consumer(BATHROOM, "2025-01-31", "29"));
        ServiceConsumption c = computeChecked(service(KITCHEN, rs), month("2025-01"), "2025-02-01");
        PeriodVolume jan = c.period(ym("2025-01"), Register.TOTAL).orElseThrow();
        assertEquals(m3("7"), jan.total());
        assertEquals(m3("5"), jan.actual());
        assertEquals(m3("2"), jan.average());
        assertEquals(DayBasis.Kind.MIXED, basis(c, "2025-01-15").kind());
        DayBasis kitchen = c.point("kitchen").orElseThrow().register(Register.TOTAL).orElseThrow()
                .basisOn(d("2025-01-15"));
        assertEquals(Optional.of(ForecastCase.NO_READINGS), kitchen.forecastCase());
        assertEquals(Optional.of(KITCHEN.id()), kitchen.meter());
        assertEquals(1, c.averages().size());
        assertEquals(KITCHEN.id(), c.averages().get(0).meter());
    }

    @Test
    void the_normative_replaces_all_meters_once_not_beside_them_354_p59_a_p60() {
        // the kitchen meter's verification expired 31.12.2024 (the owner's water meter, case (a), 3 periods):
        // January–March = kitchen average 2 + bathroom 5 = 7 m³; April: the kitchen is past the limit, and the
        // normative for the whole service, 3 × 4.5 = 13.5 m³ with the increasing coefficient, replaces both meters:
        // the bathroom's 5 m³ are not added (that would count the water of the bathroom twice)
        Meter expired = KITCHEN.withVerificationDue(d("2024-12-31"));
        List<Reading> rs = history();
        rs.addAll(List.of(consumer(BATHROOM, "2025-01-31", "29"), consumer(BATHROOM, "2025-02-28", "34"),
                consumer(BATHROOM, "2025-03-31", "39"), consumer(BATHROOM, "2025-04-30", "44")));
        ServiceConsumption c = computeChecked(service(expired, rs), months("2025-01", "2025-04"), "2025-05-01");
        for (String mo : List.of("2025-01", "2025-02", "2025-03")) {
            assertEquals(m3("7"), period(c, mo), mo);
        }
        PeriodVolume april = c.period(ym("2025-04"), Register.TOTAL).orElseThrow();
        assertEquals(m3("13.5"), april.total());
        assertEquals(m3("13.5"), april.normativeIncreased());
        assertEquals(m3("0"), april.actual());
        DayBasis b = basis(c, "2025-04-10");
        assertEquals(DayBasis.Kind.NORMATIVE, b.kind());
        assertEquals(Optional.of(ForecastCase.OUT_OF_ORDER), b.forecastCase());
        assertEquals(Optional.of(KITCHEN.id()), b.meter(), "the point that caused it");
        for (PointDays p : c.points()) {
            RegisterDays t = p.register(Register.TOTAL).orElseThrow();
            assertEquals(m3("0"), t.sum(month("2025-04")), p.point());
            assertEquals(DayBasis.Kind.NONE, t.basisOn(d("2025-04-10")).kind(), p.point());
        }
        // the bathroom's interval is still measured and shown; it is only not billed
        assertTrue(c.intervals().stream().anyMatch(iv -> iv.meter().equals(BATHROOM.id())
                && iv.later().date().equals(d("2025-04-30")) && iv.volume().equals(m3("5"))));
        ProtocolRecorder rec = new ProtocolRecorder();
        PerDayConsumption.compute(service(expired, rs), month("2025-04"), d("2025-05-01"),
                ConsumptionPolicies.FEDERAL, rec);
        String text = TextRenderer.render(rec.protocol(), Language.RU);
        assertTrue(text.contains("Услуга в целом по нормативу: 13,500000 м³"), text);
        assertTrue(text.contains("норматив применяется к услуге в целом и заменяет показания всех приборов учёта"),
                text);
    }

    @Test
    void points_protocol_sums_its_sections_and_re_evaluates() {
        List<Reading> rs = history();
        rs.add(consumer(BATHROOM, "2025-01-31", "29"));
        ProtocolRecorder rec = new ProtocolRecorder();
        PerDayConsumption.compute(service(KITCHEN, rs), month("2025-01"), d("2025-02-01"),
                ConsumptionPolicies.FEDERAL, rec);
        String text = TextRenderer.render(rec.protocol(), Language.RU);
        assertTrue(text.contains("Точка учёта «bathroom»: 5,000000 м³"), text);
        assertTrue(text.contains("Точка учёта «kitchen»: 2,000000 м³"), text);
        assertTrue(text.contains("S = Sp + Vd = 5,000000 + 2,000000 = 7,000000 м³"), text);
        assertEquals(List.of(), StepCheck.failures(rec.protocol()));
    }

    @Test
    void meters_of_one_point_must_succeed_each_other_and_points_name_given_meters() {
        // the two meters as one point (no map): they overlap, which is an error as before
        ServiceInputs onePoint = withNormative(inputs(Resource.COLD_WATER, List.of(KITCHEN, BATHROOM), history()),
                premise(3, "2024-01-01"), "4.5");
        InvalidMeterException overlap = assertThrows(InvalidMeterException.class,
                () -> compute(onePoint, month("2025-01"), "2025-02-01"));
        assertEquals(ErrorCode.METER_OVERLAP, overlap.code());
        InvalidMeterException unknown = assertThrows(InvalidMeterException.class, () -> compute(
                service(KITCHEN, history()).withMeteringPoints(Map.of(MeterId.of("X9"), "hall")), month("2025-01"),
                "2025-02-01"));
        assertEquals(ErrorCode.METER_INVALID, unknown.code());
        assertTrue(unknown.getMessage().contains("X9") && unknown.getMessage().contains("hall"),
                unknown.getMessage());
    }

    @Test
    void the_verification_overdue_flag_ends_when_the_meter_is_removed_354_p81_12() {
        // the kitchen meter's verification interval expired 31.12.2024 (354 p.81(12): not a metering device from
        // then on); it was removed on 20.04.2025: the flag runs over its overdue days 01.01–20.04.2025 (110 days),
        // not up to the as-known date 05.05.2025 (the meter is no longer in service after its removal)
        Meter w = KITCHEN.withVerificationDue(d("2024-12-31"));
        Meter removed = new Meter(w.id(), w.account(), w.resource(), w.registers(), w.digits(), w.ratio(),
                w.installed(), Optional.of(d("2025-04-20")), w.verificationDue(), w.replacedBySupplier(), w.events());
        ServiceConsumption c = computeChecked(service(removed, history()), months("2025-01", "2025-04"),
                "2025-05-05");
        AnomalyFlag f = c.flags().stream().filter(x -> x.kind() == AnomalyKind.VERIFICATION_OVERDUE).findFirst()
                .orElseThrow();
        assertEquals(d("2025-01-01"), f.days().getStart());
        assertEquals(d("2025-04-21"), f.days().getEnd());
        // 31 + 28 + 31 + 20 = 110 overdue days
        assertEquals(0, new java.math.BigDecimal("110").compareTo(f.figures().get(0).value()));
    }
}
