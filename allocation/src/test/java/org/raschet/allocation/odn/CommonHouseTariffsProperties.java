package org.raschet.allocation.odn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.raschet.core.ledger.ChargeKind;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.meter.RegisterSet;
import org.raschet.core.money.Amounts;
import org.raschet.core.money.Price;
import org.raschet.core.money.RoundingRule;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.protocol.StepEvaluator;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.quantity.Unit;
import org.raschet.core.time.Days;
import org.raschet.tariffs.schedule.ConsumerGroup;
import org.raschet.tariffs.schedule.Rates;
import org.raschet.tariffs.schedule.TariffPeriod;
import org.raschet.tariffs.schedule.TariffSchedule;

/**
 * Invariants of pricing the common-house shares by the premises' tariff schedules (354 p.44; LEGAL §6, §10, §11):
 * a constant tariff gives exactly the single-price lines; with price changes inside the month each premise's lines
 * sum to its share, each day is priced at its own tariff, each line is rounded on its own; every protocol step
 * re-evaluates.
 */
class CommonHouseTariffsProperties {

    /** A random house (see {@link CommonHouseSplitProperties#randomCase}), a month and the prices of its days. */
    record Case(CommonHouseSplitProperties.Case house, YearMonth month, TreeMap<Integer, Long> pricesE4,
                boolean twoSchedules) {
        HouseMonth houseMonth() {
            Map<NodeId, VolumeByBasis> v = new HashMap<>();
            v.put(NodeId.of("H"), VolumeByBasis.measured(Quantity.ofMicros(house.house(), Unit.KWH)));
            for (int i = 0; i < house.ids().size(); i++) {
                v.put(NodeId.of(house.ids().get(i)),
                        VolumeByBasis.measured(Quantity.ofMicros(house.volumes()[i], Unit.KWH)));
            }
            return HouseMonth.of(month, NetworkVolumes.of(month, Resource.ELECTRICITY, v))
                    .withNormative(new CommonNormative(house.normative(), Unit.KWH));
        }

        /** The schedule: day of month → price from that day; the first entry holds from a year before. */
        TariffSchedule tariff(String id, long shiftE4) {
            List<TariffPeriod> periods = new ArrayList<>();
            List<Integer> from = new ArrayList<>(pricesE4.keySet());
            for (int i = 0; i < from.size(); i++) {
                LocalDate start = from.get(i) == 1 ? month.atDay(1).minusYears(1) : month.atDay(from.get(i));
                Rates r = Rates.single(price(pricesE4.get(from.get(i)) + shiftE4));
                periods.add(i + 1 < from.size() ? TariffPeriod.of(start, month.atDay(from.get(i + 1)), r)
                        : TariffPeriod.from(start, r));
            }
            return new TariffSchedule(id, Resource.ELECTRICITY, ConsumerGroup.URBAN, RegisterSet.SINGLE, periods);
        }

        /** Every premise on one schedule, or every other premise (by id order) on a second one, 1 kopeck dearer. */
        CommonHouseTariffs tariffs() {
            if (!twoSchedules) {
                return CommonHouseTariffs.of(tariff("t", 0));
            }
            TariffSchedule a = tariff("a", 0);
            TariffSchedule b = tariff("b", 100);
            List<String> sorted = house.ids().stream().sorted().toList();
            return CommonHouseTariffs.of(sorted.stream().map(NodeId::of).toList(),
                    p -> sorted.indexOf(p.value()) % 2 == 0 ? a : b);
        }

        long priceOnE4(TariffSchedule t, LocalDate day) {
            return t.ratesOn(day).price(0, org.raschet.core.meter.Register.TOTAL).e4();
        }
    }

    static Price price(long e4) {
        return new Price(e4, Amounts.RUB, Unit.KWH);
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.randomValue(r -> random(r, 1 + r.nextInt(4)));
    }

    @Provide
    Arbitrary<Case> constant() {
        return Arbitraries.randomValue(r -> {
            Case c = random(r, 1);
            // the same price again from a day inside the month: consecutive equal rates are one run
            if (r.nextBoolean()) {
                c.pricesE4().put(2 + r.nextInt(c.month().lengthOfMonth() - 1), c.pricesE4().get(1));
            }
            return new Case(c.house(), c.month(), c.pricesE4(), false);
        });
    }

    static Case random(Random r, int prices) {
        YearMonth month = YearMonth.of(2024 + r.nextInt(4), 1 + r.nextInt(12));
        TreeMap<Integer, Long> p = new TreeMap<>();
        p.put(1, 1 + (long) r.nextInt(150_000));
        for (int i = 1; i < prices; i++) {
            p.put(2 + r.nextInt(month.lengthOfMonth() - 1), 1 + (long) r.nextInt(150_000));
        }
        return new Case(CommonHouseSplitProperties.randomCase(r), month, p, r.nextBoolean());
    }

    private static HouseMonthSplit split(Case c, HouseMonth m, ProtocolSink sink) {
        return CommonHouseSplit.month(c.house().network(), NodeId.of("H"), m, Map.of(), OdnPolicy.FEDERAL, sink);
    }

    @Property(tries = 300)
    void a_constant_tariff_gives_exactly_the_single_price_lines(@ForAll("constant") Case c) {
        HouseMonth m = c.houseMonth();
        HouseMonthSplit byPrice = split(c, m.withPrice(price(c.pricesE4().get(1))), ProtocolSink.NONE);
        HouseMonthSplit byTariffs = split(c, m.withTariffs(c.tariffs()), ProtocolSink.NONE);
        assertEquals(byPrice, byTariffs);
        assertEquals(byPrice.lines(), byTariffs.lines());
        assertEquals(byPrice.shares().size(), byTariffs.lines().size(), "one line per premise");
    }

    @Property(tries = 300)
    void each_premises_lines_sum_to_its_share_each_day_at_its_own_tariff(@ForAll("cases") Case c) {
        CommonHouseTariffs tariffs = c.tariffs();
        HouseMonthSplit s = split(c, c.houseMonth().withTariffs(tariffs), ProtocolSink.NONE);
        long charged = 0;
        Map<String, long[]> pricesByTariff = new HashMap<>();
        for (PremiseShare p : s.shares()) {
            TariffSchedule t = tariffs.tariffOf(p.premise());
            long[] dayPrices = pricesByTariff.computeIfAbsent(t.id(), k -> {
                long[] out = new long[c.month().lengthOfMonth()];
                for (int d = 0; d < out.length; d++) {
                    out[d] = c.priceOnE4(t, c.month().atDay(d + 1));
                }
                return out;
            });
            long sum = 0;
            LocalDate cursor = c.month().atDay(1);
            long previousE4 = -1;
            for (ChargeLine l : p.lines()) {
                assertEquals(ChargeKind.COMMON_HOUSE, l.kind());
                assertEquals(p.account(), l.account());
                assertEquals(c.month(), l.period());
                assertEquals(cursor, l.span().getStart(), "the lines follow each other");
                for (LocalDate d = l.span().getStart(); d.isBefore(l.span().getEnd()); d = d.plusDays(1)) {
                    assertEquals(dayPrices[d.getDayOfMonth() - 1], l.price().e4(),
                            "day " + d + " at the tariff in force on it");
                }
                assertTrue(l.price().e4() != previousE4, "one line per run of days at one price");
                // each line rounded on its own (LEGAL §6, §11)
                assertEquals(l.price().chargeMinor(l.quantity(), RoundingRule.KOPECKS_HALF_UP), l.amountMinor());
                assertTrue(l.quantity().micros() >= 0);
                previousE4 = l.price().e4();
                sum += l.quantity().micros();
                cursor = l.span().getEnd();
            }
            assertEquals(Days.of(c.month()).getEnd(), cursor, "the lines cover the month");
            assertEquals(p.share().micros(), sum, "the lines sum exactly to the share");
            charged += sum;
        }
        assertEquals(s.charged().micros(), charged);
    }

    @Property(tries = 100)
    void every_step_of_the_protocol_re_evaluates(@ForAll("cases") Case c) {
        ProtocolRecorder rec = new ProtocolRecorder();
        HouseMonthSplit s = split(c, c.houseMonth().withTariffs(c.tariffs()), rec);
        assertEquals(List.of(), StepEvaluator.verifyAll(rec.protocol()));
        assertEquals(s.lines().size(), rec.protocol().steps().stream()
                .filter(x -> x.formula() == org.raschet.core.protocol.Formulas.ODN_CHARGE_DAYS).count(),
                "one charge step per line");
    }

    @Property(tries = 100)
    void corrections_bring_the_billed_lines_to_the_recalculated_ones_run_by_run(@ForAll("cases") Case c,
                                                                              @ForAll Random r) {
        HouseMonth known = c.houseMonth().withTariffs(c.tariffs());
        List<ChargeLine> billed = split(c, known, ProtocolSink.NONE).lines();
        String id = c.house().ids().get(r.nextInt(c.house().ids().size()));
        HouseMonth now = known.withVolume(NodeId.of(id), VolumeByBasis.measured(Quantity.ofMicros(
                r.nextInt(1_000_000_000), Unit.KWH)));
        YearMonth issued = c.month().plusMonths(1);
        CommonHouseCorrection.Result res = CommonHouseCorrection.recalculate(c.house().network(), NodeId.of("H"),
                List.of(now), Map.of(), OdnPolicy.FEDERAL, billed, issued, ProtocolSink.NONE);
        // per account, run of days and price: billed + corrections = recalculated
        Map<List<Object>, long[]> net = new HashMap<>();
        for (ChargeLine l : billed) {
            add(net, l, 1);
        }
        for (ChargeLine l : res.corrections()) {
            assertEquals(ChargeKind.COMMON_HOUSE, l.kind());
            assertEquals(issued, l.issuedIn());
            add(net, l, 1);
        }
        for (ChargeLine l : res.recalculated().get(0).lines()) {
            add(net, l, -1);
        }
        net.values().forEach(v -> assertTrue(v[0] == 0 && v[1] == 0));
        List<ChargeLine> all = new ArrayList<>(billed);
        all.addAll(res.corrections());
        assertTrue(CommonHouseCorrection.recalculate(c.house().network(), NodeId.of("H"), List.of(now), Map.of(),
                OdnPolicy.FEDERAL, all, issued, ProtocolSink.NONE).corrections().isEmpty());
    }

    private static void add(Map<List<Object>, long[]> net, ChargeLine l, int sign) {
        long[] v = net.computeIfAbsent(List.of(l.account(), l.span(), l.price()), k -> new long[2]);
        v[0] += sign * l.quantity().micros();
        v[1] += sign * l.amountMinor();
    }
}
