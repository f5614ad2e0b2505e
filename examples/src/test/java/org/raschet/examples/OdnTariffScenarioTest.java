package org.raschet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.raschet.allocation.odn.HouseMonthSplit;
import org.raschet.allocation.odn.PremiseShare;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.money.Amounts;
import org.raschet.core.money.Price;
import org.raschet.core.protocol.StepEvaluator;
import org.raschet.core.quantity.Unit;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.ScenarioResult;
import org.raschet.examples.scenario.ScenarioRunner;
import org.raschet.examples.scenario.odn.CommonHouseCorrectionResult;
import org.raschet.examples.scenario.odn.CommonHouseResult;
import org.threeten.extra.LocalDateRange;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Common-house shares priced at the tariff schedules of the month's days ({@code networkMonths.tariff},
 * {@code premiseTariffs}): the bundled scenario {@code odn-tariff-change-mid-month} gives the figures computed by hand
 * in its description (354 p.44; LEGAL §6: each line rounded on its own; LEGAL §10: a tariff may change on any day),
 * a correction compares run by run, and bad names are reported at their path with their rule.
 */
class OdnTariffScenarioTest {
    private static final String NAME = "odn-tariff-change-mid-month.json";
    private static final LocalDateRange FIRST = LocalDateRange.ofClosed(LocalDate.of(2026, 7, 1),
            LocalDate.of(2026, 7, 14));
    private static final LocalDateRange SECOND = LocalDateRange.ofClosed(LocalDate.of(2026, 7, 15),
            LocalDate.of(2026, 7, 31));

    private static ObjectNode bundled() throws IOException {
        return (ObjectNode) Scenarios.json(Files.readString(ScenarioSchemaTest.SCENARIOS.resolve(NAME),
                StandardCharsets.UTF_8));
    }

    private static void assertLine(ChargeLine l, String premise, LocalDateRange days, String kwh, String price,
                                   String amount) {
        assertEquals(premise, l.account().value());
        assertEquals(days, l.span());
        assertEquals(OdnScenariosTest.kwh(kwh), l.quantity());
        assertEquals(Price.rub(price, Unit.KWH), l.price());
        assertEquals(amount, Amounts.format(l.amount()));
    }

    @Test
    void a_tariff_change_on_15_july_gives_two_lines_per_premise_each_rounded_on_its_own_354_p44_legal_6_10()
            throws IOException {
        ScenarioResult r = OdnScenariosTest.run(NAME);
        HouseMonthSplit s = OdnScenariosTest.section(r, CommonHouseResult.class).houses().get(0).splits().get(0);
        // V = 1060 − (300 + 400 + 300) = 60; shares 60 × 40/200, 60 × 60/200, 60 × 100/200 (no cap: actual volume)
        assertEquals(OdnScenariosTest.kwhs("12", "18", "30"), OdnScenariosTest.shares(s));
        List<PremiseShare> p = s.shares();
        // kv1: 12 × 14/31 = 5.4193548… → 5.419355 × 5.67 = 30.72774285 → 30.73; 6.580645 × 6.12 = 40.2735474 → 40.27
        assertLine(p.get(0).lines().get(0), "kv1", FIRST, "5.419355", "5.67", "30.73 RUB");
        assertLine(p.get(0).lines().get(1), "kv1", SECOND, "6.580645", "6.12", "40.27 RUB");
        // kv2: 18 × 14/31 = 8.1290322… → 8.129032 × 5.67 = 46.09161144 → 46.09; 9.870968 × 6.12 = 60.41032416
        // → 60.41
        assertLine(p.get(1).lines().get(0), "kv2", FIRST, "8.129032", "5.67", "46.09 RUB");
        assertLine(p.get(1).lines().get(1), "kv2", SECOND, "9.870968", "6.12", "60.41 RUB");
        // kv3: 30 × 14/31 = 13.5483870… → 13.548387 × 5.67 = 76.81935429 → 76.82; 16.451613 × 6.12 = 100.68387156
        // → 100.68
        assertLine(p.get(2).lines().get(0), "kv3", FIRST, "13.548387", "5.67", "76.82 RUB");
        assertLine(p.get(2).lines().get(1), "kv3", SECOND, "16.451613", "6.12", "100.68 RUB");
        assertEquals(List.of(7100L, 10650L, 17750L), p.stream().map(PremiseShare::amountMinor).toList());
        assertEquals(6, s.lines().size());
        assertEquals(List.of(), StepEvaluator.verifyAll(r.protocol()));
        // the text prints both lines of a premise under it
        String en = org.raschet.examples.scenario.report.TextReport.render(r, org.raschet.core.protocol.Language.EN);
        assertTrue(en.contains("kv1 (residential, 40.0000 m²): share 12.000000 kWh → charged 12.000000 kWh; charge "
                + "71.00 RUB, lines: 2\n"
                + "         2026-07-01 … 2026-07-14 (14 days): 5.419355 kWh × 5.6700 RUB/kWh = 30.73 RUB\n"
                + "         2026-07-15 … 2026-07-31 (17 days): 6.580645 kWh × 6.1200 RUB/kWh = 40.27 RUB\n"), en);
    }

    @Test
    void a_month_billed_at_one_price_is_corrected_run_by_run_at_the_tariffs_of_its_days_legal_4_10()
            throws IOException {
        ObjectNode t = bundled();
        ObjectNode compute = (ObjectNode) t.get("compute");
        compute.removeAll();
        ObjectNode c = compute.putObject("commonHouseCorrection");
        c.put("issuedIn", "2026-08");
        ArrayNode billed = c.putArray("billed");
        // kv1 billed 12 kWh × 5.67 = 68.04 for the whole of July before the change was known
        billed.addObject().put("account", "kv1").put("period", "2026-07").put("volume", "12").put("amount", "68.04")
                .put("price", "5.67");
        // kv2 billed exactly its two lines: nothing to correct
        billed.addObject().put("account", "kv2").put("period", "2026-07").put("volume", "8.129032")
                .put("amount", "46.09").put("price", "5.67").put("to", "2026-07-14");
        billed.addObject().put("account", "kv2").put("period", "2026-07").put("volume", "9.870968")
                .put("amount", "60.41").put("price", "6.12").put("from", "2026-07-15");
        ScenarioResult r = ScenarioRunner.run(t);
        List<ChargeLine> k = OdnScenariosTest.section(r, CommonHouseCorrectionResult.class).houses().get(0).result()
                .corrections();
        List<ChargeLine> kv1 = k.stream().filter(l -> l.account().value().equals("kv1")).toList();
        // the whole-month line reversed, each run billed at its own tariff: 30.73 − 68.04 + 40.27 = +2.96
        assertEquals(3, kv1.size());
        assertLine(kv1.get(0), "kv1", FIRST, "5.419355", "5.67", "30.73 RUB");
        assertLine(kv1.get(1), "kv1", LocalDateRange.ofClosed(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31)),
                "-12", "5.67", "-68.04 RUB");
        assertLine(kv1.get(2), "kv1", SECOND, "6.580645", "6.12", "40.27 RUB");
        assertEquals(296, kv1.stream().mapToLong(ChargeLine::amountMinor).sum());
        assertTrue(k.stream().noneMatch(l -> l.account().value().equals("kv2")), k.toString());
        // kv3 was billed nothing: its two lines are charged in full
        assertEquals(List.of("76.82 RUB", "100.68 RUB"), k.stream().filter(l -> l.account().value().equals("kv3"))
                .map(l -> Amounts.format(l.amount())).toList());
        assertEquals(List.of(), StepEvaluator.verifyAll(r.protocol()));
        String en = org.raschet.examples.scenario.report.TextReport.render(r, org.raschet.core.protocol.Language.EN);
        assertTrue(en.contains("kv1, July 2026, 2026-07-01 … 2026-07-31, price 5.6700 RUB/kWh: billed 12.000000 kWh, "
                + "68.04 RUB; recalculated 0.000000 kWh, 0.00 RUB; correction −12.000000 kWh, −68.04 RUB"), en);
    }

    @Test
    void a_line_billed_in_a_month_priced_by_tariffs_names_its_price() throws IOException {
        ObjectNode t = bundled();
        ObjectNode compute = (ObjectNode) t.get("compute");
        compute.removeAll();
        compute.putObject("commonHouseCorrection").put("issuedIn", "2026-08").putArray("billed").addObject()
                .put("account", "kv1").put("period", "2026-07").put("volume", "12").put("amount", "68.04");
        Scenarios.fault(t, "$.compute.commonHouseCorrection.billed[0].price", "scenario.required-property");
    }

    @Test
    void a_price_and_a_tariff_at_one_level_are_refused() throws IOException {
        ObjectNode t = bundled();
        ((ObjectNode) t.get("networkMonths")).put("price", "5.67");
        ScenarioException e = Scenarios.fault(t, "$.networkMonths.tariff", "networkMonths.price-or-tariffs");
        assertTrue(e.getMessage().contains("either a price or tariff schedules"), e.getMessage());

        ObjectNode m = bundled();
        OdnScenarioErrorsTest.month(m, 0).put("price", "5.67").putObject("premiseTariffs").put("kv1", "el-urban");
        Scenarios.fault(m, "$.networkMonths.months[0].premiseTariffs", "networkMonths.price-or-tariffs");
    }

    @Test
    void a_month_price_replaces_the_sections_tariff() throws IOException {
        ObjectNode t = bundled();
        OdnScenarioErrorsTest.month(t, 0).put("price", "5.67");
        HouseMonthSplit s = OdnScenariosTest.section(ScenarioRunner.run(t), CommonHouseResult.class).houses().get(0)
                .splits().get(0);
        // one line per premise at 5.67: 12 × 5.67 = 68.04; 18 × 5.67 = 102.06; 30 × 5.67 = 170.10
        assertEquals(List.of("68.04 RUB", "102.06 RUB", "170.10 RUB"), OdnScenariosTest.amounts(s));
    }

    @Test
    void premise_tariffs_price_the_premises_named_and_tariff_the_others() throws IOException {
        ObjectNode t = bundled();
        ObjectNode shop = ((ArrayNode) t.get("tariffs")).addObject();
        shop.put("id", "el-business").put("service", "electricity").put("group", "business");
        shop.putArray("periods").addObject().put("from", "2026-01-01").putObject("prices").put("total", "8.10");
        ((ObjectNode) t.get("networkMonths")).putObject("premiseTariffs").put("kv3", "el-business");
        HouseMonthSplit s = OdnScenariosTest.section(ScenarioRunner.run(t), CommonHouseResult.class).houses().get(0)
                .splits().get(0);
        // kv3 one line over July: 30 × 8.10 = 243.00; kv1, kv2 two lines each as in the bundled scenario
        assertEquals(List.of("30.73 RUB", "40.27 RUB", "46.09 RUB", "60.41 RUB", "243.00 RUB"),
                OdnScenariosTest.amounts(s));
    }

    @Test
    void unknown_ids_other_services_and_unnamed_premises_are_reported_at_their_path() throws IOException {
        ObjectNode unknown = bundled();
        ((ObjectNode) unknown.get("networkMonths")).put("tariff", "el-rural");
        ScenarioException e = Scenarios.fault(unknown, "$.networkMonths.tariff", "scenario.known-reference");
        assertTrue(e.getMessage().contains("el-rural"), e.getMessage());

        ObjectNode water = bundled();
        ObjectNode cw = ((ArrayNode) water.get("tariffs")).addObject();
        cw.put("id", "cw").put("service", "cold-water");
        cw.putArray("periods").addObject().put("from", "2026-01-01").putObject("prices").put("total", "45.10");
        OdnScenarioErrorsTest.month(water, 0).put("tariff", "cw");
        Scenarios.fault(water, "$.networkMonths.months[0].tariff", "pricing.same-service");

        ObjectNode partial = bundled();
        ((ObjectNode) partial.get("networkMonths")).remove("tariff");
        ((ObjectNode) partial.get("networkMonths")).putObject("premiseTariffs").put("kv1", "el-urban")
                .put("kv2", "el-urban");
        e = Scenarios.fault(partial, "$.networkMonths.premiseTariffs", "scenario.required-property");
        assertTrue(e.getMessage().contains("kv3"), e.getMessage());

        ObjectNode house = bundled();
        ((ObjectNode) house.get("networkMonths")).putObject("premiseTariffs").put("dom-7", "el-urban");
        Scenarios.fault(house, "$.networkMonths.premiseTariffs['dom-7']", "scenario.known-reference");
    }
}
