package org.raschet.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raschet.core.account.AccountId;
import org.raschet.core.consumption.AnomalyThresholds;
import org.raschet.core.consumption.BilledVolume;
import org.raschet.core.consumption.CoefficientClass;
import org.raschet.core.consumption.ConsumptionPolicies;
import org.raschet.core.consumption.DailyProfile;
import org.raschet.core.consumption.DailySeries;
import org.raschet.core.consumption.DayBasis;
import org.raschet.core.consumption.ForecastCase;
import org.raschet.core.consumption.ForecastRules;
import org.raschet.core.consumption.PerDayConsumption;
import org.raschet.core.consumption.Recalculation;
import org.raschet.core.consumption.RecalculationMode;
import org.raschet.core.consumption.ServiceConsumption;
import org.raschet.core.consumption.ServiceInputs;
import org.raschet.core.consumption.VolumeCorrection;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.RaschetException;
import org.raschet.core.meter.Meter;
import org.raschet.core.meter.MeterId;
import org.raschet.core.meter.Reading;
import org.raschet.core.meter.ReadingSource;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.quantity.Unit;
import org.threeten.extra.LocalDateRange;
import tools.jackson.databind.json.JsonMapper;

/** JSON forms of the per-day consumption's results and inputs: exact, strict, read back equal. */
class ConsumptionJsonTest {
    private static final JsonMapper MAPPER = RaschetJson.mapper();

    private static String json(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    private static <T> T read(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    @Test
    void a_day_basis_names_its_case_period_and_coefficient_classes() {
        DayBasis b = new DayBasis(DayBasis.Kind.NORMATIVE, Optional.of(ForecastCase.REPEATED_REFUSAL), 2, 0, false,
                Optional.empty(), true);
        String text = json(b);
        assertEquals("{\"kind\":\"NORMATIVE\",\"forecastCase\":\"REPEATED_REFUSAL\",\"period\":2,\"limit\":0,"
                + "\"increasingCoefficient\":false,\"meter\":null,\"refusalCoefficient\":true}", text);
        assertEquals(b, read(text, DayBasis.class));
        assertEquals(DayBasis.actual(MeterId.of("E1")), read("{\"kind\":\"ACTUAL\",\"period\":0,\"limit\":0,"
                + "\"increasingCoefficient\":false,\"meter\":\"E1\"}", DayBasis.class));
    }

    @Test
    void a_daily_series_is_exact_decimal_strings() {
        DailySeries s = DailySeries.of(LocalDate.parse("2026-01-30"), Unit.KWH, new long[] {5_000_000L, 1L});
        assertEquals("{\"start\":\"2026-01-30\",\"unit\":\"kWh\",\"values\":[\"5.000000\",\"0.000001\"]}", json(s));
        assertEquals(s, read(json(s), DailySeries.class));
        RaschetException e = assertThrows(RaschetException.class, () -> read(
                "{\"start\":\"2026-01-30\",\"unit\":\"kWh\",\"values\":[5.0]}", DailySeries.class));
        assertEquals(ErrorCode.VALUE_UNPARSEABLE, e.code());
        assertEquals(ErrorCode.VALUE_TOO_PRECISE, assertThrows(RaschetException.class, () -> read(
                "{\"start\":\"2026-01-30\",\"unit\":\"kWh\",\"values\":[\"0.0000001\"]}", DailySeries.class)).code());
    }

    @Test
    void a_billed_line_written_by_hand_may_leave_out_its_later_fields() {
        BilledVolume b = read("{\"account\":\"A1\",\"service\":\"ELECTRICITY\",\"period\":\"2025-02\","
                + "\"register\":\"TOTAL\",\"increasingCoefficient\":false,\"kind\":\"CONSUMPTION\","
                + "\"quantity\":\"133.333333 kWh\"}", BilledVolume.class);
        assertEquals(BilledVolume.original(AccountId.of("A1"), Resource.ELECTRICITY, YearMonth.of(2025, 2),
                Register.TOTAL, CoefficientClass.NONE, Quantity.of("133.333333", Unit.KWH)), b);
        RaschetException e = assertThrows(RaschetException.class, () -> read("{\"account\":\"A1\","
                + "\"service\":\"ELECTRICITY\",\"period\":\"2025-02\",\"register\":\"TOTAL\","
                + "\"increasingCoefficient\":true,\"kind\":\"CONSUMPTION\",\"quantity\":\"1 kWh\","
                + "\"refusalCoefficient\":true}", BilledVolume.class));
        assertEquals(ErrorCode.BILLED_LINE_INVALID, e.code());
        e = assertThrows(RaschetException.class, () -> read("{\"account\":\"A1\",\"servise\":\"ELECTRICITY\"}",
                BilledVolume.class));
        assertTrue(e.getMessage().contains("field 'servise' is unknown"), e.getMessage());
    }

    @Test
    void policies_read_with_their_defaults_and_model_rules_are_typed() {
        assertEquals(ForecastRules.FEDERAL, read("{\"id\":\"federal\",\"averageMonths\":6,\"minimumMonths\":3,"
                + "\"limitOutOfOrder\":3,\"limitNoReadings\":6,\"limitNoAccess\":3,\"coefficientOutOfOrder\":true,"
                + "\"coefficientNoReadings\":false,\"coefficientNoAccess\":true,"
                + "\"supplierReplacementUnlimited\":true}", ForecastRules.class));
        assertEquals(AnomalyThresholds.DEFAULT, read("{\"jumpPercent\":300,\"dropPercent\":30,\"longGapDays\":92}",
                AnomalyThresholds.class));
        DailyProfile p = DailyProfile.byMonth("winter", 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2)
                .withDay(LocalDate.parse("2025-01-10"), 0);
        assertEquals("{\"id\":\"winter\",\"monthWeights\":[2,1,1,1,1,1,1,1,1,1,1,2],"
                + "\"dayWeights\":{\"2025-01-10\":0}}", json(p));
        assertEquals(p, read(json(p), DailyProfile.class));
        RaschetException e = assertThrows(RaschetException.class, () -> read("{\"id\":\"x\","
                + "\"monthWeights\":[1,2,3]}", DailyProfile.class));
        assertEquals(ErrorCode.VALUE_OUT_OF_RANGE, e.code());
        assertTrue(e.getMessage().contains("3 month weights, 12 expected"), e.getMessage());
    }

    @Test
    void a_computed_consumption_and_its_corrections_read_back_equal() {
        Meter m = Meter.single("E1", "A1", Resource.ELECTRICITY, 6, LocalDate.parse("2024-12-31"));
        List<Reading> rs = List.of(
                Reading.of(m.id(), Register.TOTAL, LocalDate.parse("2024-12-31"), Quantity.of("100", Unit.KWH),
                        ReadingSource.CONSUMER_WEB),
                Reading.of(m.id(), Register.TOTAL, LocalDate.parse("2025-01-31"), Quantity.of("250", Unit.KWH),
                        ReadingSource.CONTROL).withDocument("акт 5"));
        ServiceConsumption c = PerDayConsumption.compute(ServiceInputs.of(AccountId.of("A1"), Resource.ELECTRICITY,
                List.of(m), rs), LocalDateRange.of(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-02-01")),
                LocalDate.parse("2025-02-01"), ConsumptionPolicies.FEDERAL, ProtocolSink.NONE);
        assertEquals(c, read(json(c), ServiceConsumption.class));
        List<VolumeCorrection> cs = Recalculation.corrections(c, List.of(BilledVolume.original(AccountId.of("A1"),
                Resource.ELECTRICITY, YearMonth.of(2025, 1), Register.TOTAL, false, Quantity.of("100", Unit.KWH))),
                RecalculationMode.PER_PERIOD, YearMonth.of(2025, 2), Optional.empty(), ProtocolSink.NONE);
        VolumeCorrection v = cs.get(0);
        assertTrue(json(v).contains("\"quantity\":\"50.000000 kWh\""), json(v));
        assertEquals(v, read(json(v), VolumeCorrection.class));
    }
}
