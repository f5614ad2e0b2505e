package org.raschet.core.consumption.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.raschet.core.account.Premise;
import org.raschet.core.consumption.AnomalyFlag;
import org.raschet.core.consumption.BasisRun;
import org.raschet.core.consumption.ConsumptionPolicies;
import org.raschet.core.consumption.DailySeries;
import org.raschet.core.consumption.DayBasis;
import org.raschet.core.consumption.ForecastCase;
import org.raschet.core.consumption.IntervalVolume;
import org.raschet.core.consumption.MonthlyAverage;
import org.raschet.core.consumption.PeriodVolume;
import org.raschet.core.consumption.ReadingOutcome;
import org.raschet.core.consumption.ReadingStatus;
import org.raschet.core.consumption.RegisterConsumption;
import org.raschet.core.consumption.RegisterDays;
import org.raschet.core.consumption.ServiceConsumption;
import org.raschet.core.consumption.ServiceInputs;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidMeterException;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.error.MissingPolicyInputException;
import org.raschet.core.error.ReadingException;
import org.raschet.core.meter.Meter;
import org.raschet.core.meter.MeterEvent;
import org.raschet.core.meter.MeterId;
import org.raschet.core.meter.Reading;
import org.raschet.core.meter.ReadingSource;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.ProtocolEntry;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Unit;
import org.raschet.core.split.Exact;
import org.raschet.core.split.Split;
import org.threeten.extra.LocalDateRange;

/**
 * The per-day engine as it was before the mass-run rework (commit 51239e7), kept as a straightforward reference:
 * an object per gap day, a linear search for the last accepted reading, a scan of the meters per day. Protocol and
 * anomaly flags removed; one metering point, equal daily weights, no p.60(3) (it predates them). The production
 * {@link Engine} must give the same days, periods, intervals, averages and reading outcomes.
 */
final class ReferenceEngine {
    private static final int NONE = -1;

    private final ServiceInputs in;
    private final LocalDateRange range;
    private final LocalDate asKnownOn;
    private final ConsumptionPolicies policies;
    private final ProtocolSink sink;
    private final Unit unit;
    private final String entity;

    private final List<MeterState> meters = new ArrayList<>();
    private final Map<MeterId, Integer> meterIndex = new HashMap<>();
    private final Map<Integer, List<MeterState.Episode>> refusals = new HashMap<>();
    private final Map<String, long[]> acceptedDates = new HashMap<>();
    private final List<ReadingOutcome> outcomes = new ArrayList<>();
    private final List<IntervalVolume> intervals = new ArrayList<>();
    private final List<Integer> intervalMeter = new ArrayList<>();
    private final List<ProtocolStep> intervalSteps = new ArrayList<>();
    private final List<long[]> intervalSpread = new ArrayList<>();
    private final java.util.TreeSet<Integer> referencedIntervals = new java.util.TreeSet<>();

    private long base;
    private long end;
    private final EnumMap<Register, int[]> cover = new EnumMap<>(Register.class);
    private final EnumMap<Register, int[]> lastCovered = new EnumMap<>(Register.class);

    private final Map<String, Integer> averageIndex = new HashMap<>();
    private final List<MonthlyAverage> averages = new ArrayList<>();
    private final List<ProtocolEntry> averageEntries = new ArrayList<>();

    // per register, per day of the range
    private final EnumMap<Register, long[]> volume = new EnumMap<>(Register.class);
    private final EnumMap<Register, int[]> basis = new EnumMap<>(Register.class);
    private final EnumMap<Register, int[]> source = new EnumMap<>(Register.class);
    private int[] residentsOfDay;
    private long[] normativeOfDay;
    private final List<DayBasis> bases = new ArrayList<>();
    private final Map<DayBasis, Integer> basisIds = new HashMap<>();

    private ReferenceEngine(ServiceInputs in, LocalDateRange range, LocalDate asKnownOn, ConsumptionPolicies policies,
                   ProtocolSink sink) {
        this.in = in;
        this.range = range;
        this.asKnownOn = asKnownOn;
        this.policies = policies;
        this.sink = sink;
        this.unit = in.resource().unit();
        this.entity = "account " + in.account() + " service " + in.resource().nameEn();
    }

    /** Computes the service's consumption over {@code range} as known on {@code asKnownOn}. */
    static ServiceConsumption compute(ServiceInputs in, LocalDateRange range, LocalDate asKnownOn,
                                             ConsumptionPolicies policies, ProtocolSink sink) {
        return new ReferenceEngine(in, range, asKnownOn, policies, sink).run();
    }

    private ServiceConsumption run() {
        if (range.isEmpty() || range.isUnboundedStart() || range.isUnboundedEnd()) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, entity, range.getStart(),
                    "range " + range + " is empty or unbounded", "consumption.range-bounded");
        }
        knownMeters();
        acceptReadings();
        buildGrid();
        fillRange();
        List<RegisterDays> registers = registerDays();
        List<PeriodVolume> periods = periods();
        List<AnomalyFlag> flags = new ArrayList<>();
        outcomes.sort(Comparator.comparing(ReadingOutcome::reading, Acceptance.CANONICAL)
                .thenComparing(ReadingOutcome::status));
        return new ServiceConsumption(in.account(), in.resource(), range, asKnownOn, registers, periods, intervals,
                averages, outcomes, flags);
    }

    // ---------------------------------------------------------------- meters and readings

    private void knownMeters() {
        List<Meter> known = new ArrayList<>();
        for (Meter m : in.meters()) {
            if (!m.account().equals(in.account()) || m.resource() != in.resource()) {
                throw new InvalidMeterException(ErrorCode.METER_INVALID, "meter " + m.id(), m.installed(),
                        "meter of account " + m.account() + " and " + m.resource().nameEn() + " is given for "
                                + entity, "consumption.meters-of-service");
            }
            if (m.installed().isAfter(asKnownOn)) {
                continue; // not in service yet as known on the date
            }
            List<MeterEvent> events = m.events().stream().filter(e -> !e.date().isAfter(asKnownOn)).toList();
            Optional<LocalDate> removed = m.removed().filter(r -> !r.isAfter(asKnownOn));
            known.add(new Meter(m.id(), m.account(), m.resource(), m.registers(), m.digits(), m.ratio(),
                    m.installed(), removed, m.verificationDue(), m.replacedBySupplier(), events));
        }
        known.sort(Comparator.comparing(Meter::installed).thenComparing(m -> m.id().value()));
        for (int i = 0; i < known.size(); i++) {
            Meter m = known.get(i);
            if (meterIndex.putIfAbsent(m.id(), i) != null) {
                throw new InvalidMeterException(ErrorCode.METER_INVALID, "meter " + m.id(), m.installed(),
                        "meter is given twice for " + entity, "consumption.meter-once");
            }
            if (i > 0) {
                Meter prev = known.get(i - 1);
                if (prev.removed().isEmpty() || prev.removed().get().isAfter(m.installed())) {
                    throw new InvalidMeterException(ErrorCode.METER_OVERLAP, "meter " + m.id(), m.installed(),
                            "installed while meter " + prev.id() + " is in service"
                                    + prev.removed().map(r -> " until " + r).orElse(" (no removal known)"),
                            "consumption.meters-succeed");
                }
            }
            meters.add(new MeterState(m));
        }
    }

    private void acceptReadings() {
        Map<String, List<Reading>> byRegister = new HashMap<>();
        Map<Integer, List<Long>> controls = new HashMap<>();
        for (Reading r : in.readings()) {
            if (r.knownOn().isAfter(asKnownOn)) {
                outcomes.add(new ReadingOutcome(r, ReadingStatus.NOT_YET_KNOWN, Optional.empty()));
                continue;
            }
            Integer mi = meterIndex.get(r.meter());
            if (mi == null) {
                throw new ReadingException(ErrorCode.READING_UNKNOWN_REGISTER, "meter " + r.meter(), r.date(),
                        "reading " + r.value() + " is of a meter not known for " + entity + " on " + asKnownOn,
                        "readings.meter-of-service");
            }
            MeterState st = meters.get(mi);
            st.meter().check(r);
            byRegister.computeIfAbsent(mi + "|" + r.register(), k -> new ArrayList<>()).add(r);
            if (r.source() == ReadingSource.CONTROL && !st.rejectsReading(r.date().toEpochDay())) {
                controls.computeIfAbsent(mi, k -> new ArrayList<>()).add(r.date().toEpochDay());
            }
        }
        for (int mi = 0; mi < meters.size(); mi++) {
            List<Long> c = new ArrayList<>(controls.getOrDefault(mi, List.of()));
            c.sort(Long::compare);
            refusals.put(mi, meters.get(mi).refusals(c));
        }
        List<Reading[]> pairs = new ArrayList<>();
        for (int mi = 0; mi < meters.size(); mi++) {
            MeterState st = meters.get(mi);
            for (Register reg : st.meter().registers().registers()) {
                List<Reading> rs = byRegister.getOrDefault(mi + "|" + reg, List.of());
                Acceptance.Result res = Acceptance.accept(st, rs, refusals.get(mi), policies.priority(),
                        policies.rollover());
                outcomes.addAll(res.outcomes());
                List<Long> dates = new ArrayList<>();
                for (List<Reading> chain : res.chains()) {
                    for (int i = 0; i < chain.size(); i++) {
                        dates.add(chain.get(i).date().toEpochDay());
                        if (i > 0) {
                            pairs.add(new Reading[] {chain.get(i - 1), chain.get(i)});
                        }
                    }
                }
                dates.sort(Long::compare);
                acceptedDates.put(mi + "|" + reg, dates.stream().mapToLong(Long::longValue).toArray());
            }
        }
        pairs.sort(Comparator.comparing((Reading[] p) -> meterIndex.get(p[0].meter()))
                .thenComparing(p -> p[0].register()).thenComparing(p -> p[0].date()));
        for (Reading[] p : pairs) {
            int mi = meterIndex.get(p[0].meter());
            Meter m = meters.get(mi).meter();
            ProtocolSink child = sink.child();
            Quantity v = RegisterConsumption.between(m, p[0], p[1], policies.rollover(), child);
            intervals.add(new IntervalVolume(m.id(), p[0].register(), p[0], p[1], v,
                    p[1].value().compareTo(p[0].value()) < 0));
            intervalMeter.add(mi);
            List<ProtocolEntry> steps = ProtocolSink.entriesOf(child);
            intervalSteps.add(steps.isEmpty() ? null : (ProtocolStep) steps.get(0));
            int days = Math.toIntExact(p[1].date().toEpochDay() - p[0].date().toEpochDay());
            intervalSpread.add(Split.evenly(v.micros(), days));
        }
    }

    private void buildGrid() {
        base = range.getStart().toEpochDay();
        end = range.getEnd().toEpochDay();
        for (MeterState st : meters) {
            base = Math.min(base, st.meter().installed().toEpochDay());
        }
        for (IntervalVolume iv : intervals) {
            end = Math.max(end, iv.later().date().toEpochDay() + 1);
        }
        int n = Math.toIntExact(end - base);
        for (int i = 0; i < intervals.size(); i++) {
            IntervalVolume iv = intervals.get(i);
            int[] c = cover.computeIfAbsent(iv.register(), r -> filled(n));
            int from = Math.toIntExact(iv.earlier().date().toEpochDay() + 1 - base);
            long[] spread = intervalSpread.get(i);
            for (int j = 0; j < spread.length; j++) {
                c[from + j] = i;
            }
        }
        for (Map.Entry<Register, int[]> e : cover.entrySet()) {
            int[] c = e.getValue();
            int[] lc = new int[n];
            int last = NONE;
            for (int g = 0; g < n; g++) {
                if (c[g] != NONE) {
                    last = g;
                }
                lc[g] = last;
            }
            lastCovered.put(e.getKey(), lc);
        }
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, NONE);
        return a;
    }

    /** The interval index covering grid day {@code g} of {@code reg} by meter {@code mi}, or {@code NONE}. */
    int coveredBy(Register reg, long epochDay, int mi) {
        int[] c = cover.get(reg);
        long g = epochDay - base;
        if (c == null || g < 0 || g >= c.length) {
            return NONE;
        }
        int i = c[(int) g];
        return i != NONE && intervalMeter.get(i) == mi ? i : NONE;
    }

    /** The actual volume of grid day {@code epochDay} on interval {@code i}. */
    long intervalDay(int i, long epochDay) {
        return intervalSpread.get(i)[Math.toIntExact(epochDay - intervals.get(i).earlier().date().toEpochDay() - 1)];
    }

    // ---------------------------------------------------------------- the range, day by day

    private int responsibleMeter(long d) {
        int after = NONE;
        for (int i = 0; i < meters.size(); i++) {
            Meter m = meters.get(i).meter();
            long inst = m.installed().toEpochDay();
            long rem = m.removed().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
            if (inst < d && d <= rem) {
                return i;
            }
            if (rem < d) {
                after = i;
            }
        }
        return after;
    }

    private void fillRange() {
        int n = Math.toIntExact(range.lengthInDays());
        long start = range.getStart().toEpochDay();
        for (MeterState st : meters) {
            for (Register r : st.meter().registers().registers()) {
                arrays(r, n);
            }
        }
        for (int j = 0; j < n; j++) {
            long d = start + j;
            int mi = responsibleMeter(d);
            if (mi == NONE) {
                boolean coefficient = policies.forecast().coefficientAfterLimit(ForecastCase.NO_METER)
                        && !in.meterInstallationImpossible();
                normative(j, d, new DayBasis(DayBasis.Kind.NORMATIVE, Optional.of(ForecastCase.NO_METER), 0, 0,
                        coefficient, Optional.empty()), n);
                continue;
            }
            Meter m = meters.get(mi).meter();
            List<Register> regs = m.registers().registers();
            DayBasis normativeBasis = null;
            int normatives = 0;
            for (Register r : regs) {
                int iv = coveredBy(r, d, mi);
                if (iv != NONE) {
                    set(r, j, intervalDay(iv, d), DayBasis.actual(m.id()), iv);
                    continue;
                }
                DayBasis b = gapBasis(mi, r, d);
                if (b.kind() == DayBasis.Kind.AVERAGE) {
                    int ai = average(mi, r, gapStart(mi, r, d));
                    long a = averages.get(ai).average().orElseThrow().micros();
                    LocalDate day = LocalDate.ofEpochDay(d);
                    int i = day.getDayOfMonth();
                    int len = day.lengthOfMonth();
                    set(r, j, Split.evenlyPrefix(a, i, len) - Split.evenlyPrefix(a, i - 1, len), b, ai);
                } else {
                    normatives++;
                    if (normativeBasis == null) {
                        normativeBasis = b;
                    }
                }
            }
            if (normatives > 0) {
                if (normatives < regs.size()) {
                    throw new ReadingException(ErrorCode.READING_ZONES_INCOMPLETE, "meter " + m.id(),
                            LocalDate.ofEpochDay(d), "some registers of the " + m.registers()
                                    + " meter have a volume by readings or the average and others need the normative",
                            "readings.zones-together");
                }
                for (Register r : regs) {
                    if (r != Register.TOTAL) {
                        set(r, j, 0, DayBasis.NONE, NONE);
                    }
                }
                normative(j, d, normativeBasis, n);
            }
        }
    }

    private void arrays(Register r, int n) {
        if (!volume.containsKey(r)) {
            volume.put(r, new long[n]);
            int[] b = new int[n];
            Arrays.fill(b, intern(DayBasis.NONE));
            basis.put(r, b);
            source.put(r, filled(n));
        }
    }

    private int intern(DayBasis b) {
        return basisIds.computeIfAbsent(b, k -> {
            bases.add(k);
            return bases.size() - 1;
        });
    }

    private void set(Register r, int j, long micros, DayBasis b, int src) {
        volume.get(r)[j] = micros;
        basis.get(r)[j] = intern(b);
        source.get(r)[j] = src;
    }

    private void normative(int j, long d, DayBasis b, int n) {
        arrays(Register.TOTAL, n);
        if (residentsOfDay == null) {
            residentsOfDay = new int[n];
            normativeOfDay = new long[n];
        }
        LocalDate day = LocalDate.ofEpochDay(d);
        Premise premise = in.premise().orElseThrow(() -> new MissingPolicyInputException(
                ErrorCode.POLICY_INPUT_MISSING, entity, day,
                "the day is billed by the normative (" + b.describeEn() + ") but no premise with residents is given",
                "normative.residents-given"));
        int residents = premise.residentsOn(day);
        Quantity norm = in.normativePerResident().get(day, "normative per resident of " + entity);
        if (norm.unit() != unit || norm.isNegative()) {
            throw new InvalidValueException(ErrorCode.VALUE_UNIT_MISMATCH, entity, day,
                    "normative per resident " + norm + " is negative or not in " + unit, "normative.unit");
        }
        int i = day.getDayOfMonth();
        int len = day.lengthOfMonth();
        long share = Split.evenlyPrefix(norm.micros(), i, len) - Split.evenlyPrefix(norm.micros(), i - 1, len);
        residentsOfDay[j] = residents;
        normativeOfDay[j] = norm.micros();
        set(Register.TOTAL, j, Exact.multiply(share, residents, entity + " normative"), b, NONE);
    }

    /** The basis of a day of {@code reg} of meter {@code mi} without an actual volume (354 p.59, p.60). */
    private DayBasis gapBasis(int mi, Register reg, long d) {
        MeterState st = meters.get(mi);
        Meter m = st.meter();
        Optional<MeterState.Episode> ep = st.outOfOrderOn(d);
        ForecastCase fc;
        long caseStart = 0;
        if (ep.isPresent()) {
            boolean supplier = m.replacedBySupplier() && policies.forecast().supplierReplacementUnlimited()
                    && ep.get().cause() != MeterState.Cause.SEAL_BROKEN;
            fc = supplier ? ForecastCase.SUPPLIER_REPLACEMENT : ForecastCase.OUT_OF_ORDER;
            caseStart = ep.get().a() + 1;
        } else {
            Optional<MeterState.Episode> refusal = refusals.get(mi).stream().filter(e -> e.coversDay(d)).findFirst();
            if (refusal.isPresent()) {
                fc = ForecastCase.NO_ACCESS;
                caseStart = refusal.get().a() + 1;
            } else {
                fc = ForecastCase.NO_READINGS;
            }
        }
        YearMonth month = YearMonth.from(LocalDate.ofEpochDay(d));
        int period;
        if (fc == ForecastCase.NO_READINGS) {
            // p.59(b): counted from the first billing period after the month of the last accepted reading
            long last = lastAcceptedBefore(mi, reg, d);
            period = (int) ChronoUnit.MONTHS.between(YearMonth.from(LocalDate.ofEpochDay(last)), month);
        } else {
            period = (int) ChronoUnit.MONTHS.between(YearMonth.from(LocalDate.ofEpochDay(caseStart)), month) + 1;
        }
        int limit = policies.forecast().limit(fc);
        Optional<ForecastCase> c = Optional.of(fc);
        Optional<MeterId> id = Optional.of(m.id());
        if (limit == 0 || period <= limit) {
            int ai = average(mi, reg, gapStart(mi, reg, d));
            DayBasis.Kind kind = averages.get(ai).available() ? DayBasis.Kind.AVERAGE : DayBasis.Kind.NORMATIVE;
            return new DayBasis(kind, c, period, limit, false, id);
        }
        return new DayBasis(DayBasis.Kind.NORMATIVE, c, period, limit,
                policies.forecast().coefficientAfterLimit(fc), id);
    }

    private long lastAcceptedBefore(int mi, Register reg, long d) {
        long[] dates = acceptedDates.getOrDefault(mi + "|" + reg, new long[0]);
        long last = meters.get(mi).meter().installed().toEpochDay();
        for (long t : dates) {
            if (t < d) {
                last = Math.max(last, t);
            }
        }
        return last;
    }

    /** The first day without an actual volume of {@code reg} of meter {@code mi} before or on {@code d}. */
    long gapStart(int mi, Register reg, long d) {
        int[] lc = lastCovered.get(reg);
        long g = d - 1 - base;
        if (lc != null && g >= 0 && g < lc.length && lc[(int) g] != NONE) {
            int i = cover.get(reg)[lc[(int) g]];
            if (intervalMeter.get(i) == mi) {
                return base + lc[(int) g] + 1;
            }
        }
        return meters.get(mi).meter().installed().toEpochDay() + 1;
    }

    /** The history of full actual months before {@code gapStart} (latest first, at most {@code maxMonths}). */
    record History(List<YearMonth> months, long sumMicros, long days) {
    }

    History history(int mi, Register reg, long gapStart, int maxMonths) {
        LocalDate lastDay = LocalDate.ofEpochDay(gapStart - 1);
        YearMonth month = YearMonth.from(lastDay);
        if (!lastDay.equals(month.atEndOfMonth())) {
            month = month.minusMonths(1);
        }
        List<YearMonth> months = new ArrayList<>();
        long sum = 0;
        long days = 0;
        while (months.size() < maxMonths) {
            long s = month.atDay(1).toEpochDay();
            long e = month.atEndOfMonth().toEpochDay();
            if (s < base) {
                break;
            }
            long monthSum = 0;
            boolean full = true;
            for (long d = s; d <= e; d++) {
                int i = coveredBy(reg, d, mi);
                if (i == NONE) {
                    full = false;
                    break;
                }
                monthSum = Exact.add(monthSum, intervalDay(i, d), entity + " monthly volume");
            }
            if (!full) {
                break;
            }
            months.add(month);
            sum = Exact.add(sum, monthSum, entity + " average");
            days += e - s + 1;
            month = month.minusMonths(1);
        }
        return new History(months, sum, days);
    }

    /** The index of the average monthly volume for the gap of {@code reg} of meter {@code mi} from {@code gapStart}. */
    private int average(int mi, Register reg, long gapStart) {
        String key = mi + "|" + reg + "|" + gapStart;
        Integer known = averageIndex.get(key);
        if (known != null) {
            return known;
        }
        History h = history(mi, reg, gapStart, policies.forecast().averageMonths());
        int k = h.months().size();
        Optional<Quantity> a = k >= policies.forecast().minimumMonths() && k > 0
                ? Optional.of(Quantity.ofMicros(Exact.roundedDivide(h.sumMicros(), k, RoundingMode.HALF_UP), unit))
                : Optional.empty();
        MonthlyAverage avg = new MonthlyAverage(meters.get(mi).meter().id(), reg, LocalDate.ofEpochDay(gapStart),
                h.months(), Quantity.ofMicros(h.sumMicros(), unit), a);
        averages.add(avg);
        averageIndex.put(key, averages.size() - 1);
        return averages.size() - 1;
    }

    // ---------------------------------------------------------------- results

    private List<RegisterDays> registerDays() {
        List<RegisterDays> out = new ArrayList<>();
        for (Register r : volume.keySet()) {
            int[] b = basis.get(r);
            List<BasisRun> runs = new ArrayList<>();
            int from = 0;
            for (int j = 1; j <= b.length; j++) {
                if (j == b.length || b[j] != b[from]) {
                    runs.add(new BasisRun(LocalDateRange.of(range.getStart().plusDays(from),
                            range.getStart().plusDays(j)), bases.get(b[from])));
                    from = j;
                }
            }
            out.add(new RegisterDays(r, DailySeries.of(range.getStart(), unit, volume.get(r)), runs));
        }
        return out;
    }

    private List<PeriodVolume> periods() {
        List<PeriodVolume> out = new ArrayList<>();
        long start = range.getStart().toEpochDay();
        for (LocalDateRange part : org.raschet.core.time.Days.byMonth(range)) {
            for (Register r : volume.keySet()) {
                long[] v = volume.get(r);
                int[] b = basis.get(r);
                long total = 0;
                long actual = 0;
                long avg = 0;
                long norm = 0;
                long increased = 0;
                for (long d = part.getStart().toEpochDay(); d < part.getEnd().toEpochDay(); d++) {
                    int j = (int) (d - start);
                    DayBasis db = bases.get(b[j]);
                    total = Exact.add(total, v[j], entity);
                    switch (db.kind()) {
                        case ACTUAL -> actual += v[j];
                        case AVERAGE -> avg += v[j];
                        case NORMATIVE -> {
                            norm += v[j];
                            if (db.increasingCoefficient()) {
                                increased += v[j];
                            }
                        }
                        case NONE -> {
                        }
                    }
                }
                out.add(new PeriodVolume(YearMonth.from(part.getStart()), r, part, q(total), q(actual), q(avg),
                        q(norm), q(increased)));
            }
        }
        return out;
    }

    private Quantity q(long micros) {
        return Quantity.ofMicros(micros, unit);
    }
}
