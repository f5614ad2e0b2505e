package org.raschet.tariffs.columnar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.raschet.core.account.AccountId;
import org.raschet.core.consumption.DailySeries;
import org.raschet.core.meter.Register;
import org.raschet.core.meter.RegisterSet;
import org.raschet.core.money.Amounts;
import org.raschet.core.money.Price;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.quantity.Unit;
import org.raschet.core.time.Timeline;
import org.raschet.tariffs.pricing.ConsumptionRequest;
import org.raschet.tariffs.pricing.DailyConsumption;
import org.raschet.tariffs.pricing.NormZoneSplit;
import org.raschet.tariffs.pricing.PricedLine;
import org.raschet.tariffs.pricing.Pricing;
import org.raschet.tariffs.pricing.PricingPolicies;
import org.raschet.tariffs.schedule.ConsumerGroup;
import org.raschet.tariffs.schedule.NormBasis;
import org.raschet.tariffs.schedule.NormKind;
import org.raschet.tariffs.schedule.NormRule;
import org.raschet.tariffs.schedule.NormSchedule;
import org.raschet.tariffs.schedule.Rates;
import org.raschet.tariffs.schedule.TariffPeriod;
import org.raschet.tariffs.schedule.TariffSchedule;
import org.threeten.extra.LocalDateRange;

/** The columnar fast path means what the object API means (DESIGN principle 6: two speeds, one meaning). */
class ColumnarProperties {
    static final LocalDate EPOCH = LocalDate.of(2025, 1, 1);

    record Account(int tariff, boolean norm, NormBasis basis, long normMicros, int[] residents, long[][] micros) {
    }

    record House(LocalDate start, int days, List<TariffSchedule> tariffs, List<Account> accounts,
                 NormZoneSplit split) {
        LocalDateRange range() {
            return LocalDateRange.of(start, start.plusDays(days));
        }
    }

    static TariffSchedule tariff(int i, RegisterSet zones, boolean blocks, LocalDate change, long[] e4) {
        List<Register> regs = zones.registers();
        List<Rates> rates = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            Map<Register, Price> within = new EnumMap<>(Register.class);
            Map<Register, Price> above = new EnumMap<>(Register.class);
            for (int z = 0; z < regs.size(); z++) {
                within.put(regs.get(z), new Price(e4[p * 6 + z], Amounts.RUB, Unit.KWH));
                above.put(regs.get(z), new Price(e4[p * 6 + z] + e4[p * 6 + 3 + z], Amounts.RUB, Unit.KWH));
            }
            rates.add(blocks ? Rates.socialNorm(within, above) : Rates.zoned(within));
        }
        return new TariffSchedule("t" + i, Resource.ELECTRICITY, ConsumerGroup.URBAN, zones,
                List.of(TariffPeriod.of(EPOCH, change, rates.get(0)), TariffPeriod.from(change, rates.get(1))));
    }

    @Provide
    Arbitrary<House> houses() {
        Arbitrary<Integer> offsets = Arbitraries.integers().between(0, 500);
        Arbitrary<Integer> lengths = Arbitraries.integers().between(1, 70);
        return Combinators.combine(offsets, lengths, Arbitraries.of(NormZoneSplit.class)).flatAs((offset, n, split) -> {
            LocalDate start = EPOCH.plusDays(offset);
            Arbitrary<TariffSchedule> tariffs = Combinators.combine(Arbitraries.of(RegisterSet.class),
                    Arbitraries.of(true, false), Arbitraries.integers().between(-5, n + 5),
                    Arbitraries.longs().between(1, 120_000L).array(long[].class).ofSize(12))
                    .as((zones, blocks, change, e4) -> tariff(0, zones, blocks,
                            start.plusDays(change).isAfter(EPOCH) ? start.plusDays(change) : EPOCH.plusDays(1), e4));
            return tariffs.list().ofMinSize(1).ofMaxSize(3).flatMap(ts -> {
                Arbitrary<Account> accounts = Combinators.combine(Arbitraries.integers().between(0, ts.size() - 1),
                                Arbitraries.of(NormBasis.class), Arbitraries.longs().between(0, 300_000_000L),
                                Arbitraries.integers().between(0, 4).array(int[].class).ofSize(n),
                                Arbitraries.longs().between(0, 30_000_000L).array(long[].class).ofSize(n)
                                        .array(long[][].class).ofSize(3))
                        .as((t, basis, norm, residents, micros) -> new Account(t, true, basis, norm,
                                smooth(residents), micros));
                List<TariffSchedule> named = new ArrayList<>();
                for (int i = 0; i < ts.size(); i++) {
                    TariffSchedule t = ts.get(i);
                    named.add(new TariffSchedule("t" + i, t.service(), t.group(), t.zones(), t.periods()));
                }
                return accounts.list().ofMinSize(1).ofMaxSize(6)
                        .map(as -> new House(start, n, named, as, split));
            });
        });
    }

    /** Residents that change at most a few times: runs of the first values. */
    static int[] smooth(int[] r) {
        int[] out = r.clone();
        for (int i = 1; i < out.length; i++) {
            if (i % 9 != 0) {
                out[i] = out[i - 1];
            }
        }
        return out;
    }

    @Property(tries = 150)
    void columnar_equals_the_object_api(@ForAll("houses") House h) {
        PricingColumns.Builder b = PricingColumns.builder(h.range());
        List<List<NormSchedule>> limits = new ArrayList<>();
        for (int a = 0; a < h.accounts().size(); a++) {
            Account acc = h.accounts().get(a);
            TariffSchedule t = h.tariffs().get(acc.tariff());
            List<NormSchedule> l = List.of(NormSchedule.from("sn" + a, NormKind.SOCIAL_NORM, Resource.ELECTRICITY,
                    ConsumerGroup.URBAN, EPOCH, NormRule.flat(acc.basis(), Quantity.ofMicros(acc.normMicros(),
                            Unit.KWH))));
            limits.add(l);
            int idx = b.account(AccountId.of("A" + a), t, l, acc.residents());
            List<Register> zones = t.zones().registers();
            for (int z = zones.size() - 1; z >= 0; z--) {
                b.register(idx, zones.get(z), acc.micros()[z]);
            }
        }
        ChargeColumns columns = ColumnarPricing.price(b.build(), h.split());

        List<Object> expected = new ArrayList<>();
        for (int a = 0; a < h.accounts().size(); a++) {
            Account acc = h.accounts().get(a);
            TariffSchedule t = h.tariffs().get(acc.tariff());
            Map<Register, DailySeries> series = new EnumMap<>(Register.class);
            List<Register> zones = t.zones().registers();
            for (int z = 0; z < zones.size(); z++) {
                series.put(zones.get(z), DailySeries.of(h.start(), Unit.KWH, acc.micros()[z]));
            }
            ConsumptionRequest r = new ConsumptionRequest(AccountId.of("A" + a), t, limits.get(a),
                    timeline(h.start(), acc.residents()), DailyConsumption.of(series),
                    PricingPolicies.DEFAULT.withNormZoneSplit(h.split()));
            for (PricedLine p : Pricing.consumption(r, ProtocolSink.NONE).lines()) {
                expected.add(List.of(p.line(), p.block(), p.blocks()));
            }
        }
        List<Object> actual = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            actual.add(List.of(columns.line(i), columns.block(i), columns.blocks(i)));
        }
        assertEquals(expected, actual);
    }

    static Timeline<Integer> timeline(LocalDate start, int[] residents) {
        Map<LocalDate, Integer> m = new TreeMap<>();
        for (int i = 0; i < residents.length; i++) {
            if (i == 0 || residents[i] != residents[i - 1]) {
                m.put(start.plusDays(i), residents[i]);
            }
        }
        return Timeline.of(m);
    }
}
