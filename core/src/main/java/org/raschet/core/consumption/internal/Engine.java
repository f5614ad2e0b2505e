package org.raschet.core.consumption.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeSet;
import org.raschet.core.account.Premise;
import org.raschet.core.consumption.AnomalyFlag;
import org.raschet.core.consumption.BasisRun;
import org.raschet.core.consumption.CoefficientClass;
import org.raschet.core.consumption.ConsumptionPolicies;
import org.raschet.core.consumption.DailyProfile;
import org.raschet.core.consumption.DailySeries;
import org.raschet.core.consumption.DayBasis;
import org.raschet.core.consumption.ForecastCase;
import org.raschet.core.consumption.IntervalVolume;
import org.raschet.core.consumption.MonthlyAverage;
import org.raschet.core.consumption.PeriodVolume;
import org.raschet.core.consumption.PointDays;
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
import org.raschet.core.quantity.Resource;
import org.raschet.core.quantity.Unit;
import org.raschet.core.split.Exact;
import org.raschet.core.split.Split;
import org.raschet.core.time.Days;
import org.threeten.extra.LocalDateRange;

/**
 * The per-day engine behind {@link org.raschet.core.consumption.PerDayConsumption}: one service of one account,
 * one range of days, one knowledge date. Single use, not thread-safe; the public entry point creates one per call.
 *
 * <p>Inside, everything is a primitive array over a grid of epoch days {@code [base, end)}: per metering point and
 * register the interval covering each day; per interval its spread volume; per day of the range, per point and
 * register, the volume, an interned basis index and a source index (interval or average). The day loop allocates
 * nothing per day: a basis is built only when it changes (at most once a month on a gap), month facts come from
 * arrays filled month by month, the last accepted reading is found by binary search, and the residents and the
 * normative per day are filled once from their timelines.
 */
public final class Engine {
    private static final int NONE = -1;
    private static final Register[] REGISTERS = Register.values();
    private static final int R = REGISTERS.length;

    /** The basis of a day measured by several meters of different points. */
    private static final DayBasis ACTUAL_SEVERAL = new DayBasis(DayBasis.Kind.ACTUAL, Optional.empty(), 0, 0, false,
            Optional.empty(), false);

    private final ServiceInputs in;
    private final LocalDateRange range;
    private final LocalDate asKnownOn;
    private final ConsumptionPolicies policies;
    private final ProtocolSink sink;
    private final Unit unit;
    private final String entity;
    // the names overflow messages carry, built once: the day loops pass them without allocating
    private final String entitySum;
    private final String entityNormative;
    private final String entityMonthly;
    private final String entityAverage;
    private final String entitySeasonal;
    private final boolean residential;

    // meters and metering points
    private final List<MeterState> meters = new ArrayList<>();
    private final Map<MeterId, Integer> meterIndex = new HashMap<>();
    private String[] pointNames = new String[0];
    private int[] pointOf = new int[0];
    private int[][] pointMeters = new int[0][];

    // readings
    private final List<List<MeterState.Episode>> refusals = new ArrayList<>();
    private long[][] acceptedDates;
    private final List<Long> controlDates = new ArrayList<>();
    private final List<ReadingOutcome> outcomes = new ArrayList<>();

    // intervals
    private final List<IntervalVolume> intervals = new ArrayList<>();
    private int[] ivMeter = new int[0];
    private long[][] ivSpread = new long[0][];
    private long[] ivFirst = new long[0];
    private ProtocolStep[] ivStep = new ProtocolStep[0];
    private final TreeSet<Integer> referencedIntervals = new TreeSet<>();

    // the grid
    private long base;
    private long end;
    private int[][] cover;
    private int[][] lastCovered;

    // averages
    private final Map<Long, Integer> averageIndex = new HashMap<>();
    private final List<MonthlyAverage> averages = new ArrayList<>();
    private final List<ProtocolEntry> averageEntries = new ArrayList<>();
    private int lastAverageMeter = NONE;
    private int lastAverageReg = NONE;
    private long lastAverageGap = Long.MIN_VALUE;
    private int lastAverage = NONE;

    // month facts of each day of the range
    private int[] dayOfMonth;
    private int[] monthLength;
    private int[] monthIdx;

    // per point and register (index p * R + register), per day of the range
    private long[][] pVolume;
    private int[][] pBasis;
    private int[][] pSource;

    // the service, per register, per day of the range
    private final EnumMap<Register, long[]> volume = new EnumMap<>(Register.class);
    private final EnumMap<Register, int[]> basis = new EnumMap<>(Register.class);
    private final EnumMap<Register, int[]> source = new EnumMap<>(Register.class);
    private int[] residentsOfDay;
    private long[] normativeOfDay;
    private int[] residentsGiven;
    private int[] normativeEntryOfDay;
    private Quantity[] normativeEntries;
    private final List<DayBasis> bases = new ArrayList<>();
    private final Map<DayBasis, Integer> basisIds = new HashMap<>();
    private int[] actualBasis;

    // repeated refusals of access (354 p.60(3)): days [from, to], epoch days, and the second refusal's act
    private final List<long[]> repeated = new ArrayList<>();
    private final List<MeterEvent> repeatedActs = new ArrayList<>();

    private Engine(ServiceInputs in, LocalDateRange range, LocalDate asKnownOn, ConsumptionPolicies policies,
                   ProtocolSink sink) {
        this.in = in;
        this.range = range;
        this.asKnownOn = asKnownOn;
        this.policies = policies;
        this.sink = sink;
        this.unit = in.resource().unit();
        this.entity = "account " + in.account() + " service " + in.resource().nameEn();
        this.entitySum = entity + " sum of metering points";
        this.entityNormative = entity + " normative";
        this.entityMonthly = entity + " monthly volume";
        this.entityAverage = entity + " average";
        this.entitySeasonal = entity + " seasonal volume";
        this.residential = in.premise().map(Premise::residential).orElse(true);
    }

    /**
     * Computes the service's consumption over {@code range} as known on {@code asKnownOn}.
     *
     * @see org.raschet.core.consumption.PerDayConsumption#compute
     */
    public static ServiceConsumption compute(ServiceInputs in, LocalDateRange range, LocalDate asKnownOn,
                                             ConsumptionPolicies policies, ProtocolSink sink) {
        return new Engine(in, range, asKnownOn, policies, sink).run();
    }

    private ServiceConsumption run() {
        if (range.isEmpty() || range.isUnboundedStart() || range.isUnboundedEnd()) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, entity, range.getStart(),
                    "range " + range + " is empty or unbounded", "consumption.range-bounded");
        }
        knownMeters();
        acceptReadings();
        buildGrid();
        repeatedRefusals();
        fillRange();
        List<RegisterDays> registers = registerDays();
        List<PeriodVolume> periods = periods();
        List<PointDays> points = pointDays();
        List<AnomalyFlag> flags = new ArrayList<>();
        List<ProtocolEntry> flagEntries = new ArrayList<>();
        Anomalies.flag(this, flags, flagEntries);
        outcomes.sort(Comparator.comparing(ReadingOutcome::reading, Acceptance.CANONICAL)
                .thenComparing(ReadingOutcome::status));
        if (sink.enabled()) {
            ProtocolWriter.write(this, periods, flagEntries);
        }
        return new ServiceConsumption(in.account(), in.resource(), range, asKnownOn, registers, periods, intervals,
                averages, outcomes, flags, points);
    }

    // ---------------------------------------------------------------- meters and readings

    private void knownMeters() {
        for (MeterId id : in.meteringPoints().keySet()) {
            if (in.meters().stream().noneMatch(m -> m.id().equals(id))) {
                throw new InvalidMeterException(ErrorCode.METER_INVALID, "meter " + id, null,
                        "metering point '" + in.meteringPoints().get(id) + "' is given for a meter that is not among"
                                + " the meters of " + entity, "consumption.points-of-given-meters");
            }
        }
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
        // meters of one point succeed each other; points run in parallel (kitchen and bathroom)
        known.sort(Comparator.comparing((Meter m) -> in.pointOf(m.id())).thenComparing(Meter::installed)
                .thenComparing(m -> m.id().value()));
        List<String> names = new ArrayList<>();
        pointOf = new int[known.size()];
        for (int i = 0; i < known.size(); i++) {
            Meter m = known.get(i);
            if (meterIndex.putIfAbsent(m.id(), i) != null) {
                throw new InvalidMeterException(ErrorCode.METER_INVALID, "meter " + m.id(), m.installed(),
                        "meter is given twice for " + entity, "consumption.meter-once");
            }
            String point = in.pointOf(m.id());
            if (names.isEmpty() || !names.get(names.size() - 1).equals(point)) {
                names.add(point);
            } else {
                Meter prev = known.get(i - 1);
                if (prev.removed().isEmpty() || prev.removed().get().isAfter(m.installed())) {
                    throw new InvalidMeterException(ErrorCode.METER_OVERLAP, "meter " + m.id(), m.installed(),
                            "installed while meter " + prev.id() + " of the same metering point"
                                    + (point.isEmpty() ? "" : " '" + point + "'") + " is in service"
                                    + prev.removed().map(r -> " until " + r).orElse(" (no removal known)"),
                            "consumption.meters-succeed");
                }
            }
            pointOf[i] = names.size() - 1;
            meters.add(new MeterState(m));
        }
        pointNames = names.toArray(new String[0]);
        pointMeters = new int[pointNames.length][];
        for (int p = 0; p < pointNames.length; p++) {
            int count = 0;
            for (int i = 0; i < pointOf.length; i++) {
                if (pointOf[i] == p) {
                    count++;
                }
            }
            pointMeters[p] = new int[count];
            int k = 0;
            for (int i = 0; i < pointOf.length; i++) {
                if (pointOf[i] == p) {
                    pointMeters[p][k++] = i;
                }
            }
        }
        actualBasis = new int[meters.size()];
        Arrays.fill(actualBasis, NONE);
    }

    private void acceptReadings() {
        List<List<Reading>> byRegister = new ArrayList<>();
        for (int i = 0; i < meters.size() * R; i++) {
            byRegister.add(new ArrayList<>());
        }
        List<List<Long>> controls = new ArrayList<>();
        for (int i = 0; i < meters.size(); i++) {
            controls.add(new ArrayList<>());
        }
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
            byRegister.get(mi * R + r.register().ordinal()).add(r);
            if (r.source() == ReadingSource.CONTROL && !st.rejectsReading(r.date().toEpochDay())) {
                controls.get(mi).add(r.date().toEpochDay());
            }
        }
        for (int mi = 0; mi < meters.size(); mi++) {
            List<Long> c = new ArrayList<>(controls.get(mi));
            c.sort(Long::compare);
            refusals.add(meters.get(mi).refusals(c));
            controlDates.addAll(c);
        }
        controlDates.sort(Long::compare);
        acceptedDates = new long[meters.size() * R][];
        List<Reading[]> pairs = new ArrayList<>();
        for (int mi = 0; mi < meters.size(); mi++) {
            MeterState st = meters.get(mi);
            for (Register reg : st.meter().registers().registers()) {
                List<Reading> rs = byRegister.get(mi * R + reg.ordinal());
                Acceptance.Result res = Acceptance.accept(st, rs, refusals.get(mi), policies.priority(),
                        policies.rollover());
                outcomes.addAll(res.outcomes());
                int count = 0;
                for (List<Reading> chain : res.chains()) {
                    count += chain.size();
                }
                long[] dates = new long[count];
                int k = 0;
                for (List<Reading> chain : res.chains()) {
                    for (int i = 0; i < chain.size(); i++) {
                        dates[k++] = chain.get(i).date().toEpochDay();
                        if (i > 0) {
                            pairs.add(new Reading[] {chain.get(i - 1), chain.get(i)});
                        }
                    }
                }
                Arrays.sort(dates);
                acceptedDates[mi * R + reg.ordinal()] = dates;
            }
        }
        pairs.sort(Comparator.comparing((Reading[] p) -> meterIndex.get(p[0].meter()))
                .thenComparing(p -> p[0].register()).thenComparing(p -> p[0].date()));
        int n = pairs.size();
        ivMeter = new int[n];
        ivSpread = new long[n][];
        ivFirst = new long[n];
        ivStep = new ProtocolStep[n];
        DailyProfile profile = policies.profile();
        for (int i = 0; i < n; i++) {
            Reading[] p = pairs.get(i);
            int mi = meterIndex.get(p[0].meter());
            Meter m = meters.get(mi).meter();
            ProtocolSink child = sink.child();
            Quantity v = RegisterConsumption.between(m, p[0], p[1], policies.rollover(), child);
            IntervalVolume iv = new IntervalVolume(m.id(), p[0].register(), p[0], p[1], v,
                    p[1].value().compareTo(p[0].value()) < 0);
            intervals.add(iv);
            ivMeter[i] = mi;
            List<ProtocolEntry> steps = ProtocolSink.entriesOf(child);
            ivStep[i] = steps.isEmpty() ? null : (ProtocolStep) steps.get(0);
            int days = Math.toIntExact(p[1].date().toEpochDay() - p[0].date().toEpochDay());
            ivFirst[i] = p[0].date().toEpochDay() + 1;
            ivSpread[i] = spread(iv, v.micros(), days, profile);
        }
    }

    /** The interval's volume over its days: equal weights, or the daily profile's (LEGAL §2). */
    private long[] spread(IntervalVolume iv, long micros, int days, DailyProfile profile) {
        if (profile.isUniform()) {
            return Split.evenly(micros, days);
        }
        long[] w = profile.weights(iv.days().getStart(), days);
        long total = 0;
        for (long x : w) {
            total = Exact.add(total, x, "daily profile " + profile.id());
        }
        if (total == 0) {
            if (micros == 0) {
                return new long[days];
            }
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "meter " + iv.meter(), iv.later().date(),
                    "interval " + iv.days().getStart() + "–" + iv.later().date() + " of register "
                            + iv.register().code() + " carries " + iv.volume() + " but every day of it weighs 0 in"
                            + " daily profile " + profile.id(), "profile.positive-weight-for-volume");
        }
        return Split.cumulative(micros, w);
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
        cover = new int[pointNames.length * R][];
        lastCovered = new int[pointNames.length * R][];
        for (int i = 0; i < intervals.size(); i++) {
            int k = pointOf[ivMeter[i]] * R + intervals.get(i).register().ordinal();
            if (cover[k] == null) {
                cover[k] = filled(n);
            }
            int from = Math.toIntExact(ivFirst[i] - base);
            Arrays.fill(cover[k], from, from + ivSpread[i].length, i);
        }
        for (int k = 0; k < cover.length; k++) {
            int[] c = cover[k];
            if (c == null) {
                continue;
            }
            int[] lc = new int[n];
            int last = NONE;
            for (int g = 0; g < n; g++) {
                if (c[g] != NONE) {
                    last = g;
                }
                lc[g] = last;
            }
            lastCovered[k] = lc;
        }
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, NONE);
        return a;
    }

    /** The interval index covering {@code epochDay} of {@code reg} by meter {@code mi}, or {@code NONE}. */
    int coveredBy(Register reg, long epochDay, int mi) {
        int[] c = cover[pointOf[mi] * R + reg.ordinal()];
        long g = epochDay - base;
        if (c == null || g < 0 || g >= c.length) {
            return NONE;
        }
        int i = c[(int) g];
        return i != NONE && ivMeter[i] == mi ? i : NONE;
    }

    /**
     * The interval index covering {@code epochDay} of {@code reg} at the metering point of meter {@code mi}, by
     * any of the point's meters, or {@code NONE}.
     */
    int coveredAtPoint(Register reg, long epochDay, int mi) {
        int[] c = cover[pointOf[mi] * R + reg.ordinal()];
        long g = epochDay - base;
        if (c == null || g < 0 || g >= c.length) {
            return NONE;
        }
        return c[(int) g];
    }

    /** The actual volume of grid day {@code epochDay} on interval {@code i}. */
    long intervalDay(int i, long epochDay) {
        return ivSpread[i][Math.toIntExact(epochDay - ivFirst[i])];
    }

    // ---------------------------------------------------------------- repeated refusals (354 p.60(3))

    /**
     * The episodes of 354 p.60(3): refusals of access to install or check an electricity meter counted in a series
     * that access ends (an act of access granted, an accepted control reading, a meter installed); from the
     * series' N-th refusal, the days from the first day of that act's billing period until access (inclusive: the
     * check's reading opens the next interval) are billed by the normative with the coefficient 1.5.
     */
    private void repeatedRefusals() {
        int threshold = policies.forecast().repeatedRefusals();
        if (threshold == 0 || in.resource() != Resource.ELECTRICITY) {
            return;
        }
        record Act(long day, int order, MeterEvent event) {
        }
        List<Act> acts = new ArrayList<>();
        List<MeterEvent> all = new ArrayList<>();
        for (MeterState st : meters) {
            all.addAll(st.meter().events());
            long installed = st.meter().installed().toEpochDay();
            acts.add(new Act(installed, 1, null));
        }
        for (MeterEvent e : in.serviceEvents()) {
            if (!e.date().isAfter(asKnownOn)) {
                all.add(e);
            }
        }
        for (MeterEvent e : all) {
            switch (e.kind()) {
                case ACCESS_REFUSED -> acts.add(new Act(e.date().toEpochDay(), 0, e));
                case ACCESS_GRANTED -> acts.add(new Act(e.date().toEpochDay(), 1, null));
                default -> {
                }
            }
        }
        for (long c : controlDates) {
            acts.add(new Act(c, 1, null));
        }
        // refusals before access on one day; then a stable order, so the input order changes nothing
        acts.sort(Comparator.comparingLong(Act::day).thenComparingInt(Act::order)
                .thenComparing(a -> a.event() == null ? "" : a.event().kind() + "|" + a.event().document().orElse("")));
        int count = 0;
        long[] open = null;
        for (Act a : acts) {
            if (a.order() == 0) {
                count++;
                if (count == threshold) {
                    LocalDate d = LocalDate.ofEpochDay(a.day());
                    open = new long[] {d.withDayOfMonth(1).toEpochDay(), Long.MAX_VALUE};
                    repeated.add(open);
                    repeatedActs.add(a.event());
                }
            } else {
                if (open != null) {
                    open[1] = a.day();
                    open = null;
                }
                count = 0;
            }
        }
    }

    /** The index of the p.60(3) episode covering {@code epochDay}, or {@code NONE}. */
    int repeatedOn(long epochDay) {
        for (int i = 0; i < repeated.size(); i++) {
            long[] e = repeated.get(i);
            if (e[0] <= epochDay && epochDay <= e[1]) {
                return i;
            }
        }
        return NONE;
    }

    /** The act of the second refusal that started the p.60(3) episode {@code i}. */
    MeterEvent repeatedAct(int i) {
        return repeatedActs.get(i);
    }

    // ---------------------------------------------------------------- the range, day by day

    private void monthFacts(int n) {
        dayOfMonth = new int[n];
        monthLength = new int[n];
        monthIdx = new int[n];
        LocalDate first = range.getStart();
        int j = 0;
        LocalDate monthStart = first.withDayOfMonth(1);
        int dom = first.getDayOfMonth();
        while (j < n) {
            int len = monthStart.lengthOfMonth();
            int idx = monthStart.getYear() * 12 + monthStart.getMonthValue() - 1;
            while (j < n && dom <= len) {
                dayOfMonth[j] = dom;
                monthLength[j] = len;
                monthIdx[j] = idx;
                dom++;
                j++;
            }
            dom = 1;
            monthStart = monthStart.plusMonths(1);
        }
    }

    /** The month index {@code year × 12 + month − 1} of an epoch day, by civil arithmetic (no object). */
    static int monthIndex(long epochDay) {
        // Howard Hinnant's days-to-civil algorithm, exact over the proleptic Gregorian calendar
        long z = epochDay + 719468;
        long era = (z >= 0 ? z : z - 146096) / 146097;
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long m = mp < 10 ? mp + 3 : mp - 9;
        long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
        return Math.toIntExact(y * 12 + m - 1);
    }

    private void fillRange() {
        int n = Math.toIntExact(range.lengthInDays());
        long start = range.getStart().toEpochDay();
        monthFacts(n);
        int points = pointNames.length;
        boolean single = points == 1;
        for (MeterState st : meters) {
            for (Register r : st.meter().registers().registers()) {
                arrays(r, n);
            }
        }
        pVolume = new long[points * R][];
        pBasis = new int[points * R][];
        pSource = new int[points * R][];
        int noneId = intern(DayBasis.NONE);
        for (int mi = 0; mi < meters.size(); mi++) {
            for (Register r : meters.get(mi).meter().registers().registers()) {
                int k = pointOf[mi] * R + r.ordinal();
                if (pVolume[k] != null) {
                    continue;
                }
                if (single) {
                    pVolume[k] = volume.get(r);
                    pBasis[k] = basis.get(r);
                    pSource[k] = source.get(r);
                } else {
                    pVolume[k] = new long[n];
                    pBasis[k] = new int[n];
                    Arrays.fill(pBasis[k], noneId);
                    pSource[k] = filled(n);
                }
            }
        }
        int[] repeatedOfDay = filled(n);
        for (int i = 0; i < repeated.size(); i++) {
            long[] e = repeated.get(i);
            long from = Math.max(e[0], start);
            long to = Math.min(e[1], start + n - 1);
            for (long d = from; d <= to; d++) {
                repeatedOfDay[(int) (d - start)] = i;
            }
        }
        boolean[] active = new boolean[n];
        int[] request = filled(n);
        for (int p = 0; p < points; p++) {
            fillPoint(p, n, start, repeatedOfDay, active, request);
        }
        int noMeter = NONE;
        int repeatedId = NONE;
        int repeatedEpisode = NONE;
        int repeatedMonth = NONE;
        for (int j = 0; j < n; j++) {
            long d = start + j;
            int b;
            if (repeatedOfDay[j] != NONE) {
                int ep = repeatedOfDay[j];
                if (ep != repeatedEpisode || monthIdx[j] != repeatedMonth) {
                    int startMonth = monthIndex(repeated.get(ep)[0]);
                    repeatedId = intern(new DayBasis(DayBasis.Kind.NORMATIVE,
                            Optional.of(ForecastCase.REPEATED_REFUSAL), monthIdx[j] - startMonth + 1, 0, false,
                            Optional.empty(), true));
                    repeatedEpisode = ep;
                    repeatedMonth = monthIdx[j];
                }
                b = repeatedId;
            } else if (!active[j]) {
                if (noMeter == NONE) {
                    boolean coefficient = policies.forecast().coefficientAfterLimit(ForecastCase.NO_METER)
                            && !in.meterInstallationImpossible();
                    noMeter = intern(new DayBasis(DayBasis.Kind.NORMATIVE, Optional.of(ForecastCase.NO_METER), 0,
                            0, coefficient, Optional.empty(), false));
                }
                b = noMeter;
            } else {
                b = request[j];
            }
            if (b != NONE) {
                for (Register r : REGISTERS) {
                    if (r != Register.TOTAL && volume.get(r) != null) {
                        set(r, j, 0, noneId, NONE);
                    }
                }
                if (!single) {
                    // the normative replaces every point once (354 p.42, p.59, p.60): no point adds its own volume
                    for (int k = 0; k < pVolume.length; k++) {
                        if (pVolume[k] != null) {
                            pSet(k, j, 0, noneId, NONE);
                        }
                    }
                }
                normative(j, d, b, n);
            } else if (!single) {
                merge(j, points, noneId);
            }
        }
    }

    /** The days of metering point {@code p}: actual, average, or a request for the service's normative. */
    private void fillPoint(int p, int n, long start, int[] repeatedOfDay, boolean[] active, int[] request) {
        int[] pm = pointMeters[p];
        int ptr = -1;
        // the gap basis of the previous day, per register: rebuilt only when one of its parts changes
        int[] prevKind = filled(R);
        int[] prevCase = new int[R];
        int[] prevPeriod = new int[R];
        int[] prevLimit = new int[R];
        boolean[] prevCoefficient = new boolean[R];
        int[] prevMeter = new int[R];
        int[] prevId = new int[R];
        ForecastRulesView rules = new ForecastRulesView();
        for (int j = 0; j < n; j++) {
            long d = start + j;
            while (ptr + 1 < pm.length && meters.get(pm[ptr + 1]).meter().installed().toEpochDay() < d) {
                ptr++;
            }
            if (ptr < 0) {
                continue; // the point has no meter yet
            }
            active[j] = true;
            if (repeatedOfDay[j] != NONE) {
                continue; // the whole service is by the normative of p.60(3)
            }
            int mi = pm[ptr];
            MeterState st = meters.get(mi);
            List<Register> regs = st.meter().registers().registers();
            int normatives = 0;
            int normativeBasis = NONE;
            for (int ri = 0; ri < regs.size(); ri++) {
                Register r = regs.get(ri);
                int k = p * R + r.ordinal();
                int iv = coveredBy(r, d, mi);
                if (iv != NONE) {
                    if (actualBasis[mi] == NONE) {
                        actualBasis[mi] = intern(DayBasis.actual(st.meter().id()));
                    }
                    pSet(k, j, intervalDay(iv, d), actualBasis[mi], iv);
                    continue;
                }
                rules.gap(this, st, mi, r, d, j);
                int ro = r.ordinal();
                int id;
                if (prevKind[ro] == rules.kind.ordinal() && prevCase[ro] == rules.fc.ordinal()
                        && prevPeriod[ro] == rules.period && prevLimit[ro] == rules.limit
                        && prevCoefficient[ro] == rules.coefficient && prevMeter[ro] == mi) {
                    id = prevId[ro];
                } else {
                    id = intern(new DayBasis(rules.kind, Optional.of(rules.fc), rules.period, rules.limit,
                            rules.coefficient, Optional.of(st.meter().id()), false));
                    prevKind[ro] = rules.kind.ordinal();
                    prevCase[ro] = rules.fc.ordinal();
                    prevPeriod[ro] = rules.period;
                    prevLimit[ro] = rules.limit;
                    prevCoefficient[ro] = rules.coefficient;
                    prevMeter[ro] = mi;
                    prevId[ro] = id;
                }
                if (rules.kind == DayBasis.Kind.AVERAGE) {
                    long a = averages.get(rules.average).average().orElseThrow().micros();
                    int i = dayOfMonth[j];
                    int len = monthLength[j];
                    pSet(k, j, Split.evenlyPrefix(a, i, len) - Split.evenlyPrefix(a, i - 1, len), id, rules.average);
                } else {
                    normatives++;
                    if (normativeBasis == NONE) {
                        normativeBasis = id;
                    }
                }
            }
            if (normatives > 0) {
                if (normatives < regs.size()) {
                    throw new ReadingException(ErrorCode.READING_ZONES_INCOMPLETE, "meter " + st.meter().id(),
                            LocalDate.ofEpochDay(d), "some registers of the " + st.meter().registers()
                                    + " meter have a volume by readings or the average and others need the normative",
                            "readings.zones-together");
                }
                int noneId = intern(DayBasis.NONE);
                for (int ri = 0; ri < regs.size(); ri++) {
                    pSet(p * R + regs.get(ri).ordinal(), j, 0, noneId, NONE);
                }
                request[j] = stronger(request[j], normativeBasis);
            }
        }
    }

    /**
     * The normative basis that applies to the whole service when several points need it on one day: the one whose
     * coefficient class pricing must apply (the increasing coefficient follows the fault that caused it), else the
     * first point's.
     */
    private int stronger(int current, int candidate) {
        if (current == NONE) {
            return candidate;
        }
        CoefficientClass a = bases.get(current).coefficientClass();
        CoefficientClass b = bases.get(candidate).coefficientClass();
        return b.ordinal() > a.ordinal() ? candidate : current;
    }

    /** The gap basis of one day, in primitive parts (no object per day). */
    private static final class ForecastRulesView {
        DayBasis.Kind kind;
        ForecastCase fc;
        int period;
        int limit;
        boolean coefficient;
        int average;

        /** The basis of a day of {@code reg} of meter {@code mi} without an actual volume (354 p.59, p.60). */
        void gap(Engine e, MeterState st, int mi, Register reg, long d, int j) {
            Meter m = st.meter();
            int ep = st.outOfOrderIndex(d);
            long caseStart = 0;
            if (ep >= 0) {
                MeterState.Episode episode = st.outOfOrder().get(ep);
                boolean supplier = m.replacedBySupplier() && e.policies.forecast().supplierReplacementUnlimited()
                        && episode.cause() != MeterState.Cause.SEAL_BROKEN;
                fc = supplier ? ForecastCase.SUPPLIER_REPLACEMENT : ForecastCase.OUT_OF_ORDER;
                caseStart = episode.a() + 1;
            } else {
                int refusal = MeterState.indexCovering(e.refusals.get(mi), d);
                if (refusal >= 0) {
                    fc = ForecastCase.NO_ACCESS;
                    caseStart = e.refusals.get(mi).get(refusal).a() + 1;
                } else {
                    fc = ForecastCase.NO_READINGS;
                }
            }
            int month = e.monthIdx[j];
            if (fc == ForecastCase.NO_READINGS) {
                // p.59(b): counted from the first billing period after the month of the last accepted reading
                period = month - monthIndex(e.lastAcceptedBefore(mi, reg, d));
            } else {
                period = month - monthIndex(caseStart) + 1;
            }
            limit = e.policies.forecast().limit(fc, e.residential);
            average = NONE;
            if (limit == 0 || period <= limit) {
                average = e.average(mi, reg, e.gapStart(mi, reg, d));
                kind = e.averages.get(average).available() ? DayBasis.Kind.AVERAGE : DayBasis.Kind.NORMATIVE;
                coefficient = false;
            } else {
                kind = DayBasis.Kind.NORMATIVE;
                coefficient = e.policies.forecast().coefficientAfterLimit(fc);
            }
        }
    }

    /** The service's days of several points: the sum of the points, with their common basis or a mixed one. */
    private void merge(int j, int points, int noneId) {
        for (Register r : REGISTERS) {
            if (volume.get(r) == null) {
                continue;
            }
            long sum = 0;
            int b = noneId;
            int src = NONE;
            boolean several = false;
            boolean allActual = true;
            for (int p = 0; p < points; p++) {
                int k = p * R + r.ordinal();
                if (pVolume[k] == null || pBasis[k][j] == noneId) {
                    continue;
                }
                sum = Exact.add(sum, pVolume[k][j], entitySum);
                int pb = pBasis[k][j];
                allActual &= bases.get(pb).kind() == DayBasis.Kind.ACTUAL;
                if (b == noneId) {
                    b = pb;
                    src = pSource[k][j];
                } else if (pb != b) {
                    several = true;
                    src = NONE;
                } else {
                    src = NONE;
                }
            }
            if (several) {
                b = intern(allActual ? ACTUAL_SEVERAL : DayBasis.MIXED);
            }
            set(r, j, sum, b, src);
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
        Integer id = basisIds.get(b);
        if (id != null) {
            return id;
        }
        bases.add(b);
        basisIds.put(b, bases.size() - 1);
        return bases.size() - 1;
    }

    private void set(Register r, int j, long micros, int basisId, int src) {
        volume.get(r)[j] = micros;
        basis.get(r)[j] = basisId;
        source.get(r)[j] = src;
    }

    private void pSet(int k, int j, long micros, int basisId, int src) {
        pVolume[k][j] = micros;
        pBasis[k][j] = basisId;
        pSource[k][j] = src;
    }

    private void normative(int j, long d, int basisId, int n) {
        arrays(Register.TOTAL, n);
        if (residentsOfDay == null) {
            prepareNormative(n, LocalDate.ofEpochDay(d), bases.get(basisId));
        }
        int residents = residentsGiven[j];
        if (residents < 0) {
            // no count holds on the day: the premise's own lookup names the gap
            residents = in.premise().orElseThrow().residentsOn(LocalDate.ofEpochDay(d));
        }
        int entry = normativeEntryOfDay[j];
        if (entry < 0) {
            in.normativePerResident().get(LocalDate.ofEpochDay(d), "normative per resident of " + entity);
        }
        Quantity norm = normativeEntries[entry];
        if (norm.unit() != unit || norm.isNegative()) {
            throw new InvalidValueException(ErrorCode.VALUE_UNIT_MISMATCH, entity, LocalDate.ofEpochDay(d),
                    "normative per resident " + norm + " is negative or not in " + unit, "normative.unit");
        }
        int i = dayOfMonth[j];
        int len = monthLength[j];
        long share = Split.evenlyPrefix(norm.micros(), i, len) - Split.evenlyPrefix(norm.micros(), i - 1, len);
        residentsOfDay[j] = residents;
        normativeOfDay[j] = norm.micros();
        set(Register.TOTAL, j, Exact.multiply(share, residents, entityNormative), basisId, NONE);
    }

    /** Residents and the normative of every day of the range, from their timelines, once. */
    private void prepareNormative(int n, LocalDate day, DayBasis b) {
        Premise premise = in.premise().orElseThrow(() -> new MissingPolicyInputException(
                ErrorCode.POLICY_INPUT_MISSING, entity, day,
                "the day is billed by the normative (" + b.describeEn() + ") but no premise with residents is given",
                "normative.residents-given"));
        residentsOfDay = new int[n];
        normativeOfDay = new long[n];
        residentsGiven = new int[n];
        normativeEntryOfDay = new int[n];
        fillTimeline(premise.residents().entries(), residentsGiven, null);
        NavigableMap<LocalDate, Quantity> norms = in.normativePerResident().entries();
        normativeEntries = norms.values().toArray(new Quantity[0]);
        fillTimeline(norms, null, normativeEntryOfDay);
    }

    /**
     * Walks an effective-dated timeline over the range: into {@code values} the value of each day (an
     * {@code Integer} timeline), or into {@code entryIndex} the index of the entry holding (−1 before the first).
     */
    private <T> void fillTimeline(NavigableMap<LocalDate, T> entries, int[] values, int[] entryIndex) {
        int n = dayOfMonth.length;
        long start = range.getStart().toEpochDay();
        int[] target = values != null ? values : entryIndex;
        Arrays.fill(target, -1);
        List<Map.Entry<LocalDate, T>> list = new ArrayList<>(entries.entrySet());
        for (int k = 0; k < list.size(); k++) {
            long from = list.get(k).getKey().toEpochDay();
            long to = k + 1 < list.size() ? list.get(k + 1).getKey().toEpochDay() : Long.MAX_VALUE;
            long a = Math.max(from, start);
            long b = Math.min(to, start + n);
            for (long d = a; d < b; d++) {
                target[(int) (d - start)] = values != null ? (Integer) list.get(k).getValue() : k;
            }
        }
    }

    /** The day of the last accepted reading of {@code reg} of meter {@code mi} before {@code d} (binary search). */
    long lastAcceptedBefore(int mi, Register reg, long d) {
        long[] dates = acceptedDates[mi * R + reg.ordinal()];
        long last = meters.get(mi).meter().installed().toEpochDay();
        if (dates == null || dates.length == 0) {
            return last;
        }
        int k = Arrays.binarySearch(dates, d);
        int before = (k >= 0 ? k : -k - 1) - 1;
        return before >= 0 ? Math.max(last, dates[before]) : last;
    }

    /** The first day without an actual volume of {@code reg} of meter {@code mi} before or on {@code d}. */
    long gapStart(int mi, Register reg, long d) {
        int k = pointOf[mi] * R + reg.ordinal();
        int[] lc = lastCovered[k];
        long g = d - 1 - base;
        if (lc != null && g >= 0 && g < lc.length && lc[(int) g] != NONE) {
            int i = cover[k][lc[(int) g]];
            if (ivMeter[i] == mi) {
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
                monthSum = Exact.add(monthSum, intervalDay(i, d), entityMonthly);
            }
            if (!full) {
                break;
            }
            months.add(month);
            sum = Exact.add(sum, monthSum, entityAverage);
            days += e - s + 1;
            month = month.minusMonths(1);
        }
        return new History(months, sum, days);
    }

    /**
     * The actual volume of {@code months} (in order) at the metering point of meter {@code mi}, by any of its
     * meters, if every day of them has one: {@code {sum, days}}; empty if a day lacks an actual volume or lies
     * before the grid.
     */
    Optional<long[]> pointMonths(int mi, Register reg, YearMonth first, YearMonth last) {
        long s = first.atDay(1).toEpochDay();
        long e = last.atEndOfMonth().toEpochDay();
        if (s < base) {
            return Optional.empty();
        }
        long sum = 0;
        for (long d = s; d <= e; d++) {
            int i = coveredAtPoint(reg, d, mi);
            if (i == NONE) {
                return Optional.empty();
            }
            sum = Exact.add(sum, intervalDay(i, d), entitySeasonal);
        }
        return Optional.of(new long[] {sum, e - s + 1});
    }

    /** The index of the average monthly volume for the gap of {@code reg} of meter {@code mi} from {@code gapStart}. */
    private int average(int mi, Register reg, long gapStart) {
        if (mi == lastAverageMeter && reg.ordinal() == lastAverageReg && gapStart == lastAverageGap) {
            return lastAverage;
        }
        long key = ((long) (mi * R + reg.ordinal()) << 32) + (gapStart - base);
        Integer known = averageIndex.get(key);
        int ai;
        if (known != null) {
            ai = known;
        } else {
            History h = history(mi, reg, gapStart, policies.forecast().averageMonths());
            int k = h.months().size();
            Optional<Quantity> a = k >= policies.forecast().minimumMonths() && k > 0
                    ? Optional.of(Quantity.ofMicros(Exact.roundedDivide(h.sumMicros(), k, RoundingMode.HALF_UP), unit))
                    : Optional.empty();
            MonthlyAverage avg = new MonthlyAverage(meters.get(mi).meter().id(), reg, LocalDate.ofEpochDay(gapStart),
                    h.months(), Quantity.ofMicros(h.sumMicros(), unit), a);
            averages.add(avg);
            ai = averages.size() - 1;
            averageIndex.put(key, ai);
            if (sink.enabled()) {
                averageEntries.add(ProtocolWriter.average(this, mi, avg));
            }
        }
        lastAverageMeter = mi;
        lastAverageReg = reg.ordinal();
        lastAverageGap = gapStart;
        lastAverage = ai;
        return ai;
    }

    // ---------------------------------------------------------------- results

    private List<RegisterDays> registerDays() {
        List<RegisterDays> out = new ArrayList<>();
        for (Register r : volume.keySet()) {
            out.add(registerDays(r, volume.get(r), basis.get(r)));
        }
        return out;
    }

    private RegisterDays registerDays(Register r, long[] v, int[] b) {
        List<BasisRun> runs = new ArrayList<>();
        int from = 0;
        for (int j = 1; j <= b.length; j++) {
            if (j == b.length || b[j] != b[from]) {
                runs.add(new BasisRun(LocalDateRange.of(range.getStart().plusDays(from),
                        range.getStart().plusDays(j)), bases.get(b[from])));
                from = j;
            }
        }
        return new RegisterDays(r, DailySeries.of(range.getStart(), unit, v), runs);
    }

    private List<PointDays> pointDays() {
        if (pointNames.length < 2) {
            return List.of();
        }
        List<PointDays> out = new ArrayList<>();
        for (int p = 0; p < pointNames.length; p++) {
            List<MeterId> ids = new ArrayList<>();
            for (int mi : pointMeters[p]) {
                ids.add(meters.get(mi).meter().id());
            }
            List<RegisterDays> regs = new ArrayList<>();
            for (Register r : Register.values()) {
                int k = p * R + r.ordinal();
                if (pVolume[k] != null) {
                    regs.add(registerDays(r, pVolume[k], pBasis[k]));
                }
            }
            out.add(new PointDays(pointNames[p], ids, regs));
        }
        return out;
    }

    private List<PeriodVolume> periods() {
        List<PeriodVolume> out = new ArrayList<>();
        long start = range.getStart().toEpochDay();
        for (LocalDateRange part : Days.byMonth(range)) {
            int from = (int) (part.getStart().toEpochDay() - start);
            int to = (int) (part.getEnd().toEpochDay() - start);
            for (Register r : volume.keySet()) {
                long[] v = volume.get(r);
                int[] b = basis.get(r);
                long total = 0;
                long norm = 0;
                long increased = 0;
                long refusal = 0;
                for (int j = from; j < to; j++) {
                    DayBasis db = bases.get(b[j]);
                    total = Exact.add(total, v[j], entity);
                    if (db.kind() == DayBasis.Kind.NORMATIVE) {
                        norm += v[j];
                        if (db.increasingCoefficient()) {
                            increased += v[j];
                        } else if (db.refusalCoefficient()) {
                            refusal += v[j];
                        }
                    }
                }
                // readings and the average come from the points (one point: the service's own days)
                long actual = 0;
                long avg = 0;
                for (int p = 0; p < pointNames.length; p++) {
                    int k = p * R + r.ordinal();
                    if (pVolume[k] == null) {
                        continue;
                    }
                    for (int j = from; j < to; j++) {
                        DayBasis.Kind kind = bases.get(pBasis[k][j]).kind();
                        if (kind == DayBasis.Kind.ACTUAL) {
                            actual += pVolume[k][j];
                        } else if (kind == DayBasis.Kind.AVERAGE) {
                            avg += pVolume[k][j];
                        }
                    }
                }
                out.add(new PeriodVolume(YearMonth.from(part.getStart()), r, part, q(total), q(actual), q(avg),
                        q(norm), q(increased), q(refusal)));
            }
        }
        return out;
    }

    private Quantity q(long micros) {
        return Quantity.ofMicros(micros, unit);
    }

    // ---------------------------------------------------------------- accessors for the writers

    ServiceInputs inputs() {
        return in;
    }

    LocalDateRange range() {
        return range;
    }

    LocalDate asKnownOn() {
        return asKnownOn;
    }

    ConsumptionPolicies policies() {
        return policies;
    }

    ProtocolSink sink() {
        return sink;
    }

    Unit unit() {
        return unit;
    }

    boolean residential() {
        return residential;
    }

    List<MeterState> meters() {
        return meters;
    }

    int meterIndex(MeterId id) {
        return meterIndex.get(id);
    }

    List<IntervalVolume> intervals() {
        return intervals;
    }

    ProtocolStep intervalStep(int i) {
        return ivStep[i];
    }

    TreeSet<Integer> referencedIntervals() {
        return referencedIntervals;
    }

    int intervalMeter(int i) {
        return ivMeter[i];
    }

    long base() {
        return base;
    }

    List<ReadingOutcome> outcomes() {
        return outcomes;
    }

    List<MonthlyAverage> averages() {
        return averages;
    }

    List<ProtocolEntry> averageEntries() {
        return averageEntries;
    }

    Map<Register, long[]> volume() {
        return volume;
    }

    int[] basis(Register r) {
        return basis.get(r);
    }

    int[] source(Register r) {
        return source.get(r);
    }

    DayBasis basisById(int id) {
        return bases.get(id);
    }

    int residentsOn(int j) {
        return residentsOfDay[j];
    }

    long normativeOn(int j) {
        return normativeOfDay[j];
    }

    long[] acceptedDates(int mi, Register reg) {
        long[] d = acceptedDates[mi * R + reg.ordinal()];
        return d == null ? new long[0] : d;
    }

    int pointCount() {
        return pointNames.length;
    }

    String pointName(int p) {
        return pointNames[p];
    }

    int pointOfMeter(int mi) {
        return pointOf[mi];
    }

    /** The point's arrays of {@code r}: {@code null} if the point has no meter with that register. */
    long[] pointVolume(int p, Register r) {
        return pVolume[p * R + r.ordinal()];
    }

    int[] pointBasis(int p, Register r) {
        return pBasis[p * R + r.ordinal()];
    }

    int[] pointSource(int p, Register r) {
        return pSource[p * R + r.ordinal()];
    }

    String entity() {
        return entity;
    }

    static BigDecimal micros(long v) {
        return BigDecimal.valueOf(v, Quantity.SCALE);
    }
}
