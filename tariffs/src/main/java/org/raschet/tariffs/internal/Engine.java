package org.raschet.tariffs.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.raschet.core.account.AccountId;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.error.NormMissingException;
import org.raschet.core.ledger.ChargeKind;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.meter.Register;
import org.raschet.core.meter.RegisterSet;
import org.raschet.core.money.Amounts;
import org.raschet.core.money.Price;
import org.raschet.core.protocol.Formula;
import org.raschet.core.protocol.Note;
import org.raschet.core.protocol.ProtocolSection;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Unit;
import org.raschet.core.time.Timeline;
import org.raschet.tariffs.pricing.PricingBasis;
import org.raschet.tariffs.pricing.NormZoneSplit;
import org.raschet.tariffs.pricing.PricedLine;
import org.raschet.tariffs.pricing.PricingPolicies;
import org.raschet.tariffs.pricing.PricingResult;
import org.raschet.tariffs.pricing.ZoneSharePolicy;
import org.raschet.tariffs.schedule.Coefficient;
import org.raschet.tariffs.schedule.Effective;
import org.raschet.tariffs.schedule.NormBasis;
import org.raschet.tariffs.schedule.NormRule;
import org.raschet.tariffs.schedule.NormSchedule;
import org.raschet.tariffs.schedule.Rates;
import org.raschet.tariffs.schedule.TariffSchedule;
import org.threeten.extra.LocalDateRange;

/**
 * The object pricing engine: cuts the billed days into segments (one month, one set of rates, one norm rule, one
 * resident count where a norm counts residents, one basis and coefficient), then per segment maps the source
 * registers onto the tariff's zones, splits the volume into blocks, and prices one line per zone and block.
 */
public final class Engine {
    private Engine() {
    }

    /** Where the quantities of a calculation come from, and how its lines are labelled. */
    public interface Source {
        /** The registers the source gives. */
        RegisterSet registers();

        /** Days within {@code range} on which the source changes (a new segment must start). */
        void cuts(LocalDateRange range, NavigableSet<LocalDate> out);

        /** The volume of each register over {@code segment}, in 10⁻⁶ units. */
        long[] volumes(LocalDateRange segment);

        /** Writes the steps that produced {@link #volumes} (nothing for given quantities). */
        void explain(LocalDateRange segment, long[] volumes, ProtocolSink sink);

        /** The kind of the segment's lines. */
        ChargeKind kind(LocalDateRange segment);

        /** The basis of the segment's days, if the lines price consumption. */
        Optional<PricingBasis> basis(LocalDateRange segment);

        /** The coefficient multiplying the segment's money. */
        Coefficient coefficient(LocalDateRange segment);

        /** The formula of the segment's line charge. */
        Formula chargeFormula(LocalDateRange segment, int blocks);

        /** Notes for every line step of the segment (basis, reason, policies). */
        List<Note> notes(LocalDateRange segment);
    }

    /**
     * One calculation.
     *
     * @param account   the account
     * @param tariff    the tariff schedule
     * @param limits    the block limits
     * @param residents residents per day
     * @param policies  the policies
     * @param range     the days to price
     * @param source    the quantities
     * @param issuedIn  the period the lines are issued in, or {@code null} for each line's own period
     * @param titleRu   the protocol section's title in Russian
     * @param titleEn   the protocol section's title in English
     */
    public record Job(AccountId account, TariffSchedule tariff, List<NormSchedule> limits, Timeline<Integer> residents,
                      PricingPolicies policies, LocalDateRange range, Source source, YearMonth issuedIn,
                      String titleRu, String titleEn) {
        /** Validates the parts. */
        public Job {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(tariff, "tariff");
            limits = List.copyOf(limits);
            Objects.requireNonNull(residents, "residents");
            Objects.requireNonNull(policies, "policies");
            Objects.requireNonNull(range, "range");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(titleRu, "titleRu");
            Objects.requireNonNull(titleEn, "titleEn");
        }
    }

    /** Runs the calculation, writing its protocol section into {@code sink} when enabled. */
    public static PricingResult run(Job job, ProtocolSink sink) {
        TariffSchedule tariff = job.tariff();
        LocalDateRange range = job.range();
        List<Effective<Rates>> rateRuns = tariff.runs(range);
        NavigableSet<LocalDate> cuts = new TreeSet<>();
        for (LocalDateRange month : org.raschet.core.time.Days.byMonth(range)) {
            cuts.add(month.getStart());
        }
        for (Effective<Rates> run : rateRuns) {
            cuts.add(run.span().getStart());
        }
        job.source().cuts(range, cuts);
        // block limits: only days priced by blocks need them
        List<List<Effective<NormRule>>> limitRuns = new ArrayList<>();
        for (int j = 0; j < job.limits().size(); j++) {
            limitRuns.add(new ArrayList<>());
        }
        for (Effective<Rates> run : rateRuns) {
            int needed = run.value().blockCount() - 1;
            if (needed > job.limits().size()) {
                throw new NormMissingException(ErrorCode.NORM_MISSING, "tariff " + tariff.id(), tariff.group().code(),
                        run.span().getStart(), "the rates " + run.value() + " have " + run.value().blockCount()
                                + " blocks, but only " + job.limits().size() + " block limits (social norm, bands)"
                                + " are given", "tariff.blocks-have-limits");
            }
            for (int j = 0; j < needed; j++) {
                NormSchedule limit = job.limits().get(j);
                for (Effective<NormRule> r : limit.runs(run.span())) {
                    limitRuns.get(j).add(r);
                    cuts.add(r.span().getStart());
                    if (dependsOnResidents(r.value())) {
                        residentCuts(job.residents(), r.span(), job.account(), cuts);
                    }
                }
            }
        }
        cuts.add(range.getEnd());
        Unit unit = tariff.service().unit();
        List<PricedLine> lines = new ArrayList<>();
        ProtocolSink section = sink.child();
        boolean priceChanges = rateRuns.size() > 1;
        LocalDate from = null;
        for (LocalDate cut : cuts.subSet(range.getStart(), true, range.getEnd(), true)) {
            if (from != null && cut.isAfter(from)) {
                LocalDateRange segment = LocalDateRange.of(from, cut);
                segment(job, segment, valueOn(rateRuns, from), limitRuns, unit, priceChanges, lines, section);
            }
            from = cut;
        }
        if (sink.enabled()) {
            sink.add(new ProtocolSection(job.titleRu(), job.titleEn(), ProtocolSink.entriesOf(section)));
        }
        return new PricingResult(range, tariff.currency(), lines);
    }

    private static void segment(Job job, LocalDateRange seg, Rates rates, List<List<Effective<NormRule>>> limitRuns,
                                Unit unit, boolean priceChanges, List<PricedLine> out, ProtocolSink sink) {
        ProtocolSink steps = sink.child();
        Source source = job.source();
        TariffSchedule tariff = job.tariff();
        long[] sourceVolumes = source.volumes(seg);
        source.explain(seg, sourceVolumes, steps);
        RegisterSet zones = tariff.zones();
        long[] zoneVolumes = mapZones(source.registers(), sourceVolumes, zones, job.policies().zoneShares(), unit,
                steps);
        int k = rates.blockCount();
        long[][] parts;
        if (k == 1) {
            parts = new long[zones.registers().size()][];
            for (int z = 0; z < parts.length; z++) {
                parts[z] = new long[] {zoneVolumes[z]};
            }
        } else {
            parts = blocks(job, seg, k, limitRuns, zoneVolumes, unit, steps);
        }
        YearMonth period = YearMonth.from(seg.getStart());
        YearMonth issuedIn = job.issuedIn() == null ? period : job.issuedIn();
        ChargeKind kind = source.kind(seg);
        Optional<PricingBasis> basis = source.basis(seg);
        Coefficient coefficient = source.coefficient(seg);
        BigDecimal kValue = coefficient.value();
        Formula formula = source.chargeFormula(seg, k);
        List<Note> common = sink.enabled() ? commonNotes(source.notes(seg), priceChanges) : List.of();
        for (int z = 0; z < parts.length; z++) {
            Register register = zones.registers().get(z);
            boolean allZero = true;
            for (long p : parts[z]) {
                allZero &= p == 0;
            }
            for (int j = 0; j < k; j++) {
                long q = parts[z][j];
                if (q == 0 && !(allZero && j == 0)) {
                    continue;
                }
                Price price = rates.price(j, register);
                long amount = Arith.charge(q, unit, price, kValue);
                ChargeLine line = new ChargeLine(job.account(), tariff.service(), period, issuedIn, register, kind,
                        seg, Quantity.ofMicros(q, unit), price, Amounts.ofMinor(amount, price.currency()));
                out.add(new PricedLine(line, j, k, coefficient, basis));
                if (steps.enabled()) {
                    List<Note> notes = new ArrayList<>();
                    notes.add(lineNote(register, zones, j, k));
                    notes.addAll(common);
                    steps.add(Steps.charge(formula, q, unit, price, coefficient, amount, notes));
                }
            }
        }
        if (sink.enabled()) {
            sink.add(new ProtocolSection("Период " + Steps.monthRu(YearMonth.from(seg.getStart())) + ", дни "
                    + Steps.daysRu(seg),
                    "Period " + YearMonth.from(seg.getStart()) + ", days " + Steps.daysEn(seg),
                    ProtocolSink.entriesOf(steps)));
        }
    }

    private static List<Note> commonNotes(List<Note> sourceNotes, boolean priceChanges) {
        List<Note> notes = new ArrayList<>(sourceNotes);
        if (priceChanges) {
            notes.add(Steps.PER_DAY);
        }
        notes.add(Steps.ROUNDING);
        return notes;
    }

    private static Note lineNote(Register register, RegisterSet zones, int block, int blocks) {
        String ru = (zones == RegisterSet.SINGLE ? "регистр " : "зона ") + register.code() + " (" + register.nameRu()
                + ")";
        String en = (zones == RegisterSet.SINGLE ? "register " : "zone ") + register.code() + " (" + register.nameEn()
                + ")";
        if (blocks > 1) {
            ru += ", блок " + (block + 1) + " из " + blocks + (block == 0 ? " (в пределах социальной нормы)"
                    : block == blocks - 1 ? " (сверх социальной нормы)" : " (диапазон)");
            en += ", block " + (block + 1) + " of " + blocks + (block == 0 ? " (within the social norm)"
                    : block == blocks - 1 ? " (above the social norm)" : " (band)");
        }
        return new Note("line", ru, en);
    }

    /** Block volumes of the segment, shared among zones: result[zone][block]. */
    private static long[][] blocks(Job job, LocalDateRange seg, int k, List<List<Effective<NormRule>>> limitRuns,
                                   long[] zoneVolumes, Unit unit, ProtocolSink steps) {
        LocalDate day = seg.getStart();
        YearMonth month = YearMonth.from(day);
        int days = month.lengthOfMonth();
        int s = day.getDayOfMonth() - 1;
        int e = s + (int) seg.lengthInDays();
        long[] limits = new long[k - 1];
        for (int j = 0; j < k - 1; j++) {
            NormSchedule schedule = job.limits().get(j);
            NormRule rule = valueOn(limitRuns.get(j), day);
            int n = dependsOnResidents(rule) ? residentsOn(job, day) : 0;
            long monthly = schedule.monthly(rule, day, n).micros();
            boolean perResident = rule.basis() == NormBasis.PER_RESIDENT;
            long share = Arith.prorate(monthly, s, e, days);
            limits[j] = perResident ? org.raschet.core.split.Exact.multiply(share, n, schedule.label()) : share;
            if (j > 0 && limits[j] < limits[j - 1]) {
                throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, schedule.label(), day,
                        "limit " + Quantity.ofMicros(limits[j], unit) + " is below the previous block's limit "
                                + Quantity.ofMicros(limits[j - 1], unit), "norm.limits-increase");
            }
            if (steps.enabled()) {
                steps.add(Steps.normProrated(perResident, n, monthly, e, days, s, limits[j], unit,
                        List.of(new Note("norm", schedule.kind().nameRu() + " " + schedule.id() + " ("
                                + rule.basis().nameRu() + ")", schedule.label() + " (" + rule.basis().nameEn() + ")"),
                                Steps.PRORATION)));
            }
        }
        long total = 0;
        for (long v : zoneVolumes) {
            total = org.raschet.core.split.Exact.add(total, v, "zone volumes");
        }
        if (steps.enabled() && zoneVolumes.length > 1) {
            steps.add(Steps.zoneSum(zoneVolumes, total, unit));
        }
        long[] b = Arith.blocks(total, limits);
        if (steps.enabled()) {
            for (int j = 0; j < k; j++) {
                steps.add(Steps.block(j, k, total, limits, b[j], unit));
            }
        }
        if (zoneVolumes.length == 1) {
            return new long[][] {b};
        }
        NormZoneSplit split = job.policies().normZoneSplit();
        long[][] parts = split == NormZoneSplit.PROPORTIONAL ? Arith.shareProportional(b, zoneVolumes)
                : Arith.shareInOrder(b, zoneVolumes);
        if (steps.enabled()) {
            long[] left = zoneVolumes.clone();
            long leftTotal = total;
            for (int j = 0; j < k; j++) {
                long cumulative = 0;
                for (int z = 0; z < left.length; z++) {
                    long before = cumulative;
                    if (split == NormZoneSplit.PROPORTIONAL) {
                        cumulative += left[z];
                        if (leftTotal > 0) {
                            steps.add(Steps.blockZoneShare(b[j], cumulative, leftTotal, before, parts[z][j], unit,
                                    split.note()));
                        }
                    } else {
                        steps.add(Steps.blockZoneOrder(left[z], b[j], before, parts[z][j], unit, split.note()));
                        cumulative += parts[z][j];
                    }
                }
                for (int z = 0; z < left.length; z++) {
                    left[z] -= parts[z][j];
                }
                leftTotal -= b[j];
            }
        }
        return parts;
    }

    /** Maps the source registers' volumes onto the tariff's zones (sum where finer, policy shares where coarser). */
    static long[] mapZones(RegisterSet from, long[] v, RegisterSet to, ZoneSharePolicy policy, Unit unit,
                           ProtocolSink steps) {
        if (from == to) {
            return v;
        }
        if (to == RegisterSet.SINGLE) {
            long total = 0;
            for (long x : v) {
                total = org.raschet.core.split.Exact.add(total, x, "zone volumes");
            }
            if (steps.enabled()) {
                steps.add(Steps.zoneSum(v, total, unit));
            }
            return new long[] {total};
        }
        if (to == RegisterSet.TWO_ZONE && from == RegisterSet.THREE_ZONE) {
            // peak 07–10, 17–21 and semi-peak 10–17, 21–23 together are the day zone 07–23 (442; LEGAL §2)
            long day = org.raschet.core.split.Exact.add(v[0], v[1], "zone volumes");
            if (steps.enabled()) {
                steps.add(Steps.zoneSum(new long[] {v[0], v[1]}, day, unit));
            }
            return new long[] {day, v[2]};
        }
        if (from == RegisterSet.SINGLE) {
            return share(Register.TOTAL, v[0], to.registers(), policy, unit, steps);
        }
        // a two-zone meter under a three-zone tariff: night is night; the day is shared into peak and semi-peak
        long[] day = share(Register.DAY, v[0], List.of(Register.PEAK, Register.SEMI_PEAK), policy, unit, steps);
        return new long[] {day[0], day[1], v[1]};
    }

    private static long[] share(Register from, long volume, List<Register> to, ZoneSharePolicy policy, Unit unit,
                                ProtocolSink steps) {
        long[] w = policy.weights(from, to);
        long[] parts = Arith.shareByWeights(volume, w);
        if (steps.enabled()) {
            long total = 0;
            for (long x : w) {
                total += x;
            }
            long cumulative = 0;
            for (int z = 0; z < w.length; z++) {
                long before = cumulative;
                cumulative += w[z];
                steps.add(Steps.zoneShare(volume, cumulative, total, before, parts[z], unit, policy.weightScale(),
                        policy.weightUnit(), policy.note()));
            }
        }
        return parts;
    }

    /** Whether a norm rule's value depends on the residents (per resident, or by household size). */
    public static boolean dependsOnResidents(NormRule rule) {
        if (rule.basis() == NormBasis.PER_RESIDENT) {
            return true;
        }
        for (List<org.raschet.core.quantity.Quantity> values : rule.byMonth().values()) {
            if (values.size() > 1) {
                return true;
            }
        }
        return false;
    }

    /** Adds the days within {@code span} on which the resident count changes. */
    public static void residentCuts(Timeline<Integer> residents, LocalDateRange span, AccountId account,
                                    NavigableSet<LocalDate> out) {
        for (Map.Entry<LocalDate, Integer> e : residents.entries().subMap(span.getStart(), false, span.getEnd(), false)
                .entrySet()) {
            Optional<Integer> before = residents.find(e.getKey().minusDays(1));
            if (before.isEmpty() || !before.get().equals(e.getValue())) {
                out.add(e.getKey());
            }
        }
    }

    static int residentsOn(Job job, LocalDate day) {
        return job.residents().get(day, "residents of account " + job.account());
    }

    /** The value of the run containing {@code day}. */
    public static <T> T valueOn(List<Effective<T>> runs, LocalDate day) {
        for (Effective<T> r : runs) {
            if (r.span().contains(day)) {
                return r.value();
            }
        }
        throw new IllegalStateException("no run covers " + day);
    }
}
