package org.raschet.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextRendererTest {
    private static final LegalRef SOURCE = new LegalRef("test.src", "источник", "source");
    private static final Formula DIFF = new Formula("test.diff", "D", "-(A - B) / 2 + round(A * 0.5, 1)",
            "Разность", "Difference", SOURCE,
            List.of(new Symbol("D", "разность", "difference"), new Symbol("A", "первое", "first")));
    private static final Formula DAYS = new Formula("test.days", "N", "max(N1, N2)", "Дни", "Days", SOURCE,
            List.of());

    private static ProtocolStep diffStep() {
        return new ProtocolStep(DIFF,
                List.of(Input.of("A", new BigDecimal("-2.50"), "m3"),
                        new Input("B", new BigDecimal("1.5"), "m3/person", Optional.of("ведомость 7"))),
                Input.of("D", new BigDecimal("0.75"), "m3"),
                List.of(new Note("n1", "примечание", "remark")),
                List.of(ProtocolStep.of(DAYS, List.of(Input.of("N1", 1, 0, "day"), Input.of("N2", 30, 0, "day")),
                        Input.of("N", 30, 0, "day"))));
    }

    @Test
    void renders_a_step_in_russian_with_negative_values_in_parentheses_and_nested_numbering() {
        String expected = """
                1. Разность (источник)
                   D = −(A − B) / 2 + round(A × 0,5; 1) = −((−2,50) − 1,5) / 2 + round((−2,50) × 0,5; 1) = 0,75 м³
                   где A = −2,50 м³ — первое
                       B = 1,5 м³/чел. (документ: ведомость 7)
                   примечание
                1.1. Дни (источник)
                     N = max(N1; N2) = max(1; 30) = 30 дн.
                     где N1 = 1 дн.
                         N2 = 30 дн.
                """;
        assertEquals(expected, TextRenderer.render(diffStep(), Language.RU));
    }

    @Test
    void renders_a_step_in_english_with_a_decimal_point_and_singular_units_for_one() {
        String expected = """
                1. Difference (source)
                   D = −(A − B) / 2 + round(A × 0.5, 1) = −((−2.50) − 1.5) / 2 + round((−2.50) × 0.5, 1) = 0.75 m³
                   where A = −2.50 m³ — first
                         B = 1.5 m³/person (document: ведомость 7)
                   remark
                1.1. Days (source)
                     N = max(N1, N2) = max(1, 30) = 30 days
                     where N1 = 1 day
                           N2 = 30 days
                """;
        assertEquals(expected, TextRenderer.render(diffStep(), Language.EN));
    }

    @Test
    void numbers_sections_and_their_entries_in_order() {
        Formula copy = new Formula("test.copy", "X", "Y", "Копия", "Copy", SOURCE, List.of());
        ProtocolStep step = ProtocolStep.of(copy, List.of(Input.of("Y", 12, 0, "1")), Input.of("X", 12, 0, "1"));
        Protocol p = new Protocol(List.of(
                new ProtocolSection("Дом 5", "House 5", List.of(
                        new ProtocolSection("Кв. 1", "Flat 1", List.of(step)),
                        step)),
                step));
        // the substitution equal to the result is not repeated: X = Y = 12
        assertEquals("""
                1. Дом 5
                1.1. Кв. 1
                1.1.1. Копия (источник)
                       X = Y = 12
                       где Y = 12
                1.2. Копия (источник)
                     X = Y = 12
                     где Y = 12
                2. Копия (источник)
                   X = Y = 12
                   где Y = 12
                """, TextRenderer.render(p, Language.RU));
    }

    @Test
    void an_empty_protocol_renders_as_nothing() {
        assertEquals("", TextRenderer.render(new Protocol(List.of()), Language.EN));
    }

    @Test
    void a_constant_expression_is_not_substituted_twice_and_a_missing_input_prints_its_symbol() {
        Formula constant = new Formula("test.const", "K", "1.5 * Z", "Константа", "Constant", SOURCE, List.of());
        ProtocolStep step = ProtocolStep.of(constant, List.of(), Input.of("K", new BigDecimal("3"), "1"));
        assertEquals("""
                1. Constant (source)
                   K = 1.5 × Z = 3
                """, TextRenderer.render(step, Language.EN));
        Formula broken = new Formula("test.broken", "K", "a # b", "Сломано", "Broken", SOURCE, List.of());
        assertEquals("""
                1. Broken (source)
                   K = a # b = 3
                """, TextRenderer.render(ProtocolStep.of(broken, List.of(), Input.of("K", 3, 0, "1")),
                Language.EN));
    }

    @Test
    void units_are_printed_per_language() {
        String[][] cases = {
            {"kWh", "кВт·ч", "kWh"}, {"m3", "м³", "m³"}, {"Gcal", "Гкал", "Gcal"}, {"m2", "м²", "m²"},
            {"RUB", "₽", "RUB"}, {"RUB/kWh", "₽/кВт·ч", "RUB/kWh"}, {"RUB/m2", "₽/м²", "RUB/m²"},
            {"day", "дн.", "days"}, {"month", "мес.", "months"}, {"person", "чел.", "persons"},
            {"kWh/person", "кВт·ч/чел.", "kWh/person"}, {"%", "%", "%"}, {"1", "", ""},
            {"furlong", "furlong", "furlong"}, {"EUR", "EUR", "EUR"},
        };
        for (String[] c : cases) {
            assertEquals(c[1], TextRenderer.unit(c[0], Language.RU), c[0]);
            assertEquals(c[2], TextRenderer.unit(c[0], Language.EN), c[0]);
        }
    }

    @Test
    void the_units_of_the_anomaly_floors_are_printed_per_language() {
        // the floor of a "below the minimum" flag: f in kWh per person-day or per m²·day, u in person-days or m²·days
        String[][] cases = {
            {"person*day", "чел.·дн.", "person-days"}, {"m2*day", "м²·дн.", "m²·days"},
            {"kWh/person*day", "кВт·ч/чел.·дн.", "kWh/person-day"}, {"m3/m2*day", "м³/м²·дн.", "m³/m²·day"},
        };
        for (String[] c : cases) {
            assertEquals(c[1], TextRenderer.unit(c[0], Language.RU), c[0]);
            assertEquals(c[2], TextRenderer.unit(c[0], Language.EN), c[0]);
        }
        assertEquals("62 person-days", TextRenderer.value(new BigDecimal("62"), "person*day", Language.EN));
        assertEquals("1 person-day", TextRenderer.value(BigDecimal.ONE, "person*day", Language.EN));
        assertEquals("1550,0000 м²·дн.", TextRenderer.value(new BigDecimal("1550.0000"), "m2*day", Language.RU));
    }

    @Test
    void numbers_keep_their_scale_and_use_no_grouping() {
        assertEquals("1234567,000100", TextRenderer.number(new BigDecimal("1234567.000100"), Language.RU));
        assertEquals("1234567.000100", TextRenderer.number(new BigDecimal("1234567.000100"), Language.EN));
        assertEquals("−0.50", TextRenderer.number(new BigDecimal("-0.50"), Language.EN));
        assertEquals("1200", TextRenderer.number(new BigDecimal("1.2E+3"), Language.EN));
        assertEquals("699,98 ₽", TextRenderer.value(new BigDecimal("699.98"), "RUB", Language.RU));
        assertEquals("1 month", TextRenderer.value(BigDecimal.ONE, "month", Language.EN));
    }
}
