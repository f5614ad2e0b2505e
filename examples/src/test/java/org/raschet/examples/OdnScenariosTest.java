package org.raschet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raschet.allocation.odn.HouseMonthSplit;
import org.raschet.allocation.odn.LossBearer;
import org.raschet.allocation.odn.LossReport;
import org.raschet.allocation.odn.NodeBalance;
import org.raschet.allocation.odn.NodeId;
import org.raschet.allocation.odn.PremiseShare;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.money.Amounts;
import org.raschet.core.protocol.StepEvaluator;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Unit;
import org.raschet.examples.scenario.ScenarioResult;
import org.raschet.examples.scenario.ScenarioRunner;
import org.raschet.examples.scenario.compute.SectionResult;
import org.raschet.examples.scenario.odn.CommonHouseCorrectionResult;
import org.raschet.examples.scenario.odn.CommonHouseResult;
import org.raschet.examples.scenario.odn.LossesResult;

/**
 * The bundled common-house scenarios give the figures computed by hand in their descriptions (LEGAL §6; 354 p.44,
 * App. 2; 491 p.29(2); ЖК Art. 156 p.9.2; Minstroy letter of 04.06.2025 No. 32320-ДН/04; 354 p.61), asserted here
 * independently of their expected files; and every step of their protocols re-evaluates to its result.
 */
class OdnScenariosTest {
    static ScenarioResult run(String name) throws IOException {
        return ScenarioRunner.run(Files.readString(ScenarioSchemaTest.SCENARIOS.resolve(name), StandardCharsets.UTF_8));
    }

    static <R extends SectionResult> R section(ScenarioResult r, Class<R> type) {
        return r.sections().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    static Quantity kwh(String v) {
        return Quantity.of(v, Unit.KWH);
    }

    static List<Quantity> kwhs(String... v) {
        return java.util.Arrays.stream(v).map(OdnScenariosTest::kwh).toList();
    }

    static List<Quantity> shares(HouseMonthSplit s) {
        return s.shares().stream().map(PremiseShare::share).toList();
    }

    static List<Quantity> raws(HouseMonthSplit s) {
        return s.shares().stream().map(PremiseShare::raw).toList();
    }

    static List<String> amounts(HouseMonthSplit s) {
        return s.lines().stream().map(l -> Amounts.format(l.amount())).toList();
    }

    @Test
    void house_four_months_354_p44_positive_negative_carried_and_capped() throws IOException {
        ScenarioResult r = run("odn-house-four-months.json");
        List<HouseMonthSplit> m = section(r, CommonHouseResult.class).houses().get(0).splits();
        assertEquals(4, m.size());
        // January: V = 2050 − (300 + 350 + 400 forecast + 950) = 50; 50 × S_i / 300, the unit left to kv1 (2/3)
        HouseMonthSplit jan = m.get(0);
        assertEquals(kwh("50"), jan.houseNode().volume());
        assertEquals(kwh("400"), jan.houseNode().individual().orElseThrow().forecast());
        assertEquals(kwhs("6.666667", "8.333333", "10", "25"), shares(jan));
        // 6.666667 × 5.67 = 37.80000189 → 37.80; 8.333333 × 5.67 = 47.24999811 → 47.25 (LEGAL §11)
        assertEquals(List.of("37.80 RUB", "47.25 RUB", "56.70 RUB", "141.75 RUB"), amounts(jan));
        // February: V = 1930 − (290 + 340 by normative + 390 + 950) = −40: zero shares, −40 carried (Minstroy)
        HouseMonthSplit feb = m.get(1);
        assertEquals(kwh("-40"), feb.houseNode().volume());
        assertEquals(kwh("340"), feb.houseNode().individual().orElseThrow().normative());
        assertEquals(kwhs("0", "0", "0", "0"), shares(feb));
        assertEquals(Map.of(NodeId.of("dom-12"), kwh("-40")), feb.carryOut());
        // March: V = 55, Vd = max(55 − 40, 0) = 15: 2, 2.5, 3, 7.5; 14.175 → 14.18 and 42.525 → 42.53 half-up
        HouseMonthSplit mar = m.get(2);
        assertEquals(kwh("-40"), mar.houseNode().carryIn());
        assertEquals(kwh("15"), mar.distributed());
        assertEquals(Map.of(), mar.carryOut());
        assertEquals(kwhs("2", "2.5", "3", "7.5"), shares(mar));
        assertEquals(List.of("11.34 RUB", "14.18 RUB", "17.01 RUB", "42.53 RUB"), amounts(mar));
        // April: V = 120 over Vn = 1.2 × 60 = 72: shares 16, 20, 24, 60 capped at 9.6, 12, 14.4, 36 (ЖК 156 ч.9.2)
        HouseMonthSplit apr = m.get(3);
        assertEquals(Optional.of(kwh("72")), apr.normativeVolume());
        assertEquals(kwhs("16", "20", "24", "60"), raws(apr));
        assertEquals(kwhs("9.6", "12", "14.4", "36"), shares(apr));
        assertEquals(kwh("48"), apr.excess());
        assertEquals(LossBearer.MANAGEMENT_COMPANY, apr.excessBearer());
        // the month's own price 6.12: 58.752 → 58.75, 73.44, 88.128 → 88.13, 220.32
        assertEquals(List.of("58.75 RUB", "73.44 RUB", "88.13 RUB", "220.32 RUB"), amounts(apr));
        assertEquals(List.of(), StepEvaluator.verifyAll(r.protocol()));
    }

    private static NodeBalance node(LossReport r, String id) {
        return r.find(NodeId.of(id)).orElseThrow();
    }

    @Test
    void feeder_losses_localised_to_riser_r1() throws IOException {
        ScenarioResult r = run("odn-feeder-riser-loss.json");
        LossesResult losses = section(r, LossesResult.class);
        assertEquals(1, losses.reports().size());
        LossReport rep = losses.reports().get(0).report();
        // R1: 1000 − (500 + 400 forecast) = 100, 10.00 %; 400 / 900 = 44.44 % forecast
        assertEquals(Optional.of(kwh("100")), node(rep, "R1").imbalance());
        assertEquals(Optional.of(new BigDecimal("10.00")), node(rep, "R1").imbalancePercent());
        assertEquals(Optional.of(new BigDecimal("44.44")), node(rep, "R1").estimatedPercent());
        // R2: 950 − 945 = 5, 0.53 %; H1: 1960 − 1950 = 10, 0.51 %, loss at and below 115 = 10 + 100 + 5
        assertEquals(Optional.of(new BigDecimal("0.53")), node(rep, "R2").imbalancePercent());
        assertEquals(Optional.of(new BigDecimal("0.51")), node(rep, "H1").imbalancePercent());
        assertEquals(Optional.of(kwh("115")), node(rep, "H1").lossBelow());
        // H2: 20, 1.38 %; H3 unmetered: 640, 46.88 % by normative
        assertEquals(Optional.of(new BigDecimal("1.38")), node(rep, "H2").imbalancePercent());
        assertEquals(kwh("640"), node(rep, "H3").volume().total());
        assertEquals(Optional.of(new BigDecimal("46.88")), node(rep, "H3").estimatedPercent());
        // TP1: 4080 − 4050 = 30, 0.74 %, 300 / 4050 = 7.41 %; F1: 30, 0.73 %, loss at and below 4110 − 3915 = 195
        assertEquals(Optional.of(new BigDecimal("0.74")), node(rep, "TP1").imbalancePercent());
        assertEquals(Optional.of(new BigDecimal("7.41")), node(rep, "TP1").estimatedPercent());
        assertEquals(Optional.of(new BigDecimal("0.73")), node(rep, "F1").imbalancePercent());
        assertEquals(Optional.of(kwh("195")), node(rep, "F1").lossBelow());
        assertEquals("R1", losses.reports().get(0).largestImbalance().orElseThrow().node().value());

        List<CommonHouseResult.House> houses = section(r, CommonHouseResult.class).houses();
        assertEquals(List.of("H1", "H2", "H3"), houses.stream().map(h -> h.house().value()).toList());
        HouseMonthSplit h1 = houses.get(0).splits().get(0);
        // split at H1 (10 over 200 m²) and at risers: R1's 100 over p11, p12 (95 m²), R2's 5 over p21, p22 (105 m²)
        assertEquals(List.of("H1", "R1", "R2"), h1.nodes().stream().map(n -> n.node().value()).toList());
        assertEquals(kwhs("10", "100", "5"), h1.nodes().stream().map(n -> n.volume()).toList());
        assertEquals(Map.of(NodeId.of("H1"), kwh("2.5"), NodeId.of("R1"), kwh("52.631579")),
                h1.shares().get(0).byNode());
        assertEquals(kwhs("55.131579", "49.618421", "5.857143", "4.392857"), raws(h1));
        // caps 60 × S_i / 200 = 15, 13.5, 18, 13.5; the excess 76.25 stays with the management company
        assertEquals(kwhs("15", "13.5", "5.857143", "4.392857"), shares(h1));
        assertEquals(kwh("38.75"), h1.charged());
        assertEquals(kwh("76.25"), h1.excess());
        assertEquals(List.of("85.05 RUB", "76.55 RUB", "33.21 RUB", "24.91 RUB"), amounts(h1));
        HouseMonthSplit h2 = houses.get(1).splits().get(0);
        assertEquals(kwhs("9.333333", "10.666667"), shares(h2));
        assertEquals(List.of("52.92 RUB", "60.48 RUB"), amounts(h2));
        // H3 has no house meter: V = Vn = 1.5 × 25 = 37.5 (354 p.44), the excess would be the supplier's
        HouseMonthSplit h3 = houses.get(2).splits().get(0);
        assertTrue(h3.byNormative());
        assertEquals(kwhs("17.1875", "20.3125"), shares(h3));
        assertEquals(LossBearer.SUPPLIER, h3.excessBearer());
        assertEquals(List.of("97.45 RUB", "115.17 RUB"), amounts(h3));
        assertEquals(List.of(), StepEvaluator.verifyAll(r.protocol()));
    }

    @Test
    void late_reading_corrects_the_month_the_carried_balance_reached_354_p61() throws IOException {
        ScenarioResult r = run("odn-late-reading-correction.json");
        CommonHouseCorrectionResult c = section(r, CommonHouseCorrectionResult.class);
        var result = c.houses().get(0).result();
        // February is now 0, nothing carried; March shares Vd = 55: 7.333333, 9.166667, 11, 27.5
        assertEquals(Map.of(), result.recalculated().get(1).carryOut());
        assertEquals(kwhs("7.333333", "9.166667", "11", "27.5"), shares(result.recalculated().get(2)));
        List<ChargeLine> lines = result.corrections();
        assertEquals(List.of("kv1", "kv2", "kv3", "mag"), lines.stream().map(l -> l.account().value()).toList());
        assertTrue(lines.stream().allMatch(l -> l.period().toString().equals("2026-03")
                && l.issuedIn().toString().equals("2026-05")));
        assertEquals(kwhs("5.333333", "6.666667", "8", "20"), lines.stream().map(ChargeLine::quantity).toList());
        // 41.58 − 11.34, 51.98 − 14.18, 62.37 − 17.01, 155.93 − 42.53
        assertEquals(List.of("30.24 RUB", "37.80 RUB", "45.36 RUB", "113.40 RUB"),
                lines.stream().map(l -> Amounts.format(l.amount())).toList());
        assertEquals(List.of(), StepEvaluator.verifyAll(r.protocol()));
    }

    @Test
    void premises_volumes_from_the_per_day_engine_354_p42_f1_f4_and_p44() throws IOException {
        ScenarioResult r = run("odn-house-from-consumption.json");
        List<HouseMonthSplit> m = section(r, CommonHouseResult.class).houses().get(0).splits();
        // kv1 1250 − 1000 = 250, kv2 820 − 500 = 320 by readings (f.1); kv3 2 × 90 = 180 by the normative (f.4)
        var ind = m.get(0).houseNode().individual().orElseThrow();
        assertEquals(kwh("570"), ind.measured());
        assertEquals(kwh("180"), ind.normative());
        // January V = 800 − 750 = 50: 13.333333, 20, 16.666667 (remainder 2/3); 80.00, 120.00, 100.00 at 6 ₽/kWh
        assertEquals(kwhs("13.333333", "20", "16.666667"), shares(m.get(0)));
        assertEquals(List.of("80.00 RUB", "120.00 RUB", "100.00 RUB"), amounts(m.get(0)));
        // February V = 650 − (230 + 280 + 180) = −40: zero shares, −40 carried (Minstroy letter No. 32320-ДН/04)
        assertEquals(kwh("-40"), m.get(1).houseNode().volume());
        assertEquals(Map.of(NodeId.of("dom-5"), kwh("-40")), m.get(1).carryOut());
        CommonHouseResult c = section(r, CommonHouseResult.class);
        assertEquals(List.of(NodeId.of("kv1"), NodeId.of("kv2"), NodeId.of("kv3")),
                c.months().months().get(0).fromConsumption());
        assertEquals(Optional.of(java.time.LocalDate.of(2026, 3, 5)), c.months().knownOn());
        // losses: 50 / 800 = 6.25 %, 180 / 750 = 24.00 % by normative; February −40 / 650 = −6.15 %
        LossesResult losses = section(r, LossesResult.class);
        assertEquals(Optional.of(new BigDecimal("6.25")), node(losses.reports().get(0).report(), "dom-5")
                .imbalancePercent());
        assertEquals(Optional.of(new BigDecimal("24.00")), node(losses.reports().get(0).report(), "dom-5")
                .estimatedPercent());
        assertEquals(Optional.of(new BigDecimal("-6.15")), node(losses.reports().get(1).report(), "dom-5")
                .imbalancePercent());
        assertEquals(List.of(), StepEvaluator.verifyAll(r.protocol()));
    }

    @Test
    void a_volume_the_month_gives_is_used_as_given() throws IOException {
        var tree = (tools.jackson.databind.node.ObjectNode) ScenarioRunner.parse(Files.readString(
                ScenarioSchemaTest.SCENARIOS.resolve("odn-house-from-consumption.json"), StandardCharsets.UTF_8));
        Scenarios.at(tree, "/networkMonths/months/0/measured").put("kv1", "240");
        ScenarioResult r = ScenarioRunner.run(tree);
        CommonHouseResult c = section(r, CommonHouseResult.class);
        assertEquals(List.of(NodeId.of("kv2"), NodeId.of("kv3")), c.months().months().get(0).fromConsumption());
        // V = 800 − (240 + 320 + 180) = 60
        assertEquals(kwh("60"), c.houses().get(0).splits().get(0).houseNode().volume());
    }

    @Test
    void the_reports_are_the_expected_files_whatever_the_default_locale_and_time_zone() throws IOException {
        java.util.Locale locale = java.util.Locale.getDefault();
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        try {
            for (String[] s : new String[][] {{"tr-TR", "Asia/Kamchatka"}, {"ar-SA-u-nu-arab", "Pacific/Kiritimati"}}) {
                java.util.Locale.setDefault(java.util.Locale.forLanguageTag(s[0]));
                java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(s[1]));
                for (String name : List.of("odn-house-four-months", "odn-feeder-riser-loss",
                        "odn-late-reading-correction", "odn-house-from-consumption")) {
                    ScenarioResult r = run(name + ".json");
                    assertEquals(expected(name + ".expected.ru.txt"),
                            org.raschet.examples.scenario.report.TextReport.render(r,
                                    org.raschet.core.protocol.Language.RU), name + " " + s[0]);
                    assertEquals(expected(name + ".expected.en.txt"),
                            org.raschet.examples.scenario.report.TextReport.render(r,
                                    org.raschet.core.protocol.Language.EN), name + " " + s[0]);
                    assertEquals(expected(name + ".expected.json"),
                            org.raschet.examples.scenario.report.JsonReport.render(r), name + " " + s[0]);
                }
            }
        } finally {
            java.util.Locale.setDefault(locale);
            java.util.TimeZone.setDefault(zone);
        }
    }

    private static String expected(String file) throws IOException {
        return Files.readString(ScenarioSchemaTest.SCENARIOS.resolve(file), StandardCharsets.UTF_8);
    }
}
