package org.raschet.tariffs.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raschet.tariffs.support.Fixtures.d;
import static org.raschet.tariffs.support.Fixtures.days;
import static org.raschet.tariffs.support.Fixtures.kwh;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raschet.core.account.Premise;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.ledger.ChargeKind;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.protocol.Formulas;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.tariffs.support.Evaluator;
import org.raschet.tariffs.support.Fixtures;

/** Sanction charges (354 p.62, p.81(11); LEGAL §5). */
class SanctionsTest {
    static final Premise TWO_RESIDENTS = Premise.residential("A-1", "H-1", "54.3", 2, d("2020-01-01"), "urban");

    @Test
    void interference_with_a_meter_is_charged_by_the_normative_times_10_for_3_months_before_the_check() {
        // 354 p.81(11): found and eliminated on 15.10.2026, date of interference unknown → 15.07 … 14.10.2026;
        // V by the normative (2 × 100 kWh/month), money × 10, T = 5.67:
        // July 15–31: V = 2 × (100 − round(100 × 14/31, 6)) = 109.677420; round(109.677420 × 10 × 5.67, 2) = 6218.71
        // August, September: 200 × 56.7 = 11340.00 each; October 1–14: 2 × 45.161290 = 90.322580 → 5121.29
        ProtocolRecorder protocol = new ProtocolRecorder();
        PricingResult r = Sanctions.interference(InterferenceCase.of(TWO_RESIDENTS, Fixtures.single("5.67"),
                NormativeTest.NORMATIVE_100, d("2026-10-15")), protocol);
        assertEquals(days("2026-07-15", "2026-10-15"), r.range());
        List<ChargeLine> lines = r.chargeLines();
        assertEquals(4, lines.size());
        assertSanction(lines.get(0), "2026-07", "109.677420", 621871);
        assertSanction(lines.get(1), "2026-08", "200", 1134000);
        assertSanction(lines.get(2), "2026-09", "200", 1134000);
        assertSanction(lines.get(3), "2026-10", "90.322580", 512129);
        assertEquals(3402000, r.totalMinor());
        List<ProtocolStep> steps = Evaluator.checkAll(protocol.entries());
        assertEquals(4, steps.stream().filter(s -> s.formula() == Formulas.CHARGE_SANCTION_INTERFERENCE).count());
        assertTrue(steps.stream().anyMatch(s -> s.notes().stream()
                .anyMatch(n -> n.id().equals("policy:sanction.interference.normative-x10-3-months"))));
    }

    @Test
    void a_known_date_of_interference_shortens_the_period() {
        PricingResult r = Sanctions.interference(new InterferenceCase(TWO_RESIDENTS.id(), TWO_RESIDENTS.residents(),
                Fixtures.single("5.67"), List.of(), NormativeTest.NORMATIVE_100, Optional.of(d("2026-09-01")),
                d("2026-10-15"), d("2026-10-15"), SanctionPolicy.INTERFERENCE), ProtocolSink.NONE);
        assertEquals(days("2026-09-01", "2026-10-15"), r.range());
        assertEquals(1134000 + 512129, r.totalMinor());
    }

    @Test
    void unauthorised_connection_is_charged_by_power_times_24_hours_for_3_months_before_the_month_found() {
        // 354 p.62: 2.5 kW found 15.10.2026, eliminated 20.10.2026; from 1 July (3 months before October) to 19.10:
        // 2.5 kW × 24 h = 60 kWh a day; the tariff changes on 1 September from 5.67 to 6.12:
        // July 1860 kWh × 5.67 = 10546.20; August 10546.20; September 1800 × 6.12 = 11016.00;
        // October 19 days = 1140 kWh × 6.12 = 6976.80
        ProtocolRecorder protocol = new ProtocolRecorder();
        UnauthorisedConnectionCase c = UnauthorisedConnectionCase.of(Fixtures.ACCOUNT, Power.ofKilowatts("2.5"),
                Fixtures.singleChange("5.67", d("2026-09-01"), "6.12"), d("2026-10-15"));
        c = new UnauthorisedConnectionCase(c.account(), c.power(), c.tariff(), c.limits(), c.residents(), c.since(),
                c.foundOn(), d("2026-10-20"), c.policy());
        PricingResult r = Sanctions.unauthorisedConnection(c, protocol);
        assertEquals(days("2026-07-01", "2026-10-20"), r.range());
        List<ChargeLine> lines = r.chargeLines();
        assertEquals(4, lines.size());
        assertSanction(lines.get(0), "2026-07", "1860", 1054620);
        assertSanction(lines.get(1), "2026-08", "1860", 1054620);
        assertSanction(lines.get(2), "2026-09", "1800", 1101600);
        assertSanction(lines.get(3), "2026-10", "1140", 697680);
        List<ProtocolStep> steps = Evaluator.checkAll(protocol.entries());
        assertEquals(4, steps.stream().filter(s -> s.formula() == Formulas.SANCTION_UNAUTHORISED_VOLUME).count());
        assertEquals(4, steps.stream().filter(s -> s.formula() == Formulas.CHARGE_SANCTION_UNAUTHORISED).count());
    }

    @Test
    void an_elimination_before_the_finding_is_rejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new UnauthorisedConnectionCase(
                Fixtures.ACCOUNT, Power.ofKilowatts("1"), Fixtures.single("5.67"), List.of(),
                org.raschet.core.time.Timeline.of(java.util.Map.of()), Optional.empty(), d("2026-10-15"),
                d("2026-10-14"), SanctionPolicy.UNAUTHORISED_CONNECTION));
        assertTrue(e.getMessage().contains("2026-10-14"), e.getMessage());
    }

    static void assertSanction(ChargeLine l, String period, String kwh, long kopecks) {
        assertEquals(ChargeKind.SANCTION, l.kind());
        assertEquals(YearMonth.parse(period), l.period());
        assertEquals(YearMonth.parse("2026-10"), l.issuedIn());
        assertEquals(kwh(kwh), l.quantity());
        assertEquals(kopecks, l.amountMinor());
    }
}
