package org.raschet.tariffs.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.raschet.core.money.Price;
import org.raschet.core.protocol.Formula;
import org.raschet.core.protocol.Formulas;
import org.raschet.core.protocol.Input;
import org.raschet.core.protocol.LegalRef;
import org.raschet.core.protocol.LegalRefs;
import org.raschet.core.protocol.Note;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Unit;
import org.raschet.tariffs.schedule.Coefficient;
import org.threeten.extra.LocalDateRange;

/** Builders of the protocol steps pricing writes; each step's inputs re-evaluate its formula to its result. */
public final class Steps {
    private Steps() {
    }

    private static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.yyyy", java.util.Locale.ROOT);

    /** The note of a policy given as a legal reference. */
    public static Note note(LegalRef policy) {
        return new Note(policy.id(), policy.ru(), policy.en());
    }

    /** Rounding of money once per line (LEGAL §11). */
    public static final Note ROUNDING = note(LegalRefs.POLICY_ROUNDING);

    /** Each day at its own tariff (LEGAL §2). */
    public static final Note PER_DAY = note(LegalRefs.POLICY_TARIFF_PER_DAY);

    /** Norm prorated by days (LEGAL §10). */
    public static final Note PRORATION = note(LegalRefs.POLICY_NORM_PRORATION);

    /**
     * The coefficient for two refused accesses to install or check an electricity meter, 1.5, fixed by 354 p.60(3)
     * itself (LEGAL §3) — not the increasing coefficient of formula 4 nor a policy value.
     */
    public static final Coefficient REFUSAL_COEFFICIENT = new Coefficient(
            org.raschet.core.consumption.ForecastPolicy.REPEATED_REFUSAL_COEFFICIENT);

    /** The note naming the coefficient of 354 p.60(3) where it multiplies a line's money. */
    public static final Note REFUSAL = new Note("coefficient.repeated-refusal",
            "коэффициент 1,5 за повторный недопуск к прибору учёта электрической энергии с периода второго акта"
                    + " (Правила № 354, п. 60(3)), а не повышающий коэффициент формулы 4",
            "coefficient 1.5 for repeated refusal of access to the electricity meter from the period of the second"
                    + " act (Rules No. 354, p. 60(3)), not the increasing coefficient of formula 4");

    /** Days of a span in Russian, e.g. {@code 21.06.2026–30.06.2026 (10 дн.)}. */
    public static String daysRu(LocalDateRange span) {
        return RU.format(span.getStart()) + "–" + RU.format(span.getEndInclusive()) + " (" + span.lengthInDays()
                + " дн.)";
    }

    /** Days of a span in English, e.g. {@code 2026-06-21 – 2026-06-30 (10 days)}. */
    public static String daysEn(LocalDateRange span) {
        return span.getStart() + " – " + span.getEndInclusive() + " (" + span.lengthInDays() + " days)";
    }

    /** A billing period in Russian, e.g. {@code 06.2026}. */
    public static String monthRu(java.time.YearMonth m) {
        return String.format(java.util.Locale.ROOT, "%02d.%04d", m.getMonthValue(), m.getYear());
    }

    /** A Russian date. */
    public static String dateRu(LocalDate d) {
        return RU.format(d);
    }

    static Input volume(String symbol, long micros, Unit unit) {
        return Input.of(symbol, micros, Quantity.SCALE, unit.code());
    }

    static Input price(Price t) {
        return Input.of("T", t.toBigDecimal(), t.currency().getCurrencyCode() + "/" + t.per().code());
    }

    /** The charge of a line: {@code round(V × T, 2)} or {@code round(V × K × T, 2)} by {@code formula}. */
    public static ProtocolStep charge(Formula formula, long volumeMicros, Unit unit, Price t, Coefficient k,
                                      long amountMinor, List<Note> notes) {
        List<Input> in = new ArrayList<>();
        in.add(volume("V", volumeMicros, unit));
        if (formula.symbol("K").isPresent()) {
            in.add(Input.of("K", k.value(), "1"));
        }
        in.add(price(t));
        int digits = t.currency().getDefaultFractionDigits();
        return new ProtocolStep(formula, in, Input.of("P", amountMinor, digits, t.currency().getCurrencyCode()),
                notes, List.of());
    }

    /** Volume by the normative for days {@code s+1 … e} of a month of {@code D} days. */
    public static ProtocolStep normativeVolume(boolean perResident, int n, long normMicros, int e, int days, int s,
                                               long volumeMicros, Unit unit, List<Note> notes) {
        return new ProtocolStep(Formulas.NORMATIVE_VOLUME, List.of(
                Input.of("n", perResident ? n : 1, 0, perResident ? "person" : "premise"),
                Input.of("N", normMicros, Quantity.SCALE, unit.code() + (perResident ? "/person" : "")),
                Input.of("e", e, 0, "day"), Input.of("D", days, 0, "day"), Input.of("s", s, 0, "day")),
                volume("V", volumeMicros, unit), notes, List.of());
    }

    /** A norm (block limit) prorated to days {@code s+1 … e} of a month. */
    public static ProtocolStep normProrated(boolean perResident, int n, long normMicros, int e, int days, int s,
                                            long limitMicros, Unit unit, List<Note> notes) {
        List<Input> in = new ArrayList<>();
        if (perResident) {
            in.add(Input.of("n", n, 0, "person"));
        }
        in.add(Input.of("N", normMicros, Quantity.SCALE, unit.code() + (perResident ? "/person" : "")));
        in.add(Input.of("e", e, 0, "day"));
        in.add(Input.of("D", days, 0, "day"));
        in.add(Input.of("s", s, 0, "day"));
        return new ProtocolStep(perResident ? Formulas.NORM_PER_RESIDENT : Formulas.NORM_PER_PREMISE, in,
                volume("L", limitMicros, unit), notes, List.of());
    }

    /** The volume of block {@code j} of {@code k} for a total {@code V} and cumulative limits. */
    public static ProtocolStep block(int j, int k, long v, long[] limits, long b, Unit unit) {
        if (j == 0) {
            return new ProtocolStep(Formulas.BLOCK_FIRST, List.of(volume("V", v, unit), volume("L", limits[0], unit)),
                    volume("B", b, unit), List.of(), List.of());
        }
        if (j == k - 1) {
            return new ProtocolStep(Formulas.BLOCK_LAST, List.of(volume("V", v, unit),
                    volume("Lp", limits[j - 1], unit)), volume("B", b, unit), List.of(), List.of());
        }
        return new ProtocolStep(Formulas.BLOCK_MIDDLE, List.of(volume("V", v, unit), volume("L", limits[j], unit),
                volume("Lp", limits[j - 1], unit)), volume("B", b, unit), List.of(), List.of());
    }

    /** A zone's part of a block, proportional (cumulative) split. */
    public static ProtocolStep blockZoneShare(long b, long c, long r, long cp, long bz, Unit unit, Note policy) {
        return new ProtocolStep(Formulas.BLOCK_ZONE_SHARE, List.of(volume("B", b, unit), volume("C", c, unit),
                volume("R", r, unit), volume("Cp", cp, unit)), volume("Bz", bz, unit), List.of(policy), List.of());
    }

    /** A zone's part of a block, zones in order. */
    public static ProtocolStep blockZoneOrder(long rz, long b, long cp, long bz, Unit unit, Note policy) {
        return new ProtocolStep(Formulas.BLOCK_ZONE_ORDER, List.of(volume("Rz", rz, unit), volume("B", b, unit),
                volume("Cp", cp, unit)), volume("Bz", bz, unit), List.of(policy), List.of());
    }

    /** A zone's part of a volume without zone readings, by the policy's weights. */
    public static ProtocolStep zoneShare(long v, long c, long w, long cp, long vz, Unit unit, int weightScale,
                                         String weightUnit, Note policy) {
        return new ProtocolStep(Formulas.ZONE_SHARE, List.of(volume("V", v, unit),
                Input.of("C", c, weightScale, weightUnit), Input.of("W", w, weightScale, weightUnit),
                Input.of("Cp", cp, weightScale, weightUnit)), volume("Vz", vz, unit), List.of(policy), List.of());
    }

    /** The sum of two or three zone volumes. */
    public static ProtocolStep zoneSum(long[] parts, long v, Unit unit) {
        if (parts.length == 2) {
            return new ProtocolStep(Formulas.ZONE_SUM, List.of(volume("Va", parts[0], unit),
                    volume("Vb", parts[1], unit)), volume("V", v, unit), List.of(), List.of());
        }
        return new ProtocolStep(Formulas.ZONE_SUM3, List.of(volume("Va", parts[0], unit), volume("Vb", parts[1], unit),
                volume("Vc", parts[2], unit)), volume("V", v, unit), List.of(), List.of());
    }

    /** Volume of an unauthorised connection: V = Pw × h × d. */
    public static ProtocolStep unauthorisedVolume(long watts, int hours, int days, long volumeMicros, Unit unit,
                                                  List<Note> notes) {
        return new ProtocolStep(Formulas.SANCTION_UNAUTHORISED_VOLUME, List.of(Input.of("Pw", watts, 3, "kW"),
                Input.of("h", hours, 0, "h"), Input.of("d", days, 0, "day")), volume("V", volumeMicros, unit),
                notes, List.of());
    }
}
