package org.raschet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.StepEvaluator;
import org.raschet.examples.scenario.ScenarioResult;
import org.raschet.examples.scenario.ScenarioRunner;
import org.raschet.examples.scenario.report.JsonReport;
import org.raschet.examples.scenario.report.TextReport;
import org.raschet.examples.scenario.tariff.PricingSettings;
import org.raschet.examples.scenario.tariff.TariffPricingResult;
import org.raschet.tariffs.pricing.PricedLine;
import org.raschet.tariffs.pricing.PricingBasis;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** What the {@code pricing} section resolves and prices, on hand-computed examples citing their rules. */
class TariffPricingTest {
    private static TariffPricingResult pricing(JsonNode scenario) {
        ScenarioResult r = ScenarioRunner.run(scenario);
        assertEquals(List.of(), StepEvaluator.verifyAll(r.protocol()));
        return (TariffPricingResult) r.sections().get(0);
    }

    private static List<PricedLine> lines(TariffPricingResult r, int account) {
        return r.accounts().get(account).result().lines();
    }

    private static void line(PricedLine p, String first, String last, Register register, int block, String kwh,
                             String k, String price, String amount) {
        TariffScenariosTest.line(p, p.line().period().toString(), first, last, register, block, p.blocks(), kwh, k,
                price, amount);
    }

    @Test
    void a_metered_flat_and_a_flat_without_a_meter_of_the_group_354_app2_f1_f4() {
        TariffPricingResult r = pricing(TariffScenarios.base());
        assertEquals(2, r.accounts().size());
        assertTrue(r.accounts().get(0).metered());
        // 1310 − 1000 = 310 kWh × 6.12 = 1897.20 ₽ (formula 1)
        line(lines(r, 0).get(0), "2026-07-01", "2026-07-31", Register.TOTAL, 1, "310", "1", "6.12", "1897.20");
        // no meter, found by its group urban: 3 × 100 = 300 kWh × 1.5 × 6.12 = 2754.00 ₽ (formula 4, no-meter)
        assertEquals(false, r.accounts().get(1).metered());
        line(lines(r, 1).get(0), "2026-07-01", "2026-07-31", Register.TOTAL, 1, "300", "1.5", "6.12", "2754.00");
        assertEquals(465120, r.totalMinor());
    }

    @Test
    void no_coefficient_where_an_inspection_act_says_a_meter_cannot_be_installed_legal_5() {
        ObjectNode tree = TariffScenarios.base();
        tree.set("accountTariffs", Scenarios.json("[{\"account\": \"100-002\", \"service\": \"electricity\", "
                + "\"normativeReason\": \"meter-impossible\"}]"));
        TariffPricingResult r = pricing(tree);
        // 300 × 6.12 = 1836.00 ₽
        line(lines(r, 1).get(0), "2026-07-01", "2026-07-31", Register.TOTAL, 1, "300", "1", "6.12", "1836.00");
        assertEquals(PricingBasis.NORMATIVE, lines(r, 1).get(0).basis().orElseThrow());
    }

    @Test
    void a_coefficient_given_by_the_scenario_changes_on_its_own_day() {
        ObjectNode tree = TariffScenarios.base();
        tree.set("policies", Scenarios.json("{\"increasingCoefficient\": "
                + "{\"2017-01-01\": 1.5, \"2026-07-15\": 2}}"));
        TariffPricingResult r = pricing(tree);
        // days 1–14: 3 × round(100 × 14 / 31, 6) = 3 × 45.161290 = 135.483870 kWh × 1.5 × 6.12 = 1243.741926
        // days 15–31: 3 × (100 − 45.161290) = 164.516130 kWh × 2 × 6.12 = 2013.677431
        List<PricedLine> l = lines(r, 1);
        assertEquals(2, l.size());
        line(l.get(0), "2026-07-01", "2026-07-14", Register.TOTAL, 1, "135.483870", "1.5", "6.12", "1243.74");
        line(l.get(1), "2026-07-15", "2026-07-31", Register.TOTAL, 1, "164.516130", "2", "6.12", "2013.68");
        ScenarioResult run = ScenarioRunner.run(tree);
        assertEquals("scenario", run.policies().name(PricingSettings.INCREASING_COEFFICIENT));
        assertTrue(run.policies().isExplicit(PricingSettings.INCREASING_COEFFICIENT));
        assertTrue(TextReport.render(run, Language.EN).contains("increasingCoefficient = scenario (set by the"
                + " scenario): increasing coefficient 1.5 from 2017-01-01; 2 from 2026-07-15"));
    }

    /** A single-register meter read 0 on 30.06 and 240 on 31.07.2026 under a two-zone flat tariff. */
    private static ObjectNode singleUnderTwoZone() {
        ObjectNode tree = TariffScenarios.base();
        ((tools.jackson.databind.node.ArrayNode) tree.get("premises")).remove(1);
        Scenarios.at(tree, "/readings/0").put("value", "0");
        Scenarios.at(tree, "/readings/1").put("value", "240");
        tree.set("tariffs", Scenarios.json("[{\"id\": \"el-2z\", \"service\": \"electricity\", \"group\": \"urban\","
                + " \"zones\": \"two-zone\", \"periods\": [{\"from\": \"2026-01-01\","
                + " \"prices\": {\"day\": \"6.50\", \"night\": \"3.20\"}}]}]"));
        return tree;
    }

    @Test
    void a_single_register_meter_under_a_two_zone_tariff_is_shared_by_zone_hours() {
        // the group's only tariff; zone hours day 16 h, night 8 h (442; ZoneSharePolicy.ZONE_HOURS):
        // day round(240 × 16 / 24, 6) = 160 × 6.50 = 1040.00; night 80 × 3.20 = 256.00
        TariffPricingResult r = pricing(singleUnderTwoZone());
        List<PricedLine> l = lines(r, 0);
        line(l.get(0), "2026-07-01", "2026-07-31", Register.DAY, 1, "160", "1", "6.50", "1040.00");
        line(l.get(1), "2026-07-01", "2026-07-31", Register.NIGHT, 1, "80", "1", "3.20", "256.00");
    }

    @Test
    void or_by_the_account_zone_history_where_given() {
        ObjectNode tree = singleUnderTwoZone();
        tree.set("accountTariffs", Scenarios.json("[{\"account\": \"100-001\", \"service\": \"electricity\", "
                + "\"zoneHistory\": {\"day\": \"1200\", \"night\": \"400\"}}]"));
        // day round(240 × 1200 / 1600, 6) = 180 × 6.50 = 1170.00; night 60 × 3.20 = 192.00
        TariffPricingResult r = pricing(tree);
        List<PricedLine> l = lines(r, 0);
        line(l.get(0), "2026-07-01", "2026-07-31", Register.DAY, 1, "180", "1", "6.50", "1170.00");
        line(l.get(1), "2026-07-01", "2026-07-31", Register.NIGHT, 1, "60", "1", "3.20", "192.00");
        assertTrue(TextReport.render(ScenarioRunner.run(tree), Language.EN).contains("zone shares by the account's"
                + " history"));
    }

    @Test
    void the_group_tariff_whose_zones_are_the_meter_registers_is_chosen() {
        ObjectNode tree = singleUnderTwoZone();
        ((tools.jackson.databind.node.ArrayNode) tree.get("tariffs")).add(Scenarios.json("{\"id\": \"el-1\", "
                + "\"service\": \"electricity\", \"group\": \"urban\", \"periods\": [{\"from\": \"2026-01-01\", "
                + "\"prices\": {\"total\": \"5.00\"}}]}"));
        TariffPricingResult r = pricing(tree);
        assertEquals("el-1", r.accounts().get(0).pricing().tariff().value().id());
        line(lines(r, 0).get(0), "2026-07-01", "2026-07-31", Register.TOTAL, 1, "240", "1", "5.00", "1200.00");
    }

    @Test
    void in_zone_order_gives_the_social_norm_to_the_day_zone_first_decree_614() {
        ObjectNode tree = (ObjectNode) Scenarios.json(TwoZone.TEXT);
        tree.set("policies", Scenarios.json("{\"normZoneSplit\": \"in-zone-order\"}"));
        TariffPricingResult r = pricing(tree);
        // within 150 all in the day zone; above: day 30, night 60; the night's within-norm part is zero
        List<PricedLine> l = lines(r, 0);
        assertEquals(3, l.size());
        line(l.get(0), "2026-07-01", "2026-07-31", Register.DAY, 1, "150", "1", "5.00", "750.00");
        line(l.get(1), "2026-07-01", "2026-07-31", Register.DAY, 2, "30", "1", "7.00", "210.00");
        line(l.get(2), "2026-07-01", "2026-07-31", Register.NIGHT, 2, "60", "1", "3.50", "210.00");
        assertTrue(JsonReport.render(ScenarioRunner.run(tree)).contains("\"option\" : \"in-zone-order\""));
    }

    @Test
    void a_partial_month_after_a_move_in_prorates_the_social_norm_by_days_decree_614_legal_10() {
        // 2 residents from 15.07; meter installed 14.07 read 0, then 170 kWh on 31.07; social norm 75 per resident:
        // L = 2 × (round(75 × 31/31, 6) − round(75 × 14/31, 6)) = 2 × (75 − 33.870968) = 82.258064 kWh;
        // within 82.258064 × 5.00 = 411.29032 → 411.29; above 87.741936 × 7.00 = 614.193552 → 614.19
        String text = """
                {
                  "metadata": { "name": "move-in" },
                  "premises": [ { "id": "A", "house": "H", "area": "40", "residents": { "2026-07-15": 2 },
                                  "tariffGroup": "urban" } ],
                  "meters": [ { "id": "M", "account": "A", "resource": "electricity", "digits": 6,
                                "installed": "2026-07-14" } ],
                  "readings": [
                    { "meter": "M", "date": "2026-07-14", "value": "0", "source": "control" },
                    { "meter": "M", "date": "2026-07-31", "value": "170", "source": "consumer-web" } ],
                  "tariffs": [ { "id": "sn", "service": "electricity", "group": "urban", "periods": [
                    { "from": "2026-01-01", "blocks": [ { "total": "5.00" }, { "total": "7.00" } ] } ] } ],
                  "norms": [ { "id": "sn-75", "kind": "social-norm", "service": "electricity", "group": "urban",
                    "periods": [ { "from": "2026-01-01", "basis": "per-resident", "value": "75" } ] } ],
                  "compute": { "pricing": { "from": "2026-07-15", "to": "2026-07-31" } }
                }
                """;
        TariffPricingResult r = pricing(Scenarios.json(text));
        List<PricedLine> l = lines(r, 0);
        assertEquals(2, l.size());
        line(l.get(0), "2026-07-15", "2026-07-31", Register.TOTAL, 1, "82.258064", "1", "5.00", "411.29");
        line(l.get(1), "2026-07-15", "2026-07-31", Register.TOTAL, 2, "87.741936", "1", "7.00", "614.19");
        assertTrue(l.get(0).isWithinNorm());
    }

    @Test
    void the_per_day_engine_bills_by_the_account_normative_past_a_short_history_354_p59_1_p60() {
        // meter in service since 31.05.2026, June by readings (150 kWh × 5 = 750.00); no July reading and less than
        // 3 months of history: July by the normative without the coefficient (354 p.59(1), p.60 case b):
        // 2 residents × 100 kWh = 200 kWh × 5.00 = 1000.00
        String text = """
                {
                  "metadata": { "name": "fallback" },
                  "premises": [ { "id": "A", "house": "H", "area": "50", "residents": { "2020-01-01": 2 },
                                  "tariffGroup": "urban" } ],
                  "meters": [ { "id": "M", "account": "A", "resource": "electricity", "digits": 6,
                                "installed": "2026-05-31" } ],
                  "readings": [
                    { "meter": "M", "date": "2026-05-31", "value": "0", "source": "control" },
                    { "meter": "M", "date": "2026-06-30", "value": "150", "source": "consumer-web" } ],
                  "tariffs": [ { "id": "t", "service": "electricity", "group": "urban",
                                 "periods": [ { "from": "2026-01-01", "prices": { "total": "5" } } ] } ],
                  "norms": [ { "id": "n", "kind": "normative", "service": "electricity", "group": "urban",
                               "periods": [ { "from": "2020-01-01", "basis": "per-resident", "value": "100" } ] } ],
                  "compute": { "pricing": { "from": "2026-06-01", "to": "2026-07-31" } }
                }
                """;
        TariffPricingResult r = pricing(Scenarios.json(text));
        List<PricedLine> l = lines(r, 0);
        assertEquals(2, l.size());
        line(l.get(0), "2026-06-01", "2026-06-30", Register.TOTAL, 1, "150", "1", "5", "750.00");
        assertEquals(PricingBasis.METERED, l.get(0).basis().orElseThrow());
        line(l.get(1), "2026-07-01", "2026-07-31", Register.TOTAL, 1, "200", "1", "5", "1000.00");
        assertEquals(PricingBasis.NORMATIVE, l.get(1).basis().orElseThrow());
        // a seasonal normative cannot be given to the per-day engine: the day needing it fails, naming the input
        ObjectNode seasonal = (ObjectNode) Scenarios.json(text);
        ObjectNode p = Scenarios.at(seasonal, "/norms/0/periods/0");
        p.remove("value");
        p.set("seasons", Scenarios.json("[{\"months\": [\"june\", \"july\"], \"value\": 100}]"));
        Scenarios.domainFault(seasonal, "$.norms[0].periods", "schedule.covers-day", "RASCHET-SCHEDULE-GAP");
    }

    @Test
    void the_services_normative_and_meter_installation_act_price_a_flat_without_a_meter() {
        // the per-day engine's inputs of the services section stand in for the tariff inputs: normative 100 kWh per
        // resident, an inspection act says no meter can be installed → no coefficient (LEGAL §5):
        // 3 × 100 = 300 kWh × 6.12 = 1836.00 ₽
        ObjectNode tree = TariffScenarios.base();
        tree.remove("norms");
        tree.set("services", Scenarios.json("[{\"account\": \"100-002\", \"resource\": \"electricity\", "
                + "\"normativePerResident\": {\"2020-01-01\": 100}, \"meterInstallationImpossible\": true}]"));
        TariffPricingResult r = pricing(tree);
        line(lines(r, 1).get(0), "2026-07-01", "2026-07-31", Register.TOTAL, 1, "300", "1", "6.12", "1836.00");
        assertEquals("services:100-002", r.accounts().get(1).pricing().normative().orElseThrow().value().id());
        assertEquals(PricingBasis.NORMATIVE, lines(r, 1).get(0).basis().orElseThrow());
        // a reason contradicting the act is an error
        tree.set("accountTariffs", Scenarios.json("[{\"account\": \"100-002\", \"service\": \"electricity\", "
                + "\"normativeReason\": \"no-meter\"}]"));
        Scenarios.fault(tree, "$.accountTariffs[0].normativeReason", "pricing.normative-reason-agrees");
    }

    /** The bundled two-zone scenario's text. */
    static final class TwoZone {
        static final String TEXT = read();

        private static String read() {
            try {
                return java.nio.file.Files.readString(ScenarioSchemaTest.SCENARIOS.resolve("two-zone-social-norm.json"),
                        java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
