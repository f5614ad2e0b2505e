package org.raschet.core.consumption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raschet.core.consumption.Fx.basis;
import static org.raschet.core.consumption.Fx.computeChecked;
import static org.raschet.core.consumption.Fx.consumer;
import static org.raschet.core.consumption.Fx.d;
import static org.raschet.core.consumption.Fx.inputs;
import static org.raschet.core.consumption.Fx.kwh;
import static org.raschet.core.consumption.Fx.meter;
import static org.raschet.core.consumption.Fx.monthEnds;
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
import org.raschet.core.account.AccountId;
import org.raschet.core.account.HouseId;
import org.raschet.core.account.Premise;
import org.raschet.core.meter.Meter;
import org.raschet.core.meter.MeterEvent;
import org.raschet.core.meter.Reading;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.LegalRefs;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.protocol.TextRenderer;
import org.raschet.core.quantity.Area;
import org.raschet.core.quantity.Resource;
import org.raschet.core.time.Timeline;

/**
 * 354 p.60(3) (LEGAL §3): two refused accesses to install or check an electricity meter — the normative × 1.5 from
 * the billing period of the second refusal act; and the limit of case p.59(a) for a non-residential premise (LEGAL
 * §3: 2 periods, "check"; a {@link ForecastRules} choice).
 */
class RepeatedRefusalTest {
    static final Meter E1 = PerDayConsumptionTest.E1;

    static ServiceInputs refusedTwice(Meter m) {
        List<Reading> rs = new ArrayList<>(PerDayConsumptionTest.history(E1));
        return withNormative(inputs(m.resource(), List.of(m), rs), premise(2, "2024-01-01"), "80");
    }

    static Meter refusals(Meter m) {
        return m.withEvent(MeterEvent.of(d("2024-12-31"), MeterEvent.Kind.ACCESS_REFUSED))
                .withEvent(new MeterEvent(d("2025-02-14"), MeterEvent.Kind.ACCESS_REFUSED, Optional.of("АН-2")))
                .withEvent(MeterEvent.of(d("2025-03-20"), MeterEvent.Kind.ACCESS_GRANTED));
    }

    @Test
    void second_refused_check_bills_the_normative_with_coefficient_from_its_period_354_p60_3() {
        // first refusal 31.12.2024: January by the average, p.59(c), period 1 of 3 (133.333333, see PerDayConsumptionTest)
        // second refusal 14.02.2025: from 01.02.2025 the normative 2 × 80 = 160 kWh, class p.60(3)
        // access granted 20.03.2025: 01–20.03 by the normative: 2 × round(80 × 20 / 31, 6) = 103.225806;
        // 21–31.03 back to p.59(b) (last reading 31.12.2024, period 3 of 6) by the average:
        // 133.333333 − round(133.333333 × 20 / 31, 6) = 47.311828; March = 150.537634
        ServiceConsumption c = computeChecked(refusedTwice(refusals(E1)), months("2025-01", "2025-03"), "2025-04-01");
        assertEquals(kwh("133.333333"), period(c, "2025-01"));
        assertEquals(Optional.of(ForecastCase.NO_ACCESS), basis(c, "2025-01-31").forecastCase());
        assertEquals(kwh("160"), period(c, "2025-02"));
        DayBasis feb = basis(c, "2025-02-01");
        assertEquals(DayBasis.Kind.NORMATIVE, feb.kind());
        assertEquals(Optional.of(ForecastCase.REPEATED_REFUSAL), feb.forecastCase());
        assertTrue(feb.refusalCoefficient());
        assertFalse(feb.increasingCoefficient());
        assertEquals(CoefficientClass.REPEATED_REFUSAL, feb.coefficientClass());
        assertEquals(LegalRefs.RULES_354_P60_3, feb.source());
        assertEquals(1, feb.period());
        assertTrue(feb.describeRu().contains("п. 60(3)") && feb.describeRu().contains("повторный недопуск"),
                feb.describeRu());
        PeriodVolume february = c.period(ym("2025-02"), Register.TOTAL).orElseThrow();
        assertEquals(kwh("160"), february.normativeRefusal());
        assertEquals(kwh("0"), february.normativeIncreased());
        assertEquals(kwh("160"), february.inClass(CoefficientClass.REPEATED_REFUSAL));
        assertEquals(kwh("0"), february.inClass(false));
        assertEquals(kwh("150.537634"), period(c, "2025-03"));
        assertEquals(kwh("103.225806"), c.period(ym("2025-03"), Register.TOTAL).orElseThrow().normativeRefusal());
        assertEquals(2, basis(c, "2025-03-20").period());
        assertEquals(Optional.of(ForecastCase.NO_READINGS), basis(c, "2025-03-21").forecastCase());
    }

    @Test
    void the_protocol_names_the_act_and_the_coefficient() {
        ProtocolRecorder rec = new ProtocolRecorder();
        PerDayConsumption.compute(refusedTwice(refusals(E1)), months("2025-02", "2025-02"), d("2025-03-01"),
                ConsumptionPolicies.FEDERAL, rec);
        String text = TextRenderer.render(rec.protocol(), Language.RU);
        assertTrue(text.contains("коэффициент 1,5 за повторный недопуск к прибору учёта (Правила № 354, п. 60(3));"
                + " акт о повторном недопуске от 14.02.2025 № АН-2"), text);
        assertTrue(text.contains("политика: после 2-го недопуска к установке или проверке прибора учёта электрической"
                + " энергии — норматив с коэффициентом 1,5"), text);
        assertEquals(List.of(), StepCheck.failures(rec.protocol()));
    }

    @Test
    void the_rule_is_for_electricity_and_a_policy_can_turn_it_off() {
        // a water meter refused twice: still p.59(c), January–March by the average (3 periods)
        Meter w = refusals(meter("W7", Resource.COLD_WATER, 5, "2024-05-31"));
        List<Reading> rs = new ArrayList<>(List.of(consumer(w, "2024-05-31", "0")));
        rs.addAll(monthEnds(w, "2024-06", "9", "19", "29", "39", "49", "59", "69"));
        ServiceInputs water = withNormative(inputs(Resource.COLD_WATER, List.of(w), rs), premise(2, "2024-01-01"),
                "4");
        ServiceConsumption c = computeChecked(water, months("2025-02", "2025-02"), "2025-03-01");
        assertEquals(q(Resource.COLD_WATER, "10"), period(c, "2025-02"));
        assertEquals(Optional.of(ForecastCase.NO_ACCESS), basis(c, "2025-02-10").forecastCase());
        // policy: repeated refusals never apply (0)
        ForecastRules off = new ForecastRules("no-p60-3", 6, 3, 3, 6, 3, true, false, true, true, 2, 0);
        ServiceConsumption e = computeChecked(refusedTwice(refusals(E1)), months("2025-02", "2025-02"),
                "2025-03-01", ConsumptionPolicies.FEDERAL.withForecast(off));
        assertEquals(kwh("133.333333"), period(e, "2025-02"));
    }

    @Test
    void two_refused_installations_without_a_meter_354_p60_3_until_the_meter_is_installed() {
        // no meter: January by the normative of formula 4 with the increasing coefficient (1 × 100 kWh);
        // refused access to install a meter 10.01 and 05.02.2025 (acts of the service, not of a meter): from 01.02
        // class p.60(3);
        // a meter installed 15.04.2025 gives access: 01–15.04 class p.60(3), round(100 × 15 / 30, 6) = 50;
        // 16–30.04 the new meter has no history: the normative of p.59(1) without coefficient, 50
        Meter fresh = meter("N1", Resource.ELECTRICITY, 6, "2025-04-15");
        ServiceInputs in = inputs(Resource.ELECTRICITY, List.of(fresh), List.of(consumer(fresh, "2025-04-15", "0")))
                .withNormative(premise(1, "2024-01-01"), Timeline.from(d("2024-01-01"), kwh("100")))
                .withServiceEvent(MeterEvent.of(d("2025-01-10"), MeterEvent.Kind.ACCESS_REFUSED))
                .withServiceEvent(MeterEvent.of(d("2025-02-05"), MeterEvent.Kind.ACCESS_REFUSED));
        ServiceConsumption c = computeChecked(in, months("2025-01", "2025-04"), "2025-05-01");
        assertEquals(CoefficientClass.INCREASING, basis(c, "2025-01-31").coefficientClass());
        assertEquals(kwh("100"), c.period(ym("2025-01"), Register.TOTAL).orElseThrow().normativeIncreased());
        for (String mo : List.of("2025-02", "2025-03")) {
            assertEquals(kwh("100"), c.period(ym(mo), Register.TOTAL).orElseThrow().normativeRefusal(), mo);
        }
        PeriodVolume april = c.period(ym("2025-04"), Register.TOTAL).orElseThrow();
        assertEquals(kwh("50"), april.normativeRefusal());
        assertEquals(kwh("50"), april.inClass(CoefficientClass.NONE));
        assertEquals(LegalRefs.RULES_354_P59_1, basis(c, "2025-04-16").source());
        // as known before the second act, February was by formula 4 with the increasing coefficient
        ServiceConsumption before = computeChecked(in, months("2025-01", "2025-01"), "2025-02-01");
        assertEquals(CoefficientClass.INCREASING, basis(before, "2025-01-31").coefficientClass());
    }

    @Test
    void recalculation_keeps_the_refusal_class_apart_354_p61_p60_3() {
        // February was billed by the average (133.333333, no coefficient); as known now it is 160 kWh of class
        // p.60(3): the correction is −133.333333 with no coefficient and +160 in class p.60(3)
        ServiceConsumption now = computeChecked(refusedTwice(refusals(E1)), months("2025-02", "2025-02"),
                "2025-03-01");
        List<BilledVolume> billed = List.of(BilledVolume.original(Fx.ACCOUNT, Resource.ELECTRICITY, ym("2025-02"),
                Register.TOTAL, CoefficientClass.NONE, kwh("133.333333")));
        List<VolumeCorrection> cs = Recalculation.corrections(now, billed, RecalculationMode.PER_PERIOD, ym("2025-03"),
                Optional.empty(), ProtocolSink.NONE);
        assertEquals(2, cs.size());
        assertEquals(kwh("-133.333333"), cs.get(0).quantity());
        assertEquals(CoefficientClass.NONE, cs.get(0).coefficientClass());
        assertEquals(kwh("160"), cs.get(1).quantity());
        assertEquals(CoefficientClass.REPEATED_REFUSAL, cs.get(1).coefficientClass());
        assertTrue(cs.get(1).refusalCoefficient());
        List<BilledVolume> all = new ArrayList<>(billed);
        cs.forEach(x -> all.add(x.asBilled()));
        assertEquals(List.of(), Recalculation.corrections(now, all, RecalculationMode.PER_PERIOD, ym("2025-03"),
                Optional.empty(), ProtocolSink.NONE));
    }

    @Test
    void the_federal_forecast_constants_agree_whatever_is_initialised_first() {
        // ForecastPolicy has default methods: ForecastRules and ForecastPolicy each build the federal rules
        assertEquals(ForecastRules.FEDERAL, ForecastPolicy.FEDERAL);
        assertEquals(ForecastRules.FEDERAL, ConsumptionPolicies.FEDERAL.forecast());
        assertEquals(2, ForecastPolicy.FEDERAL.repeatedRefusals());
        assertEquals(new java.math.BigDecimal("1.5"), ForecastPolicy.REPEATED_REFUSAL_COEFFICIENT);
    }

    static Premise shop(int residents) {
        return new Premise(AccountId.of("A1"), HouseId.of("H1"), Area.of("80"), false,
                Timeline.of(Map.of(d("2024-01-01"), residents)), "non-residential");
    }

    @Test
    void owners_meter_in_a_non_residential_premise_two_periods_then_normative_354_p59_a_legal_3() {
        // the water meter of PerDayConsumptionTest (verification expired 31.12.2024, average 10 m³), in a
        // non-residential premise: FEDERAL limits case (a) to 2 periods, so March is by the normative 3 × 4.5
        // with the increasing coefficient; NON_RESIDENTIAL_3 keeps the residential limit of 3
        Meter w = meter("W1", Resource.COLD_WATER, 5, "2024-06-30").withVerificationDue(d("2024-12-31"));
        List<Reading> rs = new ArrayList<>(List.of(consumer(w, "2024-06-30", "0")));
        rs.addAll(monthEnds(w, "2024-07", "10", "22", "33", "42", "52", "60"));
        ServiceInputs in = inputs(Resource.COLD_WATER, List.of(w), rs).withNormative(shop(3),
                Timeline.from(d("2000-01-01"), q(Resource.COLD_WATER, "4.5")));
        ServiceConsumption c = computeChecked(in, months("2025-01", "2025-03"), "2025-04-01");
        assertEquals(q(Resource.COLD_WATER, "10"), period(c, "2025-02"));
        assertEquals(2, basis(c, "2025-02-10").limit());
        assertEquals(q(Resource.COLD_WATER, "13.5"), period(c, "2025-03"));
        assertTrue(basis(c, "2025-03-01").increasingCoefficient());
        assertEquals(ForecastRules.NON_RESIDENTIAL_OUT_OF_ORDER_LIMIT, ForecastRules.FEDERAL.limit(
                ForecastCase.OUT_OF_ORDER, false));
        ServiceConsumption three = computeChecked(in, months("2025-01", "2025-03"), "2025-04-01",
                ConsumptionPolicies.FEDERAL.withForecast(ForecastRules.NON_RESIDENTIAL_3));
        assertEquals(q(Resource.COLD_WATER, "10"), period(three, "2025-03"));
        // the protocol names the non-residential limit where it applied
        ProtocolRecorder rec = new ProtocolRecorder();
        PerDayConsumption.compute(in, months("2025-03", "2025-03"), d("2025-04-01"), ConsumptionPolicies.FEDERAL,
                rec);
        assertTrue(TextRenderer.render(rec.protocol(), Language.RU).contains(
                "политика: в нежилом помещении случай п. 59(а) — не более 2 периодов, затем норматив"));
    }
}
