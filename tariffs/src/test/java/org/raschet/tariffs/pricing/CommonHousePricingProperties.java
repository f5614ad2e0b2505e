package org.raschet.tariffs.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.raschet.core.account.AccountId;
import org.raschet.core.ledger.ChargeKind;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.money.Amounts;
import org.raschet.core.money.Price;
import org.raschet.core.money.RoundingRule;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.quantity.Unit;
import org.raschet.core.time.Days;
import org.raschet.tariffs.schedule.ConsumerGroup;
import org.raschet.tariffs.schedule.Rates;
import org.raschet.tariffs.schedule.TariffPeriod;
import org.raschet.tariffs.schedule.TariffSchedule;
import org.raschet.tariffs.support.Evaluator;

/**
 * Invariants of pricing a common-house share at the tariffs of its month's days (354 p.44; LEGAL §2, §6, §10, §11).
 */
class CommonHousePricingProperties {
    private static final AccountId ACCOUNT = AccountId.of("kv-1");

    /** A month, a share, and prices changing on some days of the month (day of month → price, 10⁻⁴ RUB). */
    record Case(YearMonth month, long shareMicros, TreeMap<Integer, Long> pricesE4) {
        TariffSchedule tariff() {
            List<TariffPeriod> periods = new ArrayList<>();
            List<Integer> from = new ArrayList<>(pricesE4.keySet());
            for (int i = 0; i < from.size(); i++) {
                LocalDate start = from.get(i) == 1 ? month.atDay(1).minusYears(1) : month.atDay(from.get(i));
                Rates r = Rates.single(new Price(pricesE4.get(from.get(i)), Amounts.RUB, Unit.KWH));
                periods.add(i + 1 < from.size() ? TariffPeriod.of(start, month.atDay(from.get(i + 1)), r)
                        : TariffPeriod.from(start, r));
            }
            return new TariffSchedule("t", Resource.ELECTRICITY, ConsumerGroup.URBAN,
                    org.raschet.core.meter.RegisterSet.SINGLE, periods);
        }

        Quantity share() {
            return Quantity.ofMicros(shareMicros, Unit.KWH);
        }

        Price priceOn(LocalDate day) {
            return new Price(pricesE4.floorEntry(day.getDayOfMonth()).getValue(), Amounts.RUB, Unit.KWH);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.randomValue(r -> {
            YearMonth month = YearMonth.of(2024 + r.nextInt(4), 1 + r.nextInt(12));
            long share = r.nextInt(4) == 0 ? r.nextInt(100) : (long) (r.nextDouble() * 50_000_000_000L);
            TreeMap<Integer, Long> prices = new TreeMap<>();
            prices.put(1, price(r));
            int changes = r.nextInt(4);
            for (int i = 0; i < changes; i++) {
                // sometimes the same price again: consecutive equal rates are one run
                prices.put(2 + r.nextInt(month.lengthOfMonth() - 1), r.nextInt(4) == 0 ? prices.get(1) : price(r));
            }
            return new Case(month, share, prices);
        });
    }

    private static long price(Random r) {
        return 1 + r.nextInt(200_000);
    }

    @Property(tries = 300)
    void lines_sum_to_the_share_each_day_at_its_own_price_each_line_rounded_on_its_own(@ForAll("cases") Case c) {
        PricingResult r = Pricing.commonHouse(CommonHouseRequest.of(ACCOUNT, c.tariff(), c.month(), c.share()),
                ProtocolSink.NONE);
        assertEquals(c.shareMicros(), r.totalMicros(), "the lines sum exactly to the share");
        LocalDate cursor = c.month().atDay(1);
        int n = c.month().lengthOfMonth();
        long total = 0;
        for (ChargeLine l : r.chargeLines()) {
            assertEquals(ChargeKind.COMMON_HOUSE, l.kind());
            assertEquals(cursor, l.span().getStart(), "lines follow each other");
            for (LocalDate d = l.span().getStart(); d.isBefore(l.span().getEnd()); d = d.plusDays(1)) {
                assertEquals(c.priceOn(d), l.price(), "day " + d + " at its own price");
            }
            assertEquals(l.price().chargeMinor(l.quantity(), RoundingRule.KOPECKS_HALF_UP), l.amountMinor());
            // equal weights: within one 10⁻⁶ unit of share × days / D
            BigDecimal exact = BigDecimal.valueOf(c.shareMicros()).multiply(BigDecimal.valueOf(
                    l.span().lengthInDays())).divide(BigDecimal.valueOf(n), MathContext.DECIMAL128);
            assertTrue(exact.subtract(BigDecimal.valueOf(l.quantity().micros())).abs().compareTo(BigDecimal.ONE) <= 0,
                    l + " vs " + exact);
            total += l.amountMinor();
            cursor = l.span().getEnd();
        }
        assertEquals(Days.of(c.month()).getEnd(), cursor, "the lines cover the month");
        assertEquals(total, r.totalMinor());
        for (int i = 1; i < r.lines().size(); i++) {
            assertTrue(!r.chargeLines().get(i).price().equals(r.chargeLines().get(i - 1).price()),
                    "one line per run of days at one price");
        }
    }

    @Property(tries = 100)
    void every_step_re_evaluates(@ForAll("cases") Case c) {
        ProtocolRecorder protocol = new ProtocolRecorder();
        PricingResult r = Pricing.commonHouse(CommonHouseRequest.of(ACCOUNT, c.tariff(), c.month(), c.share()),
                protocol);
        Evaluator.checkAll(protocol.entries());
        assertEquals(r.lines().size(), protocol.protocol().steps().stream()
                .filter(s -> s.formula() == org.raschet.core.protocol.Formulas.ODN_CHARGE_DAYS).count());
    }
}
