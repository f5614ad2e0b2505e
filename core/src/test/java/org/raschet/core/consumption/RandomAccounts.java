package org.raschet.core.consumption;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.raschet.core.account.AccountId;
import org.raschet.core.account.HouseId;
import org.raschet.core.account.Premise;
import org.raschet.core.meter.Meter;
import org.raschet.core.meter.MeterEvent;
import org.raschet.core.meter.MeterId;
import org.raschet.core.meter.Reading;
import org.raschet.core.meter.ReadingSource;
import org.raschet.core.meter.Register;
import org.raschet.core.quantity.Area;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.time.Timeline;

/** Random accounts for properties: reproducible from a seed, rich in gaps, acts and replacements. */
public final class RandomAccounts {
    private static final AccountId ACCOUNT = AccountId.of("A1");

    private RandomAccounts() {
    }

    /** A random account of one metering point, with everything the reference engine knows about. */
    public static ServiceInputs single(Random rnd) {
        Resource resource = rnd.nextBoolean() ? Resource.ELECTRICITY : Resource.COLD_WATER;
        LocalDate installed = LocalDate.of(2023, 12, 31).plusDays(rnd.nextInt(40));
        Meter m1 = Meter.single("M1", "A1", resource, 6, installed);
        if (rnd.nextInt(3) == 0) {
            m1 = m1.withVerificationDue(installed.plusDays(200 + rnd.nextInt(300)));
        }
        if (rnd.nextBoolean()) {
            m1 = new Meter(m1.id(), m1.account(), m1.resource(), m1.registers(), m1.digits(), m1.ratio(),
                    m1.installed(), m1.removed(), m1.verificationDue(), true, m1.events());
        }
        List<Reading> rs = new ArrayList<>();
        long value = rnd.nextInt(1000) * 1_000_000L;
        rs.add(Reading.of(m1.id(), Register.TOTAL, installed, Quantity.ofMicros(value, resource.unit()),
                ReadingSource.CONSUMER_WEB));
        LocalDate day = installed;
        int count = 3 + rnd.nextInt(14);
        Meter current = m1;
        List<Meter> meters = new ArrayList<>();
        int replaceAt = rnd.nextInt(3) == 0 ? 2 + rnd.nextInt(count) : -1;
        for (int i = 0; i < count; i++) {
            day = day.plusDays(10 + rnd.nextInt(rnd.nextInt(4) == 0 ? 120 : 40));
            value += rnd.nextInt(300_000_000);
            ReadingSource source = switch (rnd.nextInt(6)) {
                case 0 -> ReadingSource.CONTROL;
                case 1 -> ReadingSource.REMOTE;
                default -> ReadingSource.CONSUMER_SMS;
            };
            LocalDate knownOn = day.plusDays(rnd.nextInt(3) == 0 ? rnd.nextInt(60) : 0);
            rs.add(new Reading(current.id(), Register.TOTAL, day, Quantity.ofMicros(value, resource.unit()), source,
                    knownOn, java.util.Optional.empty()));
            if (i == replaceAt) {
                meters.add(current.withRemoved(day));
                current = Meter.single("M2", "A1", resource, 6, day);
                value = rnd.nextInt(100) * 1_000_000L;
                rs.add(Reading.of(current.id(), Register.TOTAL, day, Quantity.ofMicros(value, resource.unit()),
                        ReadingSource.CONSUMER_WEB));
            }
        }
        LocalDate first = current.installed();
        int span = (int) (day.toEpochDay() - first.toEpochDay()) + 200;
        if (rnd.nextBoolean()) {
            LocalDate failed = first.plusDays(1 + rnd.nextInt(span));
            current = current.withEvent(MeterEvent.of(failed, MeterEvent.Kind.FAILED));
            if (rnd.nextBoolean()) {
                current = current.withEvent(MeterEvent.of(failed.plusDays(1 + rnd.nextInt(150)),
                        MeterEvent.Kind.REPAIRED));
            }
        }
        if (rnd.nextInt(3) == 0) {
            current = current.withEvent(MeterEvent.of(first.plusDays(1 + rnd.nextInt(span)),
                    MeterEvent.Kind.SEAL_BROKEN));
        }
        if (rnd.nextInt(3) == 0) {
            LocalDate refused = first.plusDays(1 + rnd.nextInt(span));
            current = current.withEvent(MeterEvent.of(refused, MeterEvent.Kind.ACCESS_REFUSED));
            if (rnd.nextBoolean()) {
                current = current.withEvent(MeterEvent.of(refused.plusDays(1 + rnd.nextInt(150)),
                        MeterEvent.Kind.ACCESS_GRANTED));
            }
        }
        meters.add(current);
        Timeline<Integer> residents = Timeline.from(LocalDate.of(2020, 1, 1), 1 + rnd.nextInt(4));
        if (rnd.nextBoolean()) {
            residents = residents.with(installed.plusDays(rnd.nextInt(500)), rnd.nextInt(5));
        }
        Premise premise = new Premise(ACCOUNT, HouseId.of("H1"), Area.of("50"), true, residents, "urban");
        Timeline<Quantity> normative = Timeline.of(Map.of(LocalDate.of(2020, 1, 1),
                Quantity.ofMicros(50_000_000L + rnd.nextInt(100_000_000), resource.unit()),
                LocalDate.of(2025, 7, 1), Quantity.ofMicros(60_000_000L + rnd.nextInt(100_000_000),
                        resource.unit())));
        return new ServiceInputs(ACCOUNT, resource, meters, rs, java.util.Optional.of(premise), normative,
                rnd.nextInt(5) == 0);
    }

    /**
     * A random account with everything: {@link #single} plus, at random, a second metering point in parallel
     * (its own meter and readings), repeated refusals of access (354 p.60(3)) recorded on the
     * service, and a non-residential premise.
     */
    public static ServiceInputs rich(Random rnd) {
        ServiceInputs in = single(rnd);
        List<Meter> meters = new ArrayList<>(in.meters());
        List<Reading> readings = new ArrayList<>(in.readings());
        if (rnd.nextBoolean()) {
            Meter k = Meter.single("K1", "A1", in.resource(), 6, LocalDate.of(2023, 12, 31).plusDays(rnd.nextInt(90)));
            long value = 0;
            LocalDate day = k.installed();
            readings.add(Reading.of(k.id(), Register.TOTAL, day, Quantity.ofMicros(0, in.resource().unit()),
                    ReadingSource.CONSUMER_WEB));
            for (int i = 0; i < 3 + rnd.nextInt(12); i++) {
                day = day.plusDays(15 + rnd.nextInt(60));
                value += rnd.nextInt(200_000_000);
                readings.add(Reading.of(k.id(), Register.TOTAL, day, Quantity.ofMicros(value, in.resource().unit()),
                        ReadingSource.CONSUMER_SMS));
            }
            if (rnd.nextBoolean()) {
                k = k.withVerificationDue(day.minusDays(rnd.nextInt(200)));
            }
            meters.add(k);
            in = in.withMeters(meters).withReadings(readings.subList(in.readings().size(), readings.size()))
                    .withMeteringPoints(Map.of(MeterId.of("K1"), "kitchen"));
        }
        if (rnd.nextInt(3) == 0) {
            LocalDate first = LocalDate.of(2024, 1, 1).plusDays(rnd.nextInt(500));
            in = in.withServiceEvent(MeterEvent.of(first, MeterEvent.Kind.ACCESS_REFUSED))
                    .withServiceEvent(new MeterEvent(first.plusDays(1 + rnd.nextInt(90)),
                            MeterEvent.Kind.ACCESS_REFUSED,
                            Optional.of("акт " + rnd.nextInt(100))));
            if (rnd.nextBoolean()) {
                in = in.withServiceEvent(MeterEvent.of(first.plusDays(100 + rnd.nextInt(90)),
                        MeterEvent.Kind.ACCESS_GRANTED));
            }
        }
        if (rnd.nextInt(4) == 0) {
            Premise p = in.premise().orElseThrow();
            in = in.withNormative(new Premise(p.id(), p.house(), p.area(), false, p.residents(), p.tariffGroup()),
                    in.normativePerResident());
        }
        return in;
    }
}
