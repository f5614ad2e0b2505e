package org.raschet.tariffs.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.raschet.core.account.AccountId;
import org.raschet.core.consumption.DailySeries;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.meter.Register;
import org.raschet.core.meter.RegisterSet;
import org.raschet.core.money.Amounts;
import org.raschet.core.money.Price;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.quantity.Unit;
import org.raschet.core.time.Timeline;
import org.raschet.tariffs.schedule.ConsumerGroup;
import org.raschet.tariffs.schedule.NormBasis;
import org.raschet.tariffs.schedule.NormKind;
import org.raschet.tariffs.schedule.NormRule;
import org.raschet.tariffs.schedule.NormSchedule;
import org.raschet.tariffs.schedule.Rates;
import org.raschet.tariffs.schedule.TariffPeriod;
import org.raschet.tariffs.schedule.TariffSchedule;
import org.raschet.tariffs.support.Evaluator;
import org.threeten.extra.LocalDateRange;

/** Invariants of pricing (issue 4, "Done when"). */
class PricingProperties {
    static final LocalDate EPOCH = LocalDate.of(2025, 1, 1);
    static final AccountId ACCOUNT = AccountId.of("P-1");

    /**
     * A random pricing case: a meter with {@code meterZones} registers over {@code days} days, a tariff of
     * {@code tariffZones} whose price changes on day {@code change} (index), flat or with a social norm.
     */
    record Case(LocalDate start, int days, RegisterSet meterZones, RegisterSet tariffZones, long[][] micros,
                int change, long[] oldE4, long[] newE4, boolean socialNorm, NormBasis normBasis, long normMicros,
                int residents, int moveIn, NormZoneSplit split) {
        LocalDateRange range() {
            return LocalDateRange.of(start, start.plusDays(days));
        }

        LocalDate changeDay() {
            return start.plusDays(change);
        }

        Rates rates(long[] e4) {
            List<Register> zones = tariffZones.registers();
            Map<Register, Price> within = new EnumMap<>(Register.class);
            Map<Register, Price> above = new EnumMap<>(Register.class);
            for (int z = 0; z < zones.size(); z++) {
                within.put(zones.get(z), new Price(e4[z], Amounts.RUB, Unit.KWH));
                above.put(zones.get(z), new Price(e4[z] + e4[zones.size() + z], Amounts.RUB, Unit.KWH));
            }
            return socialNorm ? Rates.socialNorm(within, above) : Rates.zoned(within);
        }

        TariffSchedule tariff() {
            return new TariffSchedule("t", Resource.ELECTRICITY, ConsumerGroup.URBAN, tariffZones,
                    List.of(TariffPeriod.of(EPOCH, changeDay(), rates(oldE4)), TariffPeriod.from(changeDay(),
                            rates(newE4))));
        }

        TariffSchedule oldOnly() {
            return TariffSchedule.from("t", Resource.ELECTRICITY, ConsumerGroup.URBAN, tariffZones, EPOCH,
                    rates(oldE4));
        }

        TariffSchedule newOnly() {
            return TariffSchedule.from("t", Resource.ELECTRICITY, ConsumerGroup.URBAN, tariffZones, EPOCH,
                    rates(newE4));
        }

        List<NormSchedule> limits() {
            return socialNorm ? List.of(NormSchedule.from("sn", NormKind.SOCIAL_NORM, Resource.ELECTRICITY,
                    ConsumerGroup.URBAN, EPOCH, NormRule.flat(normBasis, Quantity.ofMicros(normMicros, Unit.KWH))))
                    : List.of();
        }

        Timeline<Integer> residentsTimeline() {
            Map<LocalDate, Integer> m = new HashMap<>();
            m.put(EPOCH, residents);
            m.put(start.plusDays(moveIn), residents + 1);
            return Timeline.of(m);
        }

        DailyConsumption consumption(LocalDateRange span) {
            Map<Register, DailySeries> m = new EnumMap<>(Register.class);
            List<Register> regs = meterZones.registers();
            for (int r = 0; r < regs.size(); r++) {
                m.put(regs.get(r), DailySeries.of(start, Unit.KWH, micros[r]).slice(span));
            }
            return DailyConsumption.of(m);
        }

        ConsumptionRequest request(TariffSchedule t, LocalDateRange span) {
            return new ConsumptionRequest(ACCOUNT, t, limits(), residentsTimeline(), consumption(span),
                    PricingPolicies.DEFAULT.withNormZoneSplit(split));
        }

        PricingResult price(TariffSchedule t, LocalDateRange span) {
            return Pricing.consumption(request(t, span), ProtocolSink.NONE);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return cases(true);
    }

    @Provide
    Arbitrary<Case> flatCases() {
        return cases(false);
    }

    static Arbitrary<Case> cases(boolean withNorms) {
        Arbitrary<RegisterSet> sets = Arbitraries.of(RegisterSet.class);
        Arbitrary<Integer> days = Arbitraries.integers().between(2, 75);
        return Combinators.combine(Arbitraries.integers().between(0, 600), days, sets, sets,
                        Arbitraries.longs().between(0, 40_000_000L).array(long[].class).ofSize(3 * 75)
                                .list().ofSize(3),
                        Arbitraries.longs().between(1, 150_000L).array(long[].class).ofSize(6).list().ofSize(2),
                        withNorms ? Arbitraries.of(true, false) : Arbitraries.just(false),
                        Arbitraries.longs().between(0, 400_000_000L))
                .flatAs((offset, n, meter, tariff, raw, prices, norm, normMicros) -> Combinators.combine(
                                Arbitraries.integers().between(1, n - 1), Arbitraries.integers().between(0, 4),
                                Arbitraries.integers().between(0, n - 1), Arbitraries.of(NormBasis.class),
                                Arbitraries.of(NormZoneSplit.class))
                        .as((change, residents, moveIn, basis, split) -> {
                            long[][] micros = new long[3][n];
                            for (int r = 0; r < 3; r++) {
                                System.arraycopy(raw.get(r), 0, micros[r], 0, n);
                            }
                            return new Case(EPOCH.plusDays(offset), n, meter, tariff, micros, change, prices.get(0),
                                    prices.get(1), norm, basis, normMicros, residents, moveIn, split);
                        }));
    }

    @Property(tries = 200)
    void a_price_change_on_day_d_equals_pricing_before_d_at_the_old_and_from_d_at_the_new_price(
            @ForAll("cases") Case c) {
        // LEGAL §2: each day at its own tariff; with a social norm the norm is prorated to each part (Decree 614)
        Assume.that(!c.rates(c.oldE4()).equals(c.rates(c.newE4())));
        PricingResult whole = c.price(c.tariff(), c.range());
        PricingResult before = c.price(c.oldOnly(), LocalDateRange.of(c.start(), c.changeDay()));
        PricingResult after = c.price(c.newOnly(), LocalDateRange.of(c.changeDay(), c.range().getEnd()));
        List<PricedLine> parts = new ArrayList<>(before.lines());
        parts.addAll(after.lines());
        assertEquals(parts, whole.lines());
    }

    @Property(tries = 200)
    void splitting_a_period_at_any_day_gives_the_same_quantities_and_amounts_within_one_kopeck_per_line(
            @ForAll("flatCases") Case c) {
        // a flat tariff (no norm compared per run); zones summed or matched exactly (shares are per run: excluded)
        Case exact = new Case(c.start(), c.days(), c.meterZones(),
                c.meterZones() == RegisterSet.SINGLE ? RegisterSet.SINGLE : c.tariffZones() == RegisterSet.SINGLE
                        ? RegisterSet.SINGLE : c.meterZones() == RegisterSet.THREE_ZONE ? c.tariffZones()
                        : RegisterSet.TWO_ZONE, c.micros(), c.change(), c.oldE4(), c.newE4(), false, c.normBasis(),
                0, c.residents(), c.moveIn(), c.split());
        int d = c.moveIn() == 0 ? 1 : c.moveIn();
        LocalDate split = exact.start().plusDays(d);
        PricingResult whole = exact.price(exact.tariff(), exact.range());
        List<PricedLine> parts = new ArrayList<>(exact.price(exact.tariff(),
                LocalDateRange.of(exact.start(), split)).lines());
        parts.addAll(exact.price(exact.tariff(), LocalDateRange.of(split, exact.range().getEnd())).lines());
        assertEquals(whole.totalMicros(), parts.stream().mapToLong(p -> p.line().quantity().micros()).sum());
        for (PricedLine w : whole.lines()) {
            ChargeLine l = w.line();
            long micros = 0;
            long minor = 0;
            int count = 0;
            for (PricedLine p : parts) {
                ChargeLine q = p.line();
                if (q.register() == l.register() && l.span().encloses(q.span())) {
                    assertEquals(l.price(), q.price());
                    micros += q.quantity().micros();
                    minor += q.amountMinor();
                    count++;
                }
            }
            assertTrue(count == 1 || count == 2);
            assertEquals(l.quantity().micros(), micros);
            assertTrue(Math.abs(l.amountMinor() - minor) <= 1, l + " vs parts " + minor);
        }
    }

    @Property(tries = 200)
    void within_norm_plus_above_norm_is_the_total_and_within_is_the_prorated_norm(@ForAll("cases") Case c) {
        Case sn = new Case(c.start(), c.days(), c.meterZones(), c.tariffZones(), c.micros(), c.change(), c.oldE4(),
                c.newE4(), true, c.normBasis(), c.normMicros(), c.residents(), c.moveIn(), c.split());
        PricingResult r = sn.price(sn.tariff(), sn.range());
        Map<LocalDateRange, long[]> bySpan = new HashMap<>();
        for (PricedLine p : r.lines()) {
            long[] wa = bySpan.computeIfAbsent(p.line().span(), k -> new long[2]);
            wa[p.block()] += p.line().quantity().micros();
            assertTrue(p.line().quantity().micros() >= 0);
        }
        long total = 0;
        for (Map.Entry<LocalDateRange, long[]> e : bySpan.entrySet()) {
            LocalDateRange span = e.getKey();
            long v = 0;
            for (int r2 = 0; r2 < sn.meterZones().registers().size(); r2++) {
                int from = (int) (span.getStart().toEpochDay() - sn.start().toEpochDay());
                for (int i = from; i < from + span.lengthInDays(); i++) {
                    v += sn.micros()[r2][i];
                }
            }
            assertEquals(v, e.getValue()[0] + e.getValue()[1], "within + above = total on " + span);
            assertEquals(Math.min(v, expectedNorm(sn, span)), e.getValue()[0], "within = min(V, L) on " + span);
            total += v;
        }
        assertEquals(total, r.totalMicros());
    }

    /** The norm for a span of one month, computed independently in decimals (Decree 614; LEGAL §10). */
    static long expectedNorm(Case c, LocalDateRange span) {
        YearMonth m = YearMonth.from(span.getStart());
        BigDecimal n = BigDecimal.valueOf(c.normMicros());
        int s = span.getStart().getDayOfMonth() - 1;
        int e = s + (int) span.lengthInDays();
        BigDecimal d = BigDecimal.valueOf(m.lengthOfMonth());
        long share = n.multiply(BigDecimal.valueOf(e)).divide(d, 0, RoundingMode.HALF_UP)
                .subtract(n.multiply(BigDecimal.valueOf(s)).divide(d, 0, RoundingMode.HALF_UP)).longValueExact();
        int residents = span.getStart().isBefore(c.start().plusDays(c.moveIn())) ? c.residents() : c.residents() + 1;
        return c.normBasis() == NormBasis.PER_RESIDENT ? share * residents : share;
    }

    @Property(tries = 200)
    void corrections_at_historical_prices_make_every_rebilled_period_equal_a_fresh_calculation(
            @ForAll("cases") Case c, @ForAll("cases") Case other) {
        // what was billed used other daily volumes (e.g. a forecast); today's knowledge is c's
        long[][] old = new long[3][c.days()];
        for (int r = 0; r < 3; r++) {
            for (int i = 0; i < c.days(); i++) {
                old[r][i] = other.micros()[r][i % other.days()];
            }
        }
        Case billedCase = new Case(c.start(), c.days(), c.meterZones(), c.tariffZones(), old, c.change(), c.oldE4(),
                c.newE4(), c.socialNorm(), c.normBasis(), c.normMicros(), c.residents(), c.moveIn(), c.split());
        PricingResult billed = billedCase.price(c.tariff(), c.range());
        PricingResult fresh = c.price(c.tariff(), c.range());
        YearMonth issued = YearMonth.from(c.range().getEnd()).plusMonths(1);
        PricingResult corrections = Corrections.recalculate(billed.chargeLines(), fresh, issued, ProtocolSink.NONE);
        Map<YearMonth, long[]> sums = new HashMap<>();
        for (PricedLine p : billed.lines()) {
            add(sums, p.line(), 1);
        }
        for (PricedLine p : corrections.lines()) {
            add(sums, p.line(), 1);
            // at the price of the days it corrects, never today's
            Rates rates = c.tariff().ratesOn(p.line().span().getStart());
            assertTrue(rates.blocks().stream().anyMatch(b -> b.containsValue(p.line().price())));
            assertEquals(issued, p.line().issuedIn());
        }
        for (PricedLine p : fresh.lines()) {
            add(sums, p.line(), -1);
        }
        for (Map.Entry<YearMonth, long[]> e : sums.entrySet()) {
            assertEquals(0, e.getValue()[0], "quantity of " + e.getKey());
            assertEquals(0, e.getValue()[1], "amount of " + e.getKey());
        }
        List<ChargeLine> all = new ArrayList<>(billed.chargeLines());
        all.addAll(corrections.chargeLines());
        assertTrue(Corrections.recalculate(all, fresh, issued.plusMonths(1), ProtocolSink.NONE).lines().isEmpty());
    }

    private static void add(Map<YearMonth, long[]> sums, ChargeLine l, int sign) {
        long[] s = sums.computeIfAbsent(l.period(), k -> new long[2]);
        s[0] += sign * l.quantity().micros();
        s[1] += sign * l.amountMinor();
    }

    @Property(tries = 150)
    void every_protocol_step_re_evaluates_and_the_charge_steps_are_the_returned_lines(@ForAll("cases") Case c) {
        ProtocolRecorder protocol = new ProtocolRecorder();
        PricingResult r = Pricing.consumption(c.request(c.tariff(), c.range()), protocol);
        List<ProtocolStep> steps = Evaluator.checkAll(protocol.entries());
        List<BigDecimal> charged = steps.stream().filter(s -> s.formula().id().startsWith("charge."))
                .map(s -> s.result().value()).toList();
        assertEquals(r.lines().stream().map(p -> BigDecimal.valueOf(p.amountMinor(), 2)).toList(), charged);
        // the same result without a protocol
        assertEquals(r, Pricing.consumption(c.request(c.tariff(), c.range()), ProtocolSink.NONE));
    }
}
