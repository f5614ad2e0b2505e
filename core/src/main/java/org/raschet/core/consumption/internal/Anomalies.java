package org.raschet.core.consumption.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.raschet.core.account.Premise;
import org.raschet.core.consumption.AnomalyFlag;
import org.raschet.core.consumption.AnomalyKind;
import org.raschet.core.consumption.AnomalyThresholds;
import org.raschet.core.consumption.IntervalVolume;
import org.raschet.core.consumption.ReadingOutcome;
import org.raschet.core.consumption.ReadingStatus;
import org.raschet.core.meter.Meter;
import org.raschet.core.meter.MeterEvent;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.Formulas;
import org.raschet.core.protocol.Input;
import org.raschet.core.protocol.Note;
import org.raschet.core.protocol.ProtocolEntry;
import org.raschet.core.protocol.ProtocolSection;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.split.Exact;
import org.threeten.extra.LocalDateRange;

/** The anomaly flags of a per-day calculation, with the numbers compared (also as protocol steps). */
final class Anomalies {
    private Anomalies() {
    }

    static void flag(Engine e, List<AnomalyFlag> flags, List<ProtocolEntry> entries) {
        AnomalyThresholds t = e.policies().thresholds();
        boolean protocol = e.sink().enabled();
        String u = e.unit().code();
        LocalDateRange range = e.range();
        for (int i = 0; i < e.intervals().size(); i++) {
            IntervalVolume iv = e.intervals().get(i);
            if (!iv.days().overlaps(range)) {
                continue;
            }
            int mi = e.intervalMeter(i);
            long m = iv.days().lengthInDays();
            long v = iv.volume().micros();
            if (m > t.longGapDays()) {
                List<Input> figs = List.of(Input.of("m", m, 0, "day"), Input.of("threshold", t.longGapDays(), 0, "day"));
                add(flags, entries, protocol, new AnomalyFlag(AnomalyKind.LONG_GAP, iv.meter(), iv.register(),
                        iv.days(), figs), "интервал между показаниями " + m + " дн. > " + t.longGapDays() + " дн.",
                        "interval between readings of " + m + " days > " + t.longGapDays() + " days", null);
            }
            Engine.History h = e.history(mi, iv.register(), iv.days().getStart().toEpochDay(),
                    e.policies().forecast().averageMonths());
            if (h.months().size() >= e.policies().forecast().minimumMonths() && h.days() > 0) {
                BigDecimal exp = BigDecimal.valueOf(h.sumMicros(), 6).multiply(BigDecimal.valueOf(m))
                        .divide(BigDecimal.valueOf(h.days()), 6, RoundingMode.HALF_UP);
                if (exp.signum() > 0) {
                    BigDecimal q = BigDecimal.valueOf(v, 6).multiply(BigDecimal.valueOf(100))
                            .divide(exp, 2, RoundingMode.HALF_UP);
                    AnomalyKind kind = q.compareTo(BigDecimal.valueOf(t.jumpPercent())) > 0 ? AnomalyKind.JUMP
                            : q.compareTo(BigDecimal.valueOf(t.dropPercent())) < 0 ? AnomalyKind.DROP : null;
                    if (kind != null) {
                        int threshold = kind == AnomalyKind.JUMP ? t.jumpPercent() : t.dropPercent();
                        List<Input> figs = List.of(Input.of("V", v, 6, u), Input.of("E", exp, u),
                                Input.of("q", q, "%"), Input.of("threshold", threshold, 0, "%"));
                        ProtocolStep expected = ProtocolStep.of(Formulas.ANOMALY_EXPECTED,
                                List.of(Input.of("S", h.sumMicros(), 6, u), Input.of("m", m, 0, "day"),
                                        Input.of("nh", h.days(), 0, "day")), Input.of("E", exp, u));
                        ProtocolStep ratio = new ProtocolStep(Formulas.ANOMALY_RATIO,
                                List.of(Input.of("V", v, 6, u), Input.of("E", exp, u)), Input.of("q", q, "%"),
                                List.of(), List.of(expected));
                        add(flags, entries, protocol, new AnomalyFlag(kind, iv.meter(), iv.register(), iv.days(),
                                figs), kind.nameRu() + ": q = " + q.toPlainString() + " % "
                                        + (kind == AnomalyKind.JUMP ? ">" : "<") + " " + threshold + " % ("
                                        + h.months().size() + " мес. истории)",
                                kind.nameEn() + ": q = " + q.toPlainString() + " % "
                                        + (kind == AnomalyKind.JUMP ? ">" : "<") + " " + threshold + " % ("
                                        + h.months().size() + " months of history)", ratio);
                    }
                }
            }
            seasonal(e, flags, entries, protocol, iv, mi, m, v, t);
            // a floor is for the whole premise: with meters in parallel one meter's interval is only a part of it
            Optional<Premise> premise = e.pointCount() > 1 ? Optional.empty() : e.inputs().premise();
            if (premise.isPresent() && t.floorPerResidentPerDay().isPresent()) {
                Optional<Long> personDays = personDays(premise.get(), iv.days());
                if (personDays.isPresent()) {
                    floor(flags, entries, protocol, e, iv, AnomalyKind.LOW_PER_RESIDENT,
                            t.floorPerResidentPerDay().get(), BigDecimal.valueOf(personDays.get()), "person*day");
                }
            }
            if (premise.isPresent() && t.floorPerAreaPerDay().isPresent()) {
                BigDecimal areaDays = premise.get().area().toBigDecimal().multiply(BigDecimal.valueOf(m));
                floor(flags, entries, protocol, e, iv, AnomalyKind.LOW_PER_AREA, t.floorPerAreaPerDay().get(),
                        areaDays, "m2*day");
            }
        }
        LocalDate k = e.asKnownOn();
        for (int mi = 0; mi < e.meters().size(); mi++) {
            Meter meter = e.meters().get(mi).meter();
            if (meter.removed().isEmpty()) {
                long last = meter.installed().toEpochDay();
                for (Register r : meter.registers().registers()) {
                    for (long d : e.acceptedDates(mi, r)) {
                        last = Math.max(last, d);
                    }
                }
                long since = k.toEpochDay() - last;
                if (since > t.longGapDays()) {
                    LocalDateRange days = LocalDateRange.of(LocalDate.ofEpochDay(last + 1), k.plusDays(1));
                    add(flags, entries, protocol, new AnomalyFlag(AnomalyKind.LONG_GAP, meter.id(), Register.TOTAL,
                            days, List.of(Input.of("days", since, 0, "day"),
                                    Input.of("threshold", t.longGapDays(), 0, "day"))),
                            "нет показаний " + since + " дн. с " + ProtocolWriter.ru(LocalDate.ofEpochDay(last))
                                    + " > " + t.longGapDays() + " дн.",
                            "no readings for " + since + " days since " + LocalDate.ofEpochDay(last) + " > "
                                    + t.longGapDays() + " days", null);
                }
            }
            for (MeterState.Episode ep : e.meters().get(mi).outOfOrder()) {
                // the overdue days end at the verification, the as-known date, or the meter's removal (its last
                // day in service): a removed meter is overdue no longer (354 p.81(12))
                long to = Math.min(Math.min(ep.x(), k.toEpochDay()),
                        meter.removed().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE));
                if (ep.cause() == MeterState.Cause.VERIFICATION_EXPIRED && ep.a() < to) {
                    LocalDate due = LocalDate.ofEpochDay(ep.a());
                    boolean removedFirst = meter.removed().isPresent() && to == meter.removed().get().toEpochDay()
                            && to < Math.min(ep.x(), k.toEpochDay());
                    add(flags, entries, protocol, new AnomalyFlag(AnomalyKind.VERIFICATION_OVERDUE, meter.id(),
                            Register.TOTAL, LocalDateRange.of(due.plusDays(1), LocalDate.ofEpochDay(to + 1)),
                            List.of(Input.of("days", to - ep.a(), 0, "day"))),
                            "межповерочный интервал истёк " + ProtocolWriter.ru(due) + (ep.x() == Long.MAX_VALUE
                                    ? "" : ", поверен " + ProtocolWriter.ru(LocalDate.ofEpochDay(ep.x())))
                                    + (removedFirst ? ", снят " + ProtocolWriter.ru(LocalDate.ofEpochDay(to)) : "")
                                    + " (Правила № 354, п. 81(12))",
                            "verification interval expired on " + due + (ep.x() == Long.MAX_VALUE ? ""
                                    : ", verified on " + LocalDate.ofEpochDay(ep.x()))
                                    + (removedFirst ? ", removed on " + LocalDate.ofEpochDay(to) : "")
                                    + " (Rules No. 354, p. 81(12))",
                            null);
                }
            }
            for (MeterEvent ev : meter.events()) {
                if (ev.kind() == MeterEvent.Kind.SEAL_BROKEN) {
                    add(flags, entries, protocol, new AnomalyFlag(AnomalyKind.SEAL_BROKEN, meter.id(), Register.TOTAL,
                            LocalDateRange.ofClosed(ev.date(), ev.date()), List.of()),
                            "акт о нарушении пломбы от " + ProtocolWriter.ru(ev.date())
                                    + ev.document().map(d -> " № " + d).orElse("") + " (Правила № 354, п. 81(11))",
                            "seal broken, act of " + ev.date() + ev.document().map(d -> " No. " + d).orElse("")
                                    + " (Rules No. 354, p. 81(11))", null);
                }
            }
        }
        for (ReadingOutcome o : e.outcomes()) {
            if (o.status() == ReadingStatus.OVERRULED && o.by().isPresent()) {
                add(flags, entries, protocol, new AnomalyFlag(AnomalyKind.READING_OVERRULED, o.reading().meter(),
                        o.reading().register(), LocalDateRange.ofClosed(o.reading().date(), o.reading().date()),
                        List.of(Input.of("R", o.reading().value().toBigDecimal(), u),
                                Input.of("Rc", o.by().get().value().toBigDecimal(), u))),
                        "показание " + ProtocolWriter.ru(o.reading().value()) + " от "
                                + ProtocolWriter.ru(o.reading().date()) + " отклонено показанием "
                                + ProtocolWriter.ru(o.by().get().value()) + " от " + ProtocolWriter.ru(o.by().get().date()),
                        "reading " + ProtocolWriter.en(o.reading().value()) + " of " + o.reading().date()
                                + " overruled by " + ProtocolWriter.en(o.by().get().value()) + " of "
                                + o.by().get().date(), null);
            }
        }
        // canonical order, independent of the order the inputs came in
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < flags.size(); i++) {
            order.add(i);
        }
        Comparator<AnomalyFlag> cmp = Comparator.comparing((AnomalyFlag f) -> f.meter().value())
                .thenComparing(AnomalyFlag::register).thenComparing(f -> f.days().getStart())
                .thenComparing(AnomalyFlag::kind);
        order.sort((a, b) -> cmp.compare(flags.get(a), flags.get(b)));
        List<AnomalyFlag> sortedFlags = new ArrayList<>();
        List<ProtocolEntry> sortedEntries = new ArrayList<>();
        for (int i : order) {
            sortedFlags.add(flags.get(i));
            if (protocol) {
                sortedEntries.add(entries.get(i));
            }
        }
        flags.clear();
        flags.addAll(sortedFlags);
        entries.clear();
        entries.addAll(sortedEntries);
    }

    /** Residents × days over {@code days}, walking the residents' timeline; empty if a day has no count. */
    private static Optional<Long> personDays(Premise premise, LocalDateRange days) {
        long start = days.getStart().toEpochDay();
        long end = days.getEnd().toEpochDay();
        java.util.NavigableMap<LocalDate, Integer> entries = premise.residents().entries();
        java.util.Map.Entry<LocalDate, Integer> first = entries.floorEntry(days.getStart());
        if (first == null) {
            return Optional.empty();
        }
        long sum = 0;
        LocalDate from = first.getKey();
        int count = first.getValue();
        for (java.util.Map.Entry<LocalDate, Integer> next : entries.tailMap(days.getStart(), false).entrySet()) {
            long a = Math.max(from.toEpochDay(), start);
            long b = Math.min(next.getKey().toEpochDay(), end);
            if (b > a) {
                sum = Exact.add(sum, Exact.multiply(b - a, (long) count, "anomaly history"), "anomaly history");
            }
            from = next.getKey();
            count = next.getValue();
        }
        long a = Math.max(from.toEpochDay(), start);
        if (end > a) {
            sum = Exact.add(sum, Exact.multiply(end - a, (long) count, "anomaly history"), "anomaly history");
        }
        return Optional.of(sum);
    }

    /**
     * The interval against the same calendar months of the previous year at its metering point (any meter of the
     * point, the same register): Es = round(Ss·m/ns, 6), qs = round(V·100/Es, 2), flagged against the seasonal
     * thresholds ({@link AnomalyThresholds}).
     */
    private static void seasonal(Engine e, List<AnomalyFlag> flags, List<ProtocolEntry> entries, boolean protocol,
                                 IntervalVolume iv, int mi, long m, long v, AnomalyThresholds t) {
        YearMonth first = YearMonth.from(iv.days().getStart());
        YearMonth last = YearMonth.from(iv.days().getEnd().minusDays(1));
        if (java.time.temporal.ChronoUnit.MONTHS.between(first, last) >= 12) {
            return; // the same months a year earlier would overlap the interval itself
        }
        YearMonth from = first.minusYears(1);
        YearMonth to = last.minusYears(1);
        Optional<long[]> season = e.pointMonths(mi, iv.register(), from, to);
        if (season.isEmpty()) {
            return;
        }
        long ss = season.get()[0];
        long ns = season.get()[1];
        String u = e.unit().code();
        BigDecimal exp = BigDecimal.valueOf(ss, 6).multiply(BigDecimal.valueOf(m))
                .divide(BigDecimal.valueOf(ns), 6, RoundingMode.HALF_UP);
        if (exp.signum() <= 0) {
            return;
        }
        BigDecimal q = BigDecimal.valueOf(v, 6).multiply(BigDecimal.valueOf(100)).divide(exp, 2, RoundingMode.HALF_UP);
        AnomalyKind kind = q.compareTo(BigDecimal.valueOf(t.seasonalJumpPercent())) > 0 ? AnomalyKind.SEASONAL_JUMP
                : q.compareTo(BigDecimal.valueOf(t.seasonalDropPercent())) < 0 ? AnomalyKind.SEASONAL_DROP : null;
        if (kind == null) {
            return;
        }
        int threshold = kind == AnomalyKind.SEASONAL_JUMP ? t.seasonalJumpPercent() : t.seasonalDropPercent();
        String monthsRu = ProtocolWriter.ru(from) + (from.equals(to) ? "" : "–" + ProtocolWriter.ru(to));
        String monthsEn = from + (from.equals(to) ? "" : "–" + to);
        List<Input> figs = List.of(Input.of("V", v, 6, u), Input.of("E", exp, u), Input.of("q", q, "%"),
                Input.of("threshold", threshold, 0, "%"));
        ProtocolStep expected = ProtocolStep.of(Formulas.ANOMALY_EXPECTED,
                List.of(Input.of("S", ss, 6, u), Input.of("m", m, 0, "day"), Input.of("nh", ns, 0, "day")),
                Input.of("E", exp, u)).withNote(new Note("anomaly.season",
                "те же месяцы прошлого года: " + monthsRu + ", " + ns + " дн.",
                "the same months of the previous year: " + monthsEn + ", " + ns + " days"));
        ProtocolStep ratio = new ProtocolStep(Formulas.ANOMALY_RATIO,
                List.of(Input.of("V", v, 6, u), Input.of("E", exp, u)), Input.of("q", q, "%"), List.of(),
                List.of(expected));
        String sign = kind == AnomalyKind.SEASONAL_JUMP ? ">" : "<";
        add(flags, entries, protocol, new AnomalyFlag(kind, iv.meter(), iv.register(), iv.days(), figs),
                kind.nameRu() + ": q = " + q.toPlainString() + " % " + sign + " " + threshold + " % (" + monthsRu
                        + ")",
                kind.nameEn() + ": q = " + q.toPlainString() + " % " + sign + " " + threshold + " % (" + monthsEn
                        + ")", ratio);
    }

    private static void floor(List<AnomalyFlag> flags, List<ProtocolEntry> entries, boolean protocol, Engine e,
                              IntervalVolume iv, AnomalyKind kind, Quantity rate, BigDecimal base, String baseUnit) {
        String u = e.unit().code();
        BigDecimal f = rate.toBigDecimal().multiply(base).setScale(6, RoundingMode.HALF_UP);
        if (iv.volume().toBigDecimal().compareTo(f) >= 0) {
            return;
        }
        ProtocolStep step = ProtocolStep.of(Formulas.ANOMALY_FLOOR,
                List.of(Input.of("f", rate.toBigDecimal(), u + "/" + baseUnit), Input.of("u", base, baseUnit)),
                Input.of("F", f, u));
        add(flags, entries, protocol, new AnomalyFlag(kind, iv.meter(), iv.register(), iv.days(),
                List.of(Input.of("V", iv.volume().micros(), 6, u), Input.of("F", f, u))),
                kind.nameRu() + ": V = " + ProtocolWriter.ru(iv.volume()) + " < F = " + f.toPlainString(),
                kind.nameEn() + ": V = " + ProtocolWriter.en(iv.volume()) + " < F = " + f.toPlainString(), step);
    }

    private static void add(List<AnomalyFlag> flags, List<ProtocolEntry> entries, boolean protocol, AnomalyFlag flag,
                            String ru, String en, ProtocolStep step) {
        flags.add(flag);
        if (!protocol) {
            return;
        }
        String title = "Прибор " + flag.meter() + ", регистр " + flag.register().code() + ", "
                + ProtocolWriter.ru(flag.days().getStart()) + "–" + ProtocolWriter.ru(flag.days().getEnd().minusDays(1))
                + ": " + flag.kind().nameRu();
        String titleEn = "Meter " + flag.meter() + ", register " + flag.register().code() + ", "
                + flag.days().getStart() + "–" + flag.days().getEnd().minusDays(1) + ": " + flag.kind().nameEn();
        Note note = new Note("anomaly." + flag.kind().name().toLowerCase(java.util.Locale.ROOT), ru, en);
        List<ProtocolEntry> inner = step == null ? List.of()
                : List.of(step.withNote(note));
        entries.add(new ProtocolSection(title + (step == null ? " — " + ru : ""),
                titleEn + (step == null ? " — " + en : ""), inner));
    }
}
