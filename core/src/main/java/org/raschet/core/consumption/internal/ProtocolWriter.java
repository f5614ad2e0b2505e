package org.raschet.core.consumption.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.raschet.core.consumption.DailyProfile;
import org.raschet.core.consumption.DayBasis;
import org.raschet.core.consumption.ForecastCase;
import org.raschet.core.consumption.IntervalVolume;
import org.raschet.core.consumption.MonthlyAverage;
import org.raschet.core.consumption.PeriodVolume;
import org.raschet.core.consumption.ReadingOutcome;
import org.raschet.core.consumption.ReadingStatus;
import org.raschet.core.meter.MeterEvent;
import org.raschet.core.meter.Reading;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.Formulas;
import org.raschet.core.protocol.Input;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.Note;
import org.raschet.core.protocol.ProtocolEntry;
import org.raschet.core.protocol.ProtocolSection;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.core.protocol.TextRenderer;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.split.Split;

/**
 * Writes the protocol of a per-day calculation: every figure as a step that re-evaluates from its own inputs in
 * the language of {@link org.raschet.core.protocol.Formula}. Called only when the sink is enabled.
 */
final class ProtocolWriter {
    private static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter RU_MONTH = DateTimeFormatter.ofPattern("MM.yyyy");

    private ProtocolWriter() {
    }

    static String ru(LocalDate d) {
        return RU.format(d);
    }

    static String ru(YearMonth m) {
        return RU_MONTH.format(m);
    }

    static String ru(Quantity q) {
        return TextRenderer.value(q.toBigDecimal(), q.unit().code(), Language.RU);
    }

    static String en(Quantity q) {
        return TextRenderer.value(q.toBigDecimal(), q.unit().code(), Language.EN);
    }

    static void write(Engine e, List<PeriodVolume> periods, List<ProtocolEntry> flagEntries) {
        List<ProtocolEntry> registerSections = new ArrayList<>();
        for (Register reg : e.volume().keySet()) {
            List<ProtocolEntry> periodSections = new ArrayList<>();
            for (PeriodVolume pv : periods) {
                if (pv.register() != reg) {
                    continue;
                }
                List<ProtocolEntry> parts = e.pointCount() > 1 ? pointParts(e, reg, pv) : rangeParts(e, reg, pv);
                if (!parts.isEmpty()) {
                    periodSections.add(new ProtocolSection(
                            "Период " + ru(pv.period()) + ", регистр " + reg.code() + ": " + ru(pv.total()),
                            "Period " + pv.period() + ", register " + reg.code() + ": " + en(pv.total()), parts));
                }
            }
            if (!periodSections.isEmpty()) {
                registerSections.add(new ProtocolSection("Регистр " + reg.code() + " (" + reg.nameRu() + ")",
                        "Register " + reg.code() + " (" + reg.nameEn() + ")", periodSections));
            }
        }
        List<ProtocolEntry> top = new ArrayList<>();
        List<ProtocolEntry> rejected = rejectedReadings(e);
        if (!rejected.isEmpty()) {
            top.add(new ProtocolSection("Показания, не принятые к расчёту", "Readings not used", rejected));
        }
        List<ProtocolEntry> ivs = new ArrayList<>();
        for (int i : e.referencedIntervals()) {
            ProtocolStep s = e.intervalStep(i);
            if (s != null) {
                ivs.add(withOverruleNotes(e, e.intervals().get(i), s));
            }
        }
        if (!ivs.isEmpty()) {
            top.add(new ProtocolSection("Объём между принятыми показаниями", "Volume between accepted readings",
                    ivs));
        }
        if (!e.averageEntries().isEmpty()) {
            top.add(new ProtocolSection("Среднемесячный объём (Правила № 354, п. 59)",
                    "Average monthly volume (Rules No. 354, p. 59)", e.averageEntries()));
        }
        top.addAll(registerSections);
        if (!flagEntries.isEmpty()) {
            top.add(new ProtocolSection("Признаки аномалий", "Anomaly flags", flagEntries));
        }
        LocalDate last = e.range().getEnd().minusDays(1);
        e.sink().add(new ProtocolSection(
                "Объём потребления по дням: лицевой счёт " + e.inputs().account() + ", "
                        + e.inputs().resource().nameRu() + ", " + ru(e.range().getStart()) + "–" + ru(last)
                        + ", по данным на " + ru(e.asKnownOn()),
                "Consumption by day: account " + e.inputs().account() + ", " + e.inputs().resource().nameEn() + ", "
                        + e.range().getStart() + "–" + last + ", as known on " + e.asKnownOn(), top));
    }

    private static List<ProtocolEntry> rejectedReadings(Engine e) {
        List<ProtocolEntry> out = new ArrayList<>();
        for (ReadingOutcome o : e.outcomes()) {
            ReadingStatus s = o.status();
            if (s == ReadingStatus.ACCEPTED || s == ReadingStatus.DUPLICATE || s == ReadingStatus.NOT_YET_KNOWN) {
                continue;
            }
            Reading r = o.reading();
            String byRu = o.by().map(b -> ": " + ru(b.value()) + " (" + b.source().nameRu() + ") от " + ru(b.date()))
                    .orElse("");
            String byEn = o.by().map(b -> ": " + en(b.value()) + " (" + b.source().nameEn() + ") of " + b.date())
                    .orElse("");
            out.add(new ProtocolSection("Показание " + ru(r.value()) + " от " + ru(r.date()) + " ("
                    + r.source().nameRu() + "), прибор " + r.meter() + ", регистр " + r.register().code() + " — "
                    + s.nameRu() + byRu + r.document().map(d -> "; документ " + d).orElse(""),
                    "Reading " + en(r.value()) + " of " + r.date() + " (" + r.source().nameEn() + "), meter "
                            + r.meter() + ", register " + r.register().code() + " — " + s.nameEn() + byEn
                            + r.document().map(d -> "; document " + d).orElse(""), List.of()));
        }
        return out;
    }

    private static ProtocolStep withOverruleNotes(Engine e, IntervalVolume iv, ProtocolStep step) {
        ProtocolStep s = step;
        boolean any = false;
        for (ReadingOutcome o : e.outcomes()) {
            if (o.status() != ReadingStatus.OVERRULED || o.by().isEmpty() || !o.reading().meter().equals(iv.meter())
                    || o.reading().register() != iv.register()) {
                continue;
            }
            Reading by = o.by().get();
            if (!by.equals(iv.later()) && !by.equals(iv.earlier())) {
                continue;
            }
            Reading r = o.reading();
            s = s.withNote(new Note("reading.overruled",
                    "показание " + ru(r.value()) + " от " + ru(r.date()) + " (" + r.source().nameRu()
                            + ") отклонено показанием " + ru(by.value()) + " от " + ru(by.date()) + " ("
                            + by.source().nameRu() + ") (Правила № 354, п. 61, пп. 82–85)",
                    "reading " + en(r.value()) + " of " + r.date() + " (" + r.source().nameEn()
                            + ") overruled by " + en(by.value()) + " of " + by.date() + " (" + by.source().nameEn()
                            + ") (Rules No. 354, p. 61, pp. 82–85)"));
            any = true;
        }
        return any ? s.withNote(e.policies().priority().note()) : s;
    }

    /** The parts of a period of one register in the range, with running sums. */
    private static List<ProtocolEntry> rangeParts(Engine e, Register reg, PeriodVolume pv) {
        return parts(e, e.volume().get(reg), e.basis(reg), e.source(reg), pv, false);
    }

    /**
     * The parts of a period of one register of a service with several metering points: one section per point with
     * its parts, one for the days the whole service is by the normative, and the running sum of the sections.
     */
    private static List<ProtocolEntry> pointParts(Engine e, Register reg, PeriodVolume pv) {
        List<ProtocolEntry> sections = new ArrayList<>();
        List<Long> sums = new ArrayList<>();
        long start = e.range().getStart().toEpochDay();
        int from = (int) (pv.days().getStart().toEpochDay() - start);
        int to = (int) (pv.days().getEnd().toEpochDay() - start);
        for (int p = 0; p < e.pointCount(); p++) {
            long[] vol = e.pointVolume(p, reg);
            if (vol == null) {
                continue;
            }
            List<ProtocolEntry> parts = parts(e, vol, e.pointBasis(p, reg), e.pointSource(p, reg), pv, false);
            if (parts.isEmpty()) {
                continue;
            }
            long sum = 0;
            for (int j = from; j < to; j++) {
                sum += vol[j];
            }
            String name = e.pointName(p);
            Quantity q = Quantity.ofMicros(sum, e.unit());
            sections.add(new ProtocolSection("Точка учёта «" + name + "»: " + ru(q),
                    "Metering point '" + name + "': " + en(q), parts));
            sums.add(sum);
        }
        List<ProtocolEntry> normative = parts(e, e.volume().get(reg), e.basis(reg), e.source(reg), pv, true);
        if (!normative.isEmpty()) {
            long sum = pv.normative().micros();
            sections.add(new ProtocolSection("Услуга в целом по нормативу: " + ru(pv.normative()),
                    "The whole service by the normative: " + en(pv.normative()), normative));
            sums.add(sum);
        }
        List<ProtocolEntry> out = new ArrayList<>();
        long running = 0;
        for (int i = 0; i < sections.size(); i++) {
            out.add(sections.get(i));
            if (i > 0) {
                out.add(runningSum(e, running, sums.get(i)));
            }
            running += sums.get(i);
        }
        return out;
    }

    /** The parts of a period in {@code vol}/{@code b}/{@code src}, with running sums; only the normative ones if asked. */
    private static List<ProtocolEntry> parts(Engine e, long[] vol, int[] b, int[] src, PeriodVolume pv,
                                             boolean normativeOnly) {
        long start = e.range().getStart().toEpochDay();
        List<ProtocolEntry> out = new ArrayList<>();
        long running = 0;
        int parts = 0;
        int from = (int) (pv.days().getStart().toEpochDay() - start);
        int to = (int) (pv.days().getEnd().toEpochDay() - start);
        int j = from;
        while (j < to) {
            int k = j + 1;
            DayBasis db = e.basisById(b[j]);
            boolean normative = db.kind() == DayBasis.Kind.NORMATIVE;
            while (k < to && b[k] == b[j] && src[k] == src[j] && (!normative
                    || (e.residentsOn(k) == e.residentsOn(j) && e.normativeOn(k) == e.normativeOn(j)))) {
                k++;
            }
            LocalDate first = LocalDate.ofEpochDay(start + j);
            LocalDate last = LocalDate.ofEpochDay(start + k - 1);
            long sum = 0;
            for (int x = j; x < k; x++) {
                sum += vol[x];
            }
            ProtocolStep part = normativeOnly && !normative ? null : switch (db.kind()) {
                case ACTUAL -> actualPart(e, src[j], first, last);
                case AVERAGE -> averagePart(e, e.averages().get(src[j]), first, last, db);
                case NORMATIVE -> normativePart(e, e.residentsOn(j), e.normativeOn(j), first, last, db);
                case NONE, MIXED -> null;
            };
            if (part != null) {
                if (part.result().value().compareTo(Engine.micros(sum)) != 0) {
                    throw new IllegalStateException("protocol part " + part.result().value() + " differs from the days' "
                            + Engine.micros(sum));
                }
                out.add(part);
                if (parts > 0) {
                    out.add(runningSum(e, running, sum));
                }
                running += sum;
                parts++;
            }
            j = k;
        }
        return out;
    }

    /** The parts of a full actual month of history of meter {@code mi}, with running sums. */
    static List<ProtocolEntry> actualMonth(Engine e, int mi, Register reg, YearMonth month) {
        List<ProtocolEntry> out = new ArrayList<>();
        long d = month.atDay(1).toEpochDay();
        long endDay = month.atEndOfMonth().toEpochDay();
        long running = 0;
        int parts = 0;
        while (d <= endDay) {
            int iv = e.coveredBy(reg, d, mi);
            long k = d;
            long sum = 0;
            while (k <= endDay && e.coveredBy(reg, k, mi) == iv) {
                sum += e.intervalDay(iv, k);
                k++;
            }
            out.add(actualPart(e, iv, LocalDate.ofEpochDay(d), LocalDate.ofEpochDay(k - 1)));
            if (parts > 0) {
                out.add(runningSum(e, running, sum));
            }
            running += sum;
            parts++;
            d = k;
        }
        return out;
    }

    private static ProtocolStep actualPart(Engine e, int i, LocalDate first, LocalDate last) {
        e.referencedIntervals().add(i);
        IntervalVolume iv = e.intervals().get(i);
        long d1 = iv.earlier().date().toEpochDay();
        int m = Math.toIntExact(iv.later().date().toEpochDay() - d1);
        int c1 = Math.toIntExact(first.toEpochDay() - d1 - 1);
        int c2 = Math.toIntExact(last.toEpochDay() - d1);
        long v = iv.volume().micros();
        String u = e.unit().code();
        Note note = new Note("basis.actual",
                "по показаниям прибора " + iv.meter() + ": интервал " + ru(iv.earlier().date()) + "–"
                        + ru(iv.later().date()) + ", дни " + ru(first) + "–" + ru(last),
                "by readings of meter " + iv.meter() + ": interval " + iv.earlier().date() + "–"
                        + iv.later().date() + ", days " + first + "–" + last);
        DailyProfile profile = e.policies().profile();
        if (!profile.isUniform()) {
            // LEGAL §2: the profile's weights instead of equal ones; cumulative weights before and through the part
            long[] w = profile.weights(iv.days().getStart(), m);
            long w1 = 0;
            long w2 = 0;
            long total = 0;
            for (int x = 0; x < m; x++) {
                total += w[x];
                if (x < c1) {
                    w1 += w[x];
                }
                if (x < c2) {
                    w2 += w[x];
                }
            }
            if (total > 0) {
                long vd = Split.cumulativePrefix(v, w2, total) - Split.cumulativePrefix(v, w1, total);
                return new ProtocolStep(Formulas.CONSUMPTION_DAYS_WEIGHTED_SHARE,
                        List.of(Input.of("V", v, Quantity.SCALE, u), Input.of("W2", w2, 0, "1"),
                                Input.of("W1", w1, 0, "1"), Input.of("W", total, 0, "1")),
                        Input.of("Vd", vd, Quantity.SCALE, u), List.of(note, profile.note()), List.of());
            }
        }
        long vd = Split.evenlyPrefix(v, c2, m) - Split.evenlyPrefix(v, c1, m);
        return new ProtocolStep(Formulas.CONSUMPTION_DAYS_SHARE,
                List.of(Input.of("V", v, Quantity.SCALE, u), Input.of("c2", c2, 0, "day"),
                        Input.of("c1", c1, 0, "day"), Input.of("m", m, 0, "day")),
                Input.of("Vd", vd, Quantity.SCALE, u), List.of(note), List.of());
    }

    private static ProtocolStep averagePart(Engine e, MonthlyAverage avg, LocalDate first, LocalDate last,
                                            DayBasis db) {
        long a = avg.average().orElseThrow().micros();
        int n = first.lengthOfMonth();
        int c1 = first.getDayOfMonth() - 1;
        int c2 = last.getDayOfMonth();
        long vd = Split.evenlyPrefix(a, c2, n) - Split.evenlyPrefix(a, c1, n);
        String u = e.unit().code();
        List<Note> notes = new ArrayList<>(List.of(basisNote(db, first, last), e.policies().forecast().note()));
        if (nonResidentialLimit(e, db)) {
            notes.add(e.policies().forecast().nonResidentialNote());
        }
        return new ProtocolStep(Formulas.FORECAST_DAYS_SHARE,
                List.of(Input.of("A", a, Quantity.SCALE, u + "/month"), Input.of("c2", c2, 0, "day"),
                        Input.of("c1", c1, 0, "day"), Input.of("n", n, 0, "day")),
                Input.of("Vd", vd, Quantity.SCALE, u), notes, List.of());
    }

    private static ProtocolStep normativePart(Engine e, int residents, long norm, LocalDate first, LocalDate last,
                                              DayBasis db) {
        int n = first.lengthOfMonth();
        int c1 = first.getDayOfMonth() - 1;
        int c2 = last.getDayOfMonth();
        long vd = residents * (Split.evenlyPrefix(norm, c2, n) - Split.evenlyPrefix(norm, c1, n));
        String u = e.unit().code();
        List<Note> notes = new ArrayList<>();
        notes.add(basisNote(db, first, last));
        ForecastCase fc = db.forecastCase().orElse(null);
        if (fc == ForecastCase.REPEATED_REFUSAL) {
            MeterEvent act = e.repeatedAct(e.repeatedOn(first.toEpochDay()));
            notes.add(new Note("normative.refusal-coefficient",
                    "к объёму по нормативу при расчёте платы применяется коэффициент 1,5 за повторный недопуск к"
                            + " прибору учёта (Правила № 354, п. 60(3)); акт о повторном недопуске от " + ru(act.date())
                            + act.document().map(x -> " № " + x).orElse(""),
                    "pricing applies the coefficient 1.5 for repeated refusal of access to the meter to this"
                            + " normative volume (Rules No. 354, p. 60(3)); act of the repeated refusal of "
                            + act.date() + act.document().map(x -> " No. " + x).orElse("")));
            notes.add(e.policies().forecast().repeatedRefusalNote());
        } else if (fc != null && fc != ForecastCase.NO_METER) {
            notes.add(e.policies().forecast().note());
            if (nonResidentialLimit(e, db)) {
                notes.add(e.policies().forecast().nonResidentialNote());
            }
        }
        if (e.pointCount() > 1) {
            notes.add(new Note("basis.normative.whole-service",
                    "норматив применяется к услуге в целом и заменяет показания всех приборов учёта (точек учёта "
                            + e.pointCount() + "): норматив установлен на человека для всей услуги, а не для отдельного"
                            + " прибора (Правила № 354, пп. 42, 59, 60)",
                    "the normative applies to the whole service and replaces the readings of all its meters ("
                            + e.pointCount() + " metering points): it is set per resident for the service, not per"
                            + " meter (Rules No. 354, pp. 42, 59, 60)"));
        }
        if (db.increasingCoefficient()) {
            notes.add(new Note("normative.increasing-coefficient",
                    "к объёму по нормативу при расчёте платы применяется повышающий коэффициент (Правила № 354, п. 60;"
                            + " прил. 2, формула 4)",
                    "pricing applies the increasing coefficient to this normative volume (Rules No. 354, p. 60;"
                            + " App. 2, formula 4)"));
        }
        return new ProtocolStep(Formulas.NORMATIVE_DAYS_SHARE,
                List.of(Input.of("r", residents, 0, "person"), Input.of("N", norm, Quantity.SCALE, u + "/person"),
                        Input.of("c2", c2, 0, "day"), Input.of("c1", c1, 0, "day"), Input.of("n", n, 0, "day")),
                Input.of("Vd", vd, Quantity.SCALE, u), notes, List.of());
    }

    /** Whether the day's case is p.59(a) counted with the limit of a non-residential premise. */
    private static boolean nonResidentialLimit(Engine e, DayBasis db) {
        return !e.residential() && db.forecastCase().filter(c -> c == ForecastCase.OUT_OF_ORDER).isPresent();
    }

    private static Note basisNote(DayBasis db, LocalDate first, LocalDate last) {
        return new Note("basis." + db.kind().name().toLowerCase(java.util.Locale.ROOT),
                db.describeRu() + ", дни " + ru(first) + "–" + ru(last) + " (" + db.source().ru() + ")",
                db.describeEn() + ", days " + first + "–" + last + " (" + db.source().en() + ")");
    }

    private static ProtocolStep runningSum(Engine e, long sp, long vd) {
        String u = e.unit().code();
        return ProtocolStep.of(Formulas.VOLUME_RUNNING_SUM,
                List.of(Input.of("Sp", sp, Quantity.SCALE, u), Input.of("Vd", vd, Quantity.SCALE, u)),
                Input.of("S", sp + vd, Quantity.SCALE, u));
    }

    /** The protocol entry of an average monthly volume: the step with the averaged months as its children. */
    static ProtocolEntry average(Engine e, int mi, MonthlyAverage avg) {
        List<ProtocolEntry> children = new ArrayList<>();
        List<YearMonth> months = new ArrayList<>(avg.months());
        java.util.Collections.reverse(months);
        long running = 0;
        String u = e.unit().code();
        for (int i = 0; i < months.size(); i++) {
            YearMonth m = months.get(i);
            List<ProtocolEntry> parts = actualMonth(e, mi, avg.register(), m);
            long monthSum = 0;
            for (long d = m.atDay(1).toEpochDay(); d <= m.atEndOfMonth().toEpochDay(); d++) {
                monthSum += e.intervalDay(e.coveredBy(avg.register(), d, mi), d);
            }
            children.add(new ProtocolSection("Месяц " + ru(m) + ": " + ru(Quantity.ofMicros(monthSum, e.unit())),
                    "Month " + m + ": " + en(Quantity.ofMicros(monthSum, e.unit())), parts));
            if (i > 0) {
                children.add(runningSum(e, running, monthSum));
            }
            running += monthSum;
        }
        String span = months.isEmpty() ? "—" : ru(months.get(0)) + "–" + ru(months.get(months.size() - 1));
        String spanEn = months.isEmpty() ? "—" : months.get(0) + "–" + months.get(months.size() - 1);
        int k = months.size();
        int min = e.policies().forecast().minimumMonths();
        String head = "прибор " + avg.meter() + ", регистр " + avg.register().code() + ", перерыв с "
                + ru(avg.gapStart());
        String headEn = "meter " + avg.meter() + ", register " + avg.register().code() + ", gap from "
                + avg.gapStart();
        if (avg.average().isEmpty()) {
            return new ProtocolSection("Среднемесячный объём не определён (" + head + "): полных месяцев по показаниям "
                    + k + " < " + min + " (" + span + "); применяется норматив (Правила № 354, п. 59(1))",
                    "No average monthly volume (" + headEn + "): " + k + " full months by readings < " + min + " ("
                            + spanEn + "); the normative applies (Rules No. 354, p. 59(1))", children);
        }
        return new ProtocolStep(Formulas.FORECAST_AVERAGE,
                List.of(Input.of("S", avg.sum().micros(), Quantity.SCALE, u), Input.of("k", k, 0, "month")),
                Input.of("A", avg.average().get().micros(), Quantity.SCALE, u + "/month"),
                List.of(new Note("average.months", head + ": усреднены " + k + " полных мес. " + span,
                        headEn + ": " + k + " full months averaged, " + spanEn), e.policies().forecast().note()),
                children);
    }

    static BigDecimal value(long micros) {
        return Engine.micros(micros);
    }
}
