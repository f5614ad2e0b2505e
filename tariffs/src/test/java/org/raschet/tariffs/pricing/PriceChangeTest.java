package org.raschet.tariffs.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.raschet.tariffs.support.Fixtures.ACCOUNT;
import static org.raschet.tariffs.support.Fixtures.d;
import static org.raschet.tariffs.support.Fixtures.days;
import static org.raschet.tariffs.support.Fixtures.kwh;
import static org.raschet.tariffs.support.Fixtures.rub;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raschet.core.consumption.DailySeries;
import org.raschet.core.consumption.RegisterConsumption;
import org.raschet.core.consumption.RolloverPolicy;
import org.raschet.core.ledger.ChargeKind;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.meter.Meter;
import org.raschet.core.meter.Reading;
import org.raschet.core.meter.ReadingSource;
import org.raschet.core.meter.Register;
import org.raschet.core.money.Amounts;
import org.raschet.core.protocol.Formulas;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.tariffs.schedule.TariffSchedule;
import org.raschet.tariffs.support.Evaluator;
import org.threeten.extra.LocalDateRange;

/**
 * A price change on 1 July between readings of 20 June and 25 July (354 p.42, App. 2, formula 1: P = V × T; LEGAL §2:
 * the interval covers 21 June … 25 July, spread evenly over its days, each day priced at its own tariff).
 */
class PriceChangeTest {
    private static final TariffSchedule TARIFF = org.raschet.tariffs.support.Fixtures.singleChange("5.67",
            d("2026-07-01"), "6.12");

    @Test
    void readings_of_20_june_and_25_july_price_june_days_at_the_old_and_july_days_at_the_new_tariff() {
        Meter meter = Meter.single("77-0042", "A-1", Resource.ELECTRICITY, 6, d("2025-01-01"));
        Reading june = new Reading(meter.id(), Register.TOTAL, d("2026-06-20"), kwh("10000"),
                ReadingSource.CONTROL, d("2026-06-20"), Optional.empty());
        Reading july = new Reading(meter.id(), Register.TOTAL, d("2026-07-25"), kwh("10351.5"),
                ReadingSource.CONTROL, d("2026-07-25"), Optional.empty());
        Quantity v = RegisterConsumption.between(meter, june, july, RolloverPolicy.NEVER, ProtocolSink.NONE);
        assertEquals(kwh("351.5"), v);
        // LEGAL §2: a reading dated D is the value at the end of D; the interval covers 21.06 … 25.07 = 35 days
        DailySeries daily = DailySeries.evenly(days("2026-06-21", "2026-07-26"), v);

        ProtocolRecorder protocol = new ProtocolRecorder();
        PricingResult r = Pricing.consumption(ConsumptionRequest.of(ACCOUNT, TARIFF, DailyConsumption.single(daily)),
                protocol);

        // hand computation: June 10 of 35 days: round(351.5 × 10 / 35, 6) = 100.428571 kWh; July the rest 251.071429
        // June: round(100.428571 × 5.67, 2) = round(569.42999757, 2) = 569.43
        // July: round(251.071429 × 6.12, 2) = round(1536.55714548, 2) = 1536.56
        List<ChargeLine> lines = r.chargeLines();
        assertEquals(2, lines.size());
        assertLine(lines.get(0), "2026-06", days("2026-06-21", "2026-07-01"), "100.428571", "5.67", "569.43");
        assertLine(lines.get(1), "2026-07", days("2026-07-01", "2026-07-26"), "251.071429", "6.12", "1536.56");
        assertEquals(210599, r.totalMinor());
        assertEquals(351_500_000L, r.totalMicros());

        List<ProtocolStep> steps = Evaluator.checkAll(protocol.entries());
        List<ProtocolStep> charges = steps.stream().filter(s -> s.formula() == Formulas.CHARGE_BY_METER).toList();
        assertEquals(2, charges.size());
        assertEquals("569.43", charges.get(0).result().value().toPlainString());
        assertEquals("1536.56", charges.get(1).result().value().toPlainString());
        // the per-day tariff policy and the rounding policy are named
        assertEquals(true, charges.get(0).notes().stream().anyMatch(n -> n.id().equals("policy:tariff.per-day")));
        assertEquals(true, charges.get(0).notes().stream()
                .anyMatch(n -> n.id().equals("policy:rounding.kopecks-half-up-per-line")));
    }

    @Test
    void a_change_on_the_15th_splits_the_month_into_two_lines_of_one_period() {
        TariffSchedule mid = org.raschet.tariffs.support.Fixtures.singleChange("5.00", d("2026-03-15"), "6.00");
        DailySeries march = DailySeries.evenly(days("2026-03-01", "2026-04-01"), kwh("310"));
        PricingResult r = Pricing.consumption(ConsumptionRequest.of(ACCOUNT, mid, DailyConsumption.single(march)),
                ProtocolSink.NONE);
        // 14 days × 10 kWh at 5.00 = 700.00; 17 days × 10 kWh at 6.00 = 1020.00
        assertEquals(2, r.lines().size());
        assertLine(r.chargeLines().get(0), "2026-03", days("2026-03-01", "2026-03-15"), "140", "5.00", "700.00");
        assertLine(r.chargeLines().get(1), "2026-03", days("2026-03-15", "2026-04-01"), "170", "6.00", "1020.00");
    }

    static void assertLine(ChargeLine l, String period, LocalDateRange span, String kwh, String price,
                           String amount) {
        assertEquals(YearMonth.parse(period), l.period());
        assertEquals(YearMonth.parse(period), l.issuedIn());
        assertEquals(span, l.span());
        assertEquals(kwh(kwh), l.quantity());
        assertEquals(rub(price), l.price());
        assertEquals(Amounts.toMinor(Amounts.rub(amount)), l.amountMinor());
        assertEquals(ChargeKind.CONSUMPTION, l.kind());
        assertEquals(Register.TOTAL, l.register());
    }
}
