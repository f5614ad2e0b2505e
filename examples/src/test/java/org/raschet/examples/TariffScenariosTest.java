package org.raschet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.raschet.core.ledger.ChargeKind;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.Formulas;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.core.protocol.StepEvaluator;
import org.raschet.examples.scenario.ScenarioResult;
import org.raschet.examples.scenario.ScenarioRunner;
import org.raschet.examples.scenario.tariff.PricedCorrectionsResult;
import org.raschet.examples.scenario.tariff.SanctionsResult;
import org.raschet.examples.scenario.tariff.TariffPricingResult;
import org.raschet.tariffs.pricing.PricedLine;
import org.raschet.tariffs.pricing.PricingBasis;

/**
 * The bundled tariff scenarios give the figures computed by hand in their descriptions, asserted here independently
 * of their expected files; every protocol step re-evaluates to its result, and the protocol's charges are the lines.
 */
class TariffScenariosTest {
    static ScenarioResult run(String name) throws IOException {
        return ScenarioRunner.run(Files.readString(ScenarioSchemaTest.SCENARIOS.resolve(name), StandardCharsets.UTF_8));
    }

    static TariffPricingResult pricing(ScenarioResult r) {
        return (TariffPricingResult) r.sections().get(0);
    }

    /** Asserts a line: period, first and last day, register, block (1-based) of blocks, kWh, K, price, amount. */
    static void line(PricedLine p, String period, String first, String last, Register register, int block,
                     int blocks, String kwh, String k, String price, String amount) {
        var l = p.line();
        assertEquals(period, l.period().toString(), "period");
        assertEquals(first, l.span().getStart().toString(), "first day");
        assertEquals(last, l.span().getEndInclusive().toString(), "last day");
        assertEquals(register, l.register(), "register");
        assertEquals(block, p.block() + 1, "block");
        assertEquals(blocks, p.blocks(), "blocks");
        assertEquals(0, new BigDecimal(kwh).compareTo(l.quantity().toBigDecimal()), "kWh " + l.quantity());
        assertEquals(0, new BigDecimal(k).compareTo(p.coefficient().value()), "K " + p.coefficient());
        assertEquals(0, new BigDecimal(price).compareTo(l.price().toBigDecimal()), "price " + l.price());
        assertEquals(new BigDecimal(amount), BigDecimal.valueOf(l.amountMinor(), 2), "amount");
    }

    /** Every step re-evaluates; the charge steps' results are the lines' amounts, in order. */
    static void protocolMatches(ScenarioResult r, List<PricedLine> lines) {
        assertEquals(List.of(), StepEvaluator.verifyAll(r.protocol()));
        List<BigDecimal> charged = r.protocol().steps().stream().filter(s -> s.formula().id().startsWith("charge."))
                .map(ProtocolStep::result).map(v -> v.value()).toList();
        assertEquals(lines.stream().map(l -> BigDecimal.valueOf(l.amountMinor(), 2)).toList(), charged);
    }

    @Test
    void price_change_on_1_july_between_readings_of_20_june_and_25_july_354_p42_app2_f1_legal_2_10_11()
            throws IOException {
        ScenarioResult r = run("price-change-1-july.json");
        TariffPricingResult p = pricing(r);
        List<PricedLine> lines = p.lines();
        // V = 10351.5 − 10000 = 351.5 kWh over 21.06 … 25.07 = 35 days (LEGAL §2);
        // June: round(351.5 × 10 / 35, 6) = 100.428571 kWh × 5.67 = 569.42999757 → 569.43 ₽
        // July: 351.5 − 100.428571 = 251.071429 kWh × 6.12 = 1536.55714548 → 1536.56 ₽ (each line rounded once)
        assertEquals(2, lines.size());
        line(lines.get(0), "2026-06", "2026-06-21", "2026-06-30", Register.TOTAL, 1, 1, "100.428571", "1", "5.67",
                "569.43");
        line(lines.get(1), "2026-07", "2026-07-01", "2026-07-25", Register.TOTAL, 1, 1, "251.071429", "1", "6.12",
                "1536.56");
        assertEquals(210599, p.totalMinor());
        assertEquals(PricingBasis.METERED, lines.get(0).basis().orElseThrow());
        protocolMatches(r, lines);
        // the per-day tariff policy (LEGAL §2) is named on the lines of a period with a price change
        assertTrue(r.protocol().steps().stream().filter(s -> s.formula() == Formulas.CHARGE_BY_METER)
                .allMatch(s -> s.notes().stream().anyMatch(n -> n.id().equals("policy:tariff.per-day"))));
    }

    @Test
    void two_zone_meter_with_a_social_norm_by_season_and_household_size_decree_614_354_p42_app2_f1()
            throws IOException {
        ScenarioResult r = run("two-zone-social-norm.json");
        TariffPricingResult p = pricing(r);
        List<PricedLine> lines = p.lines();
        // day 4700 − 4520 = 180, night 1890 − 1830 = 60, V = 240; July, 2 persons: N = 150 (April–September
        // 90/150/180), full month L = 150; B1 = min(240, 150) = 150, B2 = 90 (Decree 614);
        // proportional to zone volumes: B1 day round(150 × 180 / 240, 6) = 112.5, night 37.5; B2 day 67.5, night 22.5
        assertEquals(4, lines.size());
        line(lines.get(0), "2026-07", "2026-07-01", "2026-07-31", Register.DAY, 1, 2, "112.5", "1", "5.00",
                "562.50");
        line(lines.get(1), "2026-07", "2026-07-01", "2026-07-31", Register.DAY, 2, 2, "67.5", "1", "7.00",
                "472.50");
        line(lines.get(2), "2026-07", "2026-07-01", "2026-07-31", Register.NIGHT, 1, 2, "37.5", "1", "2.50",
                "93.75");
        line(lines.get(3), "2026-07", "2026-07-01", "2026-07-31", Register.NIGHT, 2, 2, "22.5", "1", "3.50",
                "78.75");
        assertEquals(120750, p.totalMinor());
        assertTrue(lines.get(0).isWithinNorm());
        protocolMatches(r, lines);
        List<ProtocolStep> steps = r.protocol().steps();
        ProtocolStep norm = steps.stream().filter(s -> s.formula() == Formulas.NORM_PER_PREMISE).findFirst()
                .orElseThrow();
        assertEquals(0, new BigDecimal("150").compareTo(norm.result().value()));
        assertEquals(4, steps.stream().filter(s -> s.formula() == Formulas.BLOCK_ZONE_SHARE).count());
    }

    @Test
    void normative_premise_with_the_increasing_coefficient_354_p42_app2_f4_legal_5() throws IOException {
        ScenarioResult r = run("normative-with-coefficient.json");
        TariffPricingResult p = pricing(r);
        List<PricedLine> lines = p.lines();
        // 3 persons: N = 66 kWh per person (137/85/66/54); V = 3 × 66 = 198 kWh a month (the kWh stay n × N);
        // June 198 × 1.5 × 5.67 = 1683.99 ₽; July 198 × 1.5 × 6.12 = 1817.64 ₽ (K multiplies the money, LEGAL §5)
        assertEquals(2, lines.size());
        line(lines.get(0), "2026-06", "2026-06-01", "2026-06-30", Register.TOTAL, 1, 1, "198", "1.5", "5.67",
                "1683.99");
        line(lines.get(1), "2026-07", "2026-07-01", "2026-07-31", Register.TOTAL, 1, 1, "198", "1.5", "6.12",
                "1817.64");
        assertEquals(350163, p.totalMinor());
        for (PricedLine l : lines) {
            assertEquals(ChargeKind.NORMATIVE, l.line().kind());
            assertEquals(PricingBasis.NORMATIVE_INCREASED, l.basis().orElseThrow());
        }
        protocolMatches(r, lines);
        assertTrue(r.protocol().steps().stream().filter(s -> s.formula() == Formulas.CHARGE_BY_NORMATIVE_INCREASED)
                .allMatch(s -> s.notes().stream().anyMatch(n -> n.id().equals("normative.reason.no-meter"))));
    }

    @Test
    void sanctions_interference_times_10_and_unauthorised_connection_354_p62_p81_11_legal_5() throws IOException {
        ScenarioResult r = run("sanctions.json");
        SanctionsResult s = (SanctionsResult) r.sections().get(0);
        assertEquals(2, s.cases().size());
        List<PricedLine> interference = s.cases().get(0).result().lines();
        // 354 p.81(11): 15.07 … 14.10.2026; 2 residents × 100 kWh; × 10 × 6.12 ₽/kWh
        // July 15–31: 2 × (100 − round(100 × 14 / 31, 6)) = 109.677420 kWh → 6712.258104 → 6712.26 ₽
        line(interference.get(0), "2026-07", "2026-07-15", "2026-07-31", Register.TOTAL, 1, 1, "109.677420", "10",
                "6.12", "6712.26");
        line(interference.get(1), "2026-08", "2026-08-01", "2026-08-31", Register.TOTAL, 1, 1, "200", "10", "6.12",
                "12240.00");
        line(interference.get(2), "2026-09", "2026-09-01", "2026-09-30", Register.TOTAL, 1, 1, "200", "10", "6.12",
                "12240.00");
        // October 1–14: 2 × round(100 × 14 / 31, 6) = 90.322580 kWh → 5527.741896 → 5527.74 ₽
        line(interference.get(3), "2026-10", "2026-10-01", "2026-10-14", Register.TOTAL, 1, 1, "90.322580", "10",
                "6.12", "5527.74");
        assertEquals(3672000, s.cases().get(0).result().totalMinor());
        List<PricedLine> connection = s.cases().get(1).result().lines();
        // 354 p.62: 2.5 kW × 24 h = 60 kWh a day, 01.07 … 19.10.2026 at 6.12 ₽/kWh
        line(connection.get(0), "2026-07", "2026-07-01", "2026-07-31", Register.TOTAL, 1, 1, "1860", "1", "6.12",
                "11383.20");
        line(connection.get(1), "2026-08", "2026-08-01", "2026-08-31", Register.TOTAL, 1, 1, "1860", "1", "6.12",
                "11383.20");
        line(connection.get(2), "2026-09", "2026-09-01", "2026-09-30", Register.TOTAL, 1, 1, "1800", "1", "6.12",
                "11016.00");
        line(connection.get(3), "2026-10", "2026-10-01", "2026-10-19", Register.TOTAL, 1, 1, "1140", "1", "6.12",
                "6976.80");
        assertEquals(7747920, s.totalMinor());
        for (var c : s.cases()) {
            for (PricedLine l : c.result().lines()) {
                assertEquals(ChargeKind.SANCTION, l.line().kind());
                assertEquals("2026-10", l.line().issuedIn().toString());
            }
        }
        protocolMatches(r, s.cases().stream().flatMap(c -> c.result().lines().stream()).toList());
    }

    @Test
    void corrections_of_forecast_months_are_priced_at_the_old_price_354_p59_p61_legal_4() throws IOException {
        ScenarioResult r = run("correction-at-old-price.json");
        PricedCorrectionsResult p = (PricedCorrectionsResult) r.sections().get(2);
        List<PricedLine> lines = p.lines();
        // January: 186 − 170 = +16 kWh; February: 168 − 170 = −2 kWh (mode A, issued in April 2026);
        // priced at the 5.00 ₽/kWh of January and February, not at the 6.00 ₽/kWh in force from March:
        // +16 × 5.00 = 80.00 ₽; −2 × 5.00 = −10.00 ₽; +70.00 ₽ in all
        assertEquals(2, lines.size());
        line(lines.get(0), "2026-01", "2026-01-01", "2026-01-31", Register.TOTAL, 1, 1, "16", "1", "5.00", "80.00");
        line(lines.get(1), "2026-02", "2026-02-01", "2026-02-28", Register.TOTAL, 1, 1, "-2", "1", "5.00",
                "-10.00");
        assertEquals(7000, p.totalMinor());
        for (PricedLine l : lines) {
            assertEquals(ChargeKind.CORRECTION, l.line().kind());
            assertEquals("2026-04", l.line().issuedIn().toString());
        }
        protocolMatches(r, lines);
    }
}
