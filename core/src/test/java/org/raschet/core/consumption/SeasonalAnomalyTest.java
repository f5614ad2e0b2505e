package org.raschet.core.consumption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raschet.core.consumption.Fx.computeChecked;
import static org.raschet.core.consumption.Fx.consumer;
import static org.raschet.core.consumption.Fx.d;
import static org.raschet.core.consumption.Fx.inputs;
import static org.raschet.core.consumption.Fx.meter;
import static org.raschet.core.consumption.Fx.month;
import static org.raschet.core.consumption.Fx.monthEnds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.raschet.core.meter.Meter;
import org.raschet.core.meter.Reading;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.TextRenderer;
import org.raschet.core.quantity.Resource;

/**
 * Anomaly flags against the season (issue 3: "jump (far above the account's own history or season)"): the interval
 * against the same months of the previous year, Es = round(Ss·m/ns, 6), qs = round(V·100/Es, 2), thresholds as
 * parameters ({@link AnomalyThresholds}: 200 % and 50 % by default), the numbers in the flag and the protocol.
 */
class SeasonalAnomalyTest {
    static final Meter M = meter("S1", Resource.ELECTRICITY, 6, "2023-12-31");

    static List<Reading> year2024(String... cumulative) {
        List<Reading> rs = new ArrayList<>(List.of(consumer(M, "2023-12-31", "0")));
        rs.addAll(monthEnds(M, "2024-01", cumulative));
        return rs;
    }

    static List<AnomalyFlag> flags(ServiceConsumption c, AnomalyKind kind) {
        return c.flags().stream().filter(f -> f.kind() == kind).toList();
    }

    @Test
    void a_winter_drop_hidden_by_the_summer_history_is_caught_by_last_january() {
        // 2024 by month: 300, 280, 200, 150, 100, 80, 80, 90, 120, 180, 250, 310; January 2025: 100 kWh.
        // History (the 6 months Jul–Dec): S = 1030 over 184 days, E = round(1030 × 31 / 184, 6) = 173.532609,
        // q = round(100 × 100 / 173.532609, 2) = 57.63 % — not below 30 %, no drop.
        // Season (January 2024): Ss = 300 over 31 days, Es = 300, qs = round(100 × 100 / 300, 2) = 33.33 % < 50 %.
        List<Reading> rs = year2024("300", "580", "780", "930", "1030", "1110", "1190", "1280", "1400", "1580",
                "1830", "2140");
        rs.add(consumer(M, "2025-01-31", "2240"));
        ServiceConsumption c = computeChecked(inputs(Resource.ELECTRICITY, List.of(M), rs), month("2025-01"),
                "2025-02-01");
        assertEquals(List.of(), flags(c, AnomalyKind.DROP));
        AnomalyFlag f = flags(c, AnomalyKind.SEASONAL_DROP).get(0);
        assertEquals(List.of("V", "E", "q", "threshold"), f.figures().stream().map(i -> i.symbol()).toList());
        assertEquals(new BigDecimal("100.000000"), f.figures().get(0).value());
        assertEquals(new BigDecimal("300.000000"), f.figures().get(1).value());
        assertEquals(new BigDecimal("33.33"), f.figures().get(2).value());
        assertEquals(new BigDecimal("50"), f.figures().get(3).value());
        assertEquals(month("2025-01"), f.days());
    }

    @Test
    void a_winter_rise_is_a_jump_against_the_summer_but_not_against_last_winter() {
        // January 2024: 400; July–December: 50 each (S = 300 over 184 days); January 2025: 420.
        // E = round(300 × 31 / 184, 6) = 50.543478, q = round(420 × 100 / 50.543478, 2) = 830.97 % > 300 %: a jump.
        // Es = 400, qs = round(420 × 100 / 400, 2) = 105.00 %: within 50–200 %, no seasonal flag.
        List<Reading> rs = year2024("400", "700", "900", "1000", "1050", "1100", "1150", "1200", "1250", "1300",
                "1350", "1400");
        rs.add(consumer(M, "2025-01-31", "1820"));
        ServiceConsumption c = computeChecked(inputs(Resource.ELECTRICITY, List.of(M), rs), month("2025-01"),
                "2025-02-01");
        AnomalyFlag jump = flags(c, AnomalyKind.JUMP).get(0);
        assertEquals(new BigDecimal("50.543478"), jump.figures().get(1).value());
        assertEquals(new BigDecimal("830.97"), jump.figures().get(2).value());
        assertEquals(List.of(), flags(c, AnomalyKind.SEASONAL_JUMP));
        // with a seasonal threshold of 100 % the same January is a seasonal jump: 105.00 % > 100 %
        ServiceConsumption strict = computeChecked(inputs(Resource.ELECTRICITY, List.of(M), rs), month("2025-01"),
                "2025-02-01", ConsumptionPolicies.FEDERAL.withThresholds(AnomalyThresholds.DEFAULT.withSeasonal(100,
                        50)));
        AnomalyFlag seasonal = flags(strict, AnomalyKind.SEASONAL_JUMP).get(0);
        assertEquals(new BigDecimal("400.000000"), seasonal.figures().get(1).value());
        assertEquals(new BigDecimal("105.00"), seasonal.figures().get(2).value());
    }

    @Test
    void the_protocol_shows_the_months_compared_and_re_evaluates() {
        List<Reading> rs = year2024("300", "580", "780", "930", "1030", "1110", "1190", "1280", "1400", "1580",
                "1830", "2140");
        rs.add(consumer(M, "2025-01-31", "2240"));
        ProtocolRecorder rec = new ProtocolRecorder();
        PerDayConsumption.compute(inputs(Resource.ELECTRICITY, List.of(M), rs), month("2025-01"), d("2025-02-01"),
                ConsumptionPolicies.FEDERAL, rec);
        String text = TextRenderer.render(rec.protocol(), Language.RU);
        assertTrue(text.contains("резкое снижение потребления к тем же месяцам прошлого года: q = 33.33 % < 50 %"
                + " (01.2024)"), text);
        assertTrue(text.contains("те же месяцы прошлого года: 01.2024, 31 дн."), text);
        assertTrue(text.contains("E = round(S × m / nh; 6) = round(300,000000 × 31 / 31; 6) = 300,000000 кВт·ч"),
                text);
        assertEquals(List.of(), StepCheck.failures(rec.protocol()));
    }

    @Test
    void without_a_full_previous_year_there_is_no_seasonal_comparison() {
        // the meter of PerDayConsumptionTest starts in June 2024: January 2024 has no readings
        List<Reading> rs = new ArrayList<>(PerDayConsumptionTest.history(PerDayConsumptionTest.E1));
        rs.add(consumer(PerDayConsumptionTest.E1, "2025-01-31", "1000"));
        ServiceConsumption c = computeChecked(inputs(Resource.ELECTRICITY, List.of(PerDayConsumptionTest.E1), rs),
                month("2025-01"), "2025-02-01");
        assertFalse(c.flags().stream().anyMatch(f -> f.kind() == AnomalyKind.SEASONAL_JUMP
                || f.kind() == AnomalyKind.SEASONAL_DROP));
    }
}
