package org.raschet.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.raschet.core.account.AccountId;
import org.raschet.core.consumption.AnomalyFlag;
import org.raschet.core.consumption.AnomalyThresholds;
import org.raschet.core.consumption.BilledVolume;
import org.raschet.core.consumption.CoefficientClass;
import org.raschet.core.consumption.ConsumptionPolicies;
import org.raschet.core.consumption.DailyProfile;
import org.raschet.core.consumption.DayBasis;
import org.raschet.core.consumption.ForecastCase;
import org.raschet.core.consumption.ForecastRules;
import org.raschet.core.consumption.PerDayConsumption;
import org.raschet.core.consumption.PeriodVolume;
import org.raschet.core.consumption.RandomAccounts;
import org.raschet.core.consumption.Recalculation;
import org.raschet.core.consumption.RecalculationMode;
import org.raschet.core.consumption.ServiceConsumption;
import org.raschet.core.consumption.ServiceInputs;
import org.raschet.core.consumption.VolumeCorrection;
import org.raschet.core.error.RaschetException;
import org.raschet.core.ledger.ChargeKind;
import org.raschet.core.meter.MeterId;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.threeten.extra.LocalDateRange;
import tools.jackson.databind.json.JsonMapper;

/** Every consumption value reads back equal from its JSON, and writing it again gives the same bytes. */
class ConsumptionJsonProperties {
    private static final JsonMapper MAPPER = RaschetJson.mapper();

    private static <T> void roundTrip(T value, Class<T> type) {
        String text = MAPPER.writeValueAsString(value);
        T back = MAPPER.readValue(text, type);
        assertEquals(value, back, text);
        assertEquals(text, MAPPER.writeValueAsString(back));
    }

    @Property(tries = 40)
    void computed_consumptions_and_their_corrections_round_trip(@ForAll long seed) {
        Random rnd = new Random(seed);
        ServiceInputs in = RandomAccounts.rich(rnd);
        LocalDate from = YearMonth.of(2024, 1 + rnd.nextInt(12)).atDay(1);
        LocalDateRange range = LocalDateRange.of(from, YearMonth.from(from).plusMonths(1 + rnd.nextInt(4))
                .atDay(1));
        ConsumptionPolicies policies = rnd.nextBoolean() ? ConsumptionPolicies.FEDERAL
                : ConsumptionPolicies.FEDERAL.withProfile(DailyProfile.byMonth("p", 3, 3, 2, 2, 1, 1, 1, 1, 1, 2, 2, 3));
        ServiceConsumption c;
        try {
            c = PerDayConsumption.compute(in, range, range.getEnd().plusDays(rnd.nextInt(40)), policies,
                    ProtocolSink.NONE);
        } catch (RaschetException e) {
            return;
        }
        roundTrip(c, ServiceConsumption.class);
        for (AnomalyFlag f : c.flags()) {
            roundTrip(f, AnomalyFlag.class);
        }
        List<BilledVolume> billed = new ArrayList<>();
        for (PeriodVolume pv : c.periods()) {
            // billed as if by a flat 100 kWh a period: every period gets a correction
            if (Resource.ELECTRICITY == c.resource() || rnd.nextBoolean()) {
                billed.add(BilledVolume.original(c.account(), c.resource(), pv.period(), pv.register(),
                        CoefficientClass.NONE, Quantity.ofMicros(100_000_000L, c.resource().unit())));
            }
        }
        for (VolumeCorrection v : Recalculation.corrections(c, billed, RecalculationMode.PER_PERIOD,
                YearMonth.from(range.getEnd()), Optional.empty(), ProtocolSink.NONE)) {
            roundTrip(v, VolumeCorrection.class);
            roundTrip(v.asBilled(), BilledVolume.class);
        }
    }

    @Property(tries = 200)
    void bases_lines_and_policies_round_trip(@ForAll long seed) {
        Random rnd = new Random(seed);
        ForecastCase[] cases = ForecastCase.values();
        DayBasis.Kind[] kinds = DayBasis.Kind.values();
        int coefficient = rnd.nextInt(3);
        DayBasis b = new DayBasis(kinds[rnd.nextInt(kinds.length)],
                rnd.nextBoolean() ? Optional.of(cases[rnd.nextInt(cases.length)]) : Optional.empty(), rnd.nextInt(9),
                rnd.nextInt(7), coefficient == 1, rnd.nextBoolean() ? Optional.of(MeterId.of("M" + rnd.nextInt(99)))
                : Optional.empty(), coefficient == 2);
        roundTrip(b, DayBasis.class);
        CoefficientClass cls = CoefficientClass.values()[rnd.nextInt(3)];
        Resource resource = Resource.values()[rnd.nextInt(Resource.values().length)];
        YearMonth period = YearMonth.of(2020 + rnd.nextInt(10), 1 + rnd.nextInt(12));
        BilledVolume line = new BilledVolume(AccountId.of("A" + rnd.nextInt(9)), resource, period,
                Register.values()[rnd.nextInt(Register.values().length)], cls == CoefficientClass.INCREASING,
                ChargeKind.values()[rnd.nextInt(ChargeKind.values().length)], period.plusMonths(rnd.nextInt(4)),
                Quantity.ofMicros(rnd.nextLong() % 1_000_000_000_000L, resource.unit()),
                rnd.nextBoolean() ? Optional.of("doc " + rnd.nextInt(99)) : Optional.empty(),
                cls == CoefficientClass.REPEATED_REFUSAL);
        roundTrip(line, BilledVolume.class);
        long[] w = new long[12];
        for (int i = 0; i < 12; i++) {
            w[i] = rnd.nextInt(1000);
        }
        DailyProfile p = DailyProfile.byMonth("p" + rnd.nextInt(9), w);
        for (int i = 0; i < rnd.nextInt(4); i++) {
            p = p.withDay(LocalDate.of(2025, 1, 1).plusDays(rnd.nextInt(400)), rnd.nextInt(50));
        }
        roundTrip(p, DailyProfile.class);
        AnomalyThresholds t = new AnomalyThresholds(rnd.nextInt(1000), rnd.nextInt(100), 1 + rnd.nextInt(400),
                rnd.nextBoolean() ? Optional.of(Quantity.ofMicros(rnd.nextInt(9_000_000), resource.unit()))
                        : Optional.empty(),
                rnd.nextBoolean() ? Optional.of(Quantity.ofMicros(rnd.nextInt(9_000_000), resource.unit()))
                        : Optional.empty(), rnd.nextInt(1000), rnd.nextInt(100));
        roundTrip(t, AnomalyThresholds.class);
        int average = 1 + rnd.nextInt(12);
        ForecastRules r = new ForecastRules("r" + rnd.nextInt(9), average, 1 + rnd.nextInt(average), rnd.nextInt(7),
                rnd.nextInt(7), rnd.nextInt(7), rnd.nextBoolean(), rnd.nextBoolean(), rnd.nextBoolean(),
                rnd.nextBoolean(), rnd.nextInt(7), rnd.nextInt(4));
        roundTrip(r, ForecastRules.class);
    }
}
