package org.raschet.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import org.raschet.core.account.Premise;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.error.RaschetException;
import org.raschet.core.error.ReadingException;
import org.raschet.core.ledger.ChargeKind;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.meter.Meter;
import org.raschet.core.meter.MeterEvent;
import org.raschet.core.meter.Reading;
import org.raschet.core.meter.Register;
import org.raschet.core.money.Amounts;
import org.raschet.core.money.Price;
import org.raschet.core.protocol.IntervalExample;
import org.raschet.core.protocol.Protocol;
import org.raschet.core.protocol.ProtocolEntry;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.core.protocol.StepEvaluator;
import org.raschet.core.quantity.Area;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.quantity.Unit;
import org.raschet.core.time.Timeline;
import org.threeten.extra.LocalDateRange;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

class RaschetJsonTest {
    private static final JsonMapper MAPPER = RaschetJson.mapper();

    private static String json(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    private static <T> T read(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    @Test
    void scalar_values_are_canonical_strings() {
        assertEquals("\"150.500000 kWh\"", json(Quantity.of("150.5", Unit.KWH)));
        assertEquals("\"54.3000 m2\"", json(Area.of("54.3")));
        assertEquals("\"5.6700 RUB/kWh\"", json(Price.rub("5.67", Unit.KWH)));
        assertEquals("\"699.98 RUB\"", json(Amounts.rub(69_998)));
        assertEquals("\"0.50 RUB\"", json(Amounts.rub("0.5")));
        assertEquals("\"2026-01-01/2026-02-01\"",
                json(LocalDateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1))));
        assertEquals("\"2026-02\"", json(YearMonth.of(2026, 2)));
        assertEquals("\"m3\"", json(Unit.M3));
        assertEquals("\"2026-02-28\"", json(LocalDate.of(2026, 2, 28)));
    }

    @Test
    void scalar_values_read_back() {
        assertEquals(Quantity.of("-0.000001", Unit.GCAL), read("\"-0.000001 Gcal\"", Quantity.class));
        assertEquals(Area.ofE4(543_000), read("\"54.3 m2\"", Area.class));
        assertEquals(new Price(56_700, Amounts.RUB, Unit.KWH), read("\"5.67 RUB/kWh\"", Price.class));
        MonetaryAmount amount = read("\"699.98 RUB\"", MonetaryAmount.class);
        assertEquals(69_998, Amounts.toMinor(amount));
        assertEquals(Amounts.RUB, amount.getCurrency());
        assertEquals(LocalDateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1)),
                read("\"2026-01-01/2026-02-01\"", LocalDateRange.class));
        assertEquals(YearMonth.of(2026, 2), read("\"2026-02\"", YearMonth.class));
    }

    @Test
    void the_interval_protocol_matches_the_golden_json_and_reads_back_equal() throws IOException {
        Protocol p = IntervalExample.protocol();
        String pretty = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(p) + "\n";
        String golden = Files.readString(Path.of("..", "docs", "examples", "interval-protocol.json"),
                StandardCharsets.UTF_8);
        assertEquals(golden, pretty);
        Protocol back = read(pretty, Protocol.class);
        assertEquals(p, back);
        assertEquals(List.of(), StepEvaluator.verifyAll(back));
        // values keep their scale: "1250.000000", not 1250 or 1.25E+3
        assertTrue(json(p).contains("{\"symbol\":\"R2\",\"value\":\"1250.000000\",\"unit\":\"kWh\","
                + "\"document\":\"акт № 15\"}"), json(p));
    }

    @Test
    void entries_carry_their_type_and_a_step_reads_as_an_entry() {
        ProtocolStep step = IntervalExample.protocol().steps().get(1);
        String text = json(step);
        assertTrue(text.startsWith("{\"type\":\"step\",\"formula\":{\"id\":\"charge.by-meter\""), text);
        assertEquals(step, read(text, ProtocolEntry.class));
        assertEquals(step, read(text, ProtocolStep.class));
        // a step without its discriminator is still a step where a step is expected
        assertEquals(step, read(text.replace("\"type\":\"step\",", ""), ProtocolStep.class));
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> read(text.replace("\"type\":\"step\"", "\"type\":\"stop\""), ProtocolEntry.class));
        assertEquals(ErrorCode.VALUE_UNPARSEABLE, e.code());
    }

    @Test
    void a_reading_with_a_document_and_without() {
        Reading later = IntervalExample.LATER;
        String text = json(later);
        assertEquals("{\"meter\":\"77-0042\",\"register\":\"TOTAL\",\"date\":\"2026-02-28\",\"value\":\"1250.000000 kWh\","
                + "\"source\":\"CONTROL\",\"knownOn\":\"2026-02-28\",\"document\":\"акт № 15\"}", text);
        assertEquals(later, read(text, Reading.class));
        Reading earlier = IntervalExample.EARLIER;
        assertTrue(json(earlier).endsWith("\"document\":null}"));
        assertEquals(earlier, read(json(earlier), Reading.class));
        // an absent Optional and an absent knownOn (known on the day it was taken)
        assertEquals(earlier, read("{\"meter\":\"77-0042\",\"register\":\"TOTAL\",\"date\":\"2026-01-31\","
                + "\"value\":\"1100 kWh\",\"source\":\"CONSUMER_WEB\"}", Reading.class));
    }

    @Test
    void a_meter_with_events_and_optional_dates() {
        Meter m = IntervalExample.METER.withRatio(40).withRegisters(org.raschet.core.meter.RegisterSet.TWO_ZONE)
                .withVerificationDue(LocalDate.of(2032, 5, 14))
                .withEvent(new MeterEvent(LocalDate.of(2025, 6, 1), MeterEvent.Kind.SEAL_BROKEN, Optional.of("акт 7")))
                .withEvent(MeterEvent.of(LocalDate.of(2025, 6, 2), MeterEvent.Kind.SEAL_RESTORED));
        String text = json(m);
        assertEquals("{\"id\":\"77-0042\",\"account\":\"100-001\",\"resource\":\"ELECTRICITY\","
                + "\"registers\":\"TWO_ZONE\",\"digits\":6,\"ratio\":40,\"installed\":\"2024-05-14\",\"removed\":null,"
                + "\"verificationDue\":\"2032-05-14\",\"replacedBySupplier\":true,\"events\":["
                + "{\"date\":\"2025-06-01\",\"kind\":\"SEAL_BROKEN\",\"document\":\"акт 7\"},"
                + "{\"date\":\"2025-06-02\",\"kind\":\"SEAL_RESTORED\",\"document\":null}]}", text);
        assertEquals(m, read(text, Meter.class));
    }

    @Test
    void a_premise_with_residents_per_day() {
        Premise p = Premise.residential("100-001", "H-5", "54.3", 2, LocalDate.of(2026, 1, 1), "urban");
        p = new Premise(p.id(), p.house(), p.area(), true, p.residents().with(LocalDate.of(2026, 2, 10), 3),
                p.tariffGroup());
        String text = json(p);
        assertEquals("{\"id\":\"100-001\",\"house\":\"H-5\",\"area\":\"54.3000 m2\",\"residential\":true,"
                + "\"residents\":{\"2026-01-01\":2,\"2026-02-10\":3},\"tariffGroup\":\"urban\"}", text);
        assertEquals(p, read(text, Premise.class));
    }

    @Test
    void a_charge_line_of_354_app2_f1_150_kwh_at_5_67_is_850_50() {
        ChargeLine line = new ChargeLine(IntervalExample.METER.account(), Resource.ELECTRICITY, YearMonth.of(2026, 2),
                YearMonth.of(2026, 2), Register.TOTAL, ChargeKind.CONSUMPTION,
                LocalDateRange.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1)), Quantity.of("150", Unit.KWH),
                IntervalExample.TARIFF, Amounts.rub(85_050));
        String text = json(line);
        assertEquals("{\"account\":\"100-001\",\"service\":\"ELECTRICITY\",\"period\":\"2026-02\","
                + "\"issuedIn\":\"2026-02\",\"register\":\"TOTAL\",\"kind\":\"CONSUMPTION\","
                + "\"span\":\"2026-02-01/2026-03-01\",\"quantity\":\"150.000000 kWh\",\"price\":\"5.6700 RUB/kWh\","
                + "\"amount\":\"850.50 RUB\"}", text);
        assertEquals(line, read(text, ChargeLine.class));
    }

    /** A host's own record holding Raschet values, serialised by Jackson's record support. */
    public record Holder(Timeline<Integer> residents, List<Quantity> volumes, Map<String, Price> prices) {
    }

    @Test
    void a_timeline_inside_a_host_record_keeps_its_value_type() {
        Holder h = new Holder(Timeline.from(LocalDate.of(2026, 1, 1), 2).with(LocalDate.of(2026, 3, 1), 4),
                List.of(Quantity.of("1.5", Unit.M3)), Map.of("b", Price.rub("1", Unit.M3), "a", Price.rub("2", Unit.M3)));
        String text = json(h);
        assertEquals("{\"residents\":{\"2026-01-01\":2,\"2026-03-01\":4},\"volumes\":[\"1.500000 m3\"],"
                + "\"prices\":{\"a\":\"2.0000 RUB/m3\",\"b\":\"1.0000 RUB/m3\"}}", text);
        Holder back = read(text, Holder.class);
        assertEquals(h, back);
        assertEquals(Integer.valueOf(4), back.residents().get(LocalDate.of(2026, 3, 2), "test"));
        Timeline<Integer> t = MAPPER.readValue("{\"2026-01-01\":7}", new TypeReference<Timeline<Integer>>() { });
        assertEquals(Timeline.from(LocalDate.of(2026, 1, 1), 7), t);
    }

    private static RaschetException fails(String json, Class<?> type) {
        return assertThrows(RaschetException.class, () -> read(json, type), json);
    }

    @Test
    void malformed_documents_throw_typed_exceptions_naming_the_field() {
        RaschetException e = fails("{\"meter\":\"77-0042\",\"registr\":\"TOTAL\",\"date\":\"2026-01-31\","
                + "\"value\":\"1100 kWh\",\"source\":\"CONSUMER_WEB\"}", Reading.class);
        assertEquals(ErrorCode.VALUE_UNPARSEABLE, e.code());
        assertTrue(e.getMessage().contains("field 'registr' is unknown"), e.getMessage());
        e = fails("{\"meter\":\"77-0042\",\"date\":\"2026-01-31\",\"value\":\"1100 kWh\",\"source\":\"CONSUMER_WEB\"}",
                Reading.class);
        assertTrue(e.getMessage().contains("field 'register' is missing"), e.getMessage());
        assertEquals(ErrorCode.VALUE_UNKNOWN_UNIT, fails("\"12 parsecs\"", Quantity.class).code());
        assertEquals(ErrorCode.VALUE_TOO_PRECISE, fails("\"0.0000001 kWh\"", Quantity.class).code());
        assertEquals(ErrorCode.VALUE_TOO_PRECISE, fails("\"0.001 RUB\"", MonetaryAmount.class).code());
        assertEquals(ErrorCode.VALUE_UNKNOWN_UNIT, fails("\"1.00 XYZ\"", MonetaryAmount.class).code());
        assertEquals(ErrorCode.VALUE_UNPARSEABLE, fails("150.5", Quantity.class).code());
        assertEquals(ErrorCode.VALUE_UNPARSEABLE, fails("\"5.67 RUB\"", Price.class).code());
        assertEquals(ErrorCode.VALUE_UNPARSEABLE, fails("\"54.3 m3\"", Area.class).code());
        assertEquals(ErrorCode.VALUE_UNPARSEABLE, fails("\"2026-02-01/2026-13-01\"", LocalDateRange.class).code());
        assertEquals(ErrorCode.VALUE_OUT_OF_RANGE, fails("\"2026-02-01/2026-01-01\"", LocalDateRange.class).code());
        assertEquals(ErrorCode.VALUE_UNPARSEABLE, fails("\"2026-2\"", YearMonth.class).code());
        // an input value must be a decimal string, not a (possibly binary floating) JSON number
        e = fails("{\"symbol\":\"V\",\"value\":150.5,\"unit\":\"kWh\"}", org.raschet.core.protocol.Input.class);
        assertTrue(e.getMessage().contains("field 'value' is not a string"), e.getMessage());
        e = fails("{\"id\":\"1\",\"account\":\"1\",\"resource\":\"POWER\",\"registers\":\"SINGLE\",\"digits\":6,"
                + "\"ratio\":1,\"installed\":\"2024-01-01\",\"replacedBySupplier\":true}", Meter.class);
        assertTrue(e.getMessage().contains("'POWER', not one of [ELECTRICITY"), e.getMessage());
        e = fails("{\"id\":\"1\",\"account\":\"1\",\"resource\":\"GAS\",\"registers\":\"SINGLE\",\"digits\":6.5,"
                + "\"ratio\":1,\"installed\":\"2024-01-01\",\"replacedBySupplier\":true}", Meter.class);
        assertTrue(e.getMessage().contains("field 'digits' is not an integer"), e.getMessage());
        // a model rule broken inside a document: the model's own exception
        e = fails("{\"meter\":\"77-0042\",\"register\":\"TOTAL\",\"date\":\"2026-01-31\",\"value\":\"1100 kWh\","
                + "\"source\":\"CONSUMER_WEB\",\"knownOn\":\"2026-01-30\"}", Reading.class);
        assertTrue(e instanceof ReadingException);
        assertEquals(ErrorCode.READING_KNOWN_BEFORE_TAKEN, e.code());
    }

    @Test
    void a_protocol_input_keeps_an_exotic_scale() {
        // a negative scale cannot be written in plain digits: the exponent form keeps it
        org.raschet.core.protocol.Input in = org.raschet.core.protocol.Input.of("x", new BigDecimal("1.2E+3"), "1");
        assertEquals("{\"symbol\":\"x\",\"value\":\"1.2E+3\",\"unit\":\"1\",\"document\":null}", json(in));
        assertEquals(in, read(json(in), org.raschet.core.protocol.Input.class));
        org.raschet.core.protocol.Input fine = org.raschet.core.protocol.Input.of("x", new BigDecimal("0.000"), "1");
        assertEquals(fine, read(json(fine), org.raschet.core.protocol.Input.class));
    }
}
