package org.raschet.core.consumption;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.error.MissingPolicyInputException;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.Formulas;
import org.raschet.core.protocol.Input;
import org.raschet.core.protocol.Note;
import org.raschet.core.protocol.ProtocolEntry;
import org.raschet.core.protocol.ProtocolSection;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.time.Days;
import org.raschet.core.split.Exact;

/**
 * Recalculation (перерасчёт, 354 p.61; LEGAL §4; DESIGN principle 4): correction lines = the billed periods as known
 * now − what was billed for them, per register and coefficient class ({@link CoefficientClass}: none, the increasing
 * coefficient, the coefficient for repeated refusal).
 *
 * <p>A period counts as billed when it has an original (non-correction) line. Mode A corrects each billed period
 * on its own; mode B sums the differences of all billed periods (and every correction line issued so far) into one
 * line per register and class, attributed to the period of the supplier's check. Once the host has issued the
 * corrections (passing them back as {@link VolumeCorrection#asBilled()}), recalculating with the same knowledge
 * yields nothing; the result does not depend on the order of the lines.
 */
public final class Recalculation {
    private static final java.time.format.DateTimeFormatter RU_DATE =
            java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final java.time.format.DateTimeFormatter RU_MONTH =
            java.time.format.DateTimeFormatter.ofPattern("MM.yyyy");

    private static final int CLASSES = CoefficientClass.values().length;

    private Recalculation() {
    }

    /**
     * The correction lines for {@code billed} against {@code now}.
     *
     * @param now         the consumption as known now; its range must contain every billed period entirely
     * @param billed      every line billed for the service so far (originals and corrections), any order
     * @param mode        how differences are placed
     * @param issuedIn    the period in which the corrections are issued
     * @param checkPeriod mode B: the period of the supplier's check; when empty, the month of the latest accepted
     *                    control reading, provided it is not before the first period corrected
     * @param sink        where the protocol goes
     * @return the correction lines, non-zero, ordered by period, register and class
     * @throws InvalidValueException       if a line is of another account or service, or its period is not wholly
     *                                     within the computed range
     * @throws MissingPolicyInputException in mode B without a check period and without a control reading dated in or
     *                                     after the first period corrected
     */
    public static List<VolumeCorrection> corrections(ServiceConsumption now, Collection<BilledVolume> billed,
                                                     RecalculationMode mode, YearMonth issuedIn,
                                                     Optional<YearMonth> checkPeriod, ProtocolSink sink) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(issuedIn, "issuedIn");
        Objects.requireNonNull(checkPeriod, "checkPeriod");
        String entity = "account " + now.account();
        TreeSet<YearMonth> affected = new TreeSet<>();
        // key: period → register → class → billed micros
        TreeMap<YearMonth, TreeMap<Register, long[]>> billedSums = new TreeMap<>();
        for (BilledVolume b : billed) {
            if (!b.account().equals(now.account()) || b.service() != now.resource()) {
                throw new InvalidValueException(ErrorCode.BILLED_LINE_INVALID, entity, b.period().atDay(1),
                        "billed line of account " + b.account() + " and " + b.service().nameEn()
                                + " cannot correct " + now.resource().nameEn(), "billed.same-service");
            }
            if (!now.range().encloses(Days.of(b.period()))) {
                throw new InvalidValueException(ErrorCode.BILLED_LINE_INVALID, entity, b.period().atDay(1),
                        "billed period " + b.period() + " is not wholly within the computed range " + now.range(),
                        "billed.period-within-range");
            }
            if (!b.isCorrection()) {
                affected.add(b.period());
            }
            long[] sums = billedSums.computeIfAbsent(b.period(), p -> new TreeMap<>())
                    .computeIfAbsent(b.register(), r -> new long[CLASSES]);
            int c = b.coefficientClass().ordinal();
            sums[c] = Exact.add(sums[c], b.quantity().micros(), entity);
        }
        List<VolumeCorrection> out = new ArrayList<>();
        List<ProtocolEntry> steps = new ArrayList<>();
        if (mode == RecalculationMode.PER_PERIOD) {
            for (YearMonth p : affected) {
                TreeMap<Register, long[]> known = knownOf(now, p);
                TreeMap<Register, long[]> bill = billedSums.getOrDefault(p, new TreeMap<>());
                TreeSet<Register> regs = new TreeSet<>(known.keySet());
                regs.addAll(bill.keySet());
                for (Register r : regs) {
                    for (int c = 0; c < CLASSES; c++) {
                        long k = known.getOrDefault(r, new long[CLASSES])[c];
                        long b = bill.getOrDefault(r, new long[CLASSES])[c];
                        add(now, out, steps, sink, p, r, CoefficientClass.values()[c], issuedIn, mode, List.of(p), k,
                                b);
                    }
                }
            }
        } else {
            // p.61: the difference goes to the period of the check that found it; a control reading dated before
            // the periods corrected (e.g. the installation act) found nothing about them and cannot be that check
            YearMonth firstCorrected = affected.isEmpty() ? issuedIn : affected.first();
            YearMonth check = checkPeriod.or(() -> now.latestCheckPeriod().filter(p -> !p.isBefore(firstCorrected)))
                    .orElseThrow(() -> new MissingPolicyInputException(ErrorCode.POLICY_INPUT_MISSING, entity,
                            firstCorrected.atDay(1), "recalculation mode B needs the period of the supplier's check"
                                    + " and no accepted control reading is dated in or after the first corrected"
                                    + " period " + firstCorrected, "recalculation.check-period"));
            TreeMap<Register, long[]> known = new TreeMap<>();
            for (YearMonth p : affected) {
                knownOf(now, p).forEach((r, v) -> accumulate(known, r, v, entity));
            }
            TreeMap<Register, long[]> bill = new TreeMap<>();
            billedSums.values().forEach(m -> m.forEach((r, v) -> accumulate(bill, r, v, entity)));
            TreeSet<Register> regs = new TreeSet<>(known.keySet());
            regs.addAll(bill.keySet());
            for (Register r : regs) {
                for (int c = 0; c < CLASSES; c++) {
                    add(now, out, steps, sink, check, r, CoefficientClass.values()[c], issuedIn, mode,
                            List.copyOf(affected), known.getOrDefault(r, new long[CLASSES])[c],
                            bill.getOrDefault(r, new long[CLASSES])[c]);
                }
            }
        }
        if (sink.enabled()) {
            sink.add(new ProtocolSection("Перерасчёт: лицевой счёт " + now.account() + ", "
                    + now.resource().nameRu() + ", по данным на " + RU_DATE.format(now.asKnownOn()) + ", способ "
                    + mode.letter(),
                    "Recalculation: account " + now.account() + ", " + now.resource().nameEn() + ", as known on "
                            + now.asKnownOn() + ", mode " + mode.letter(), steps));
        }
        return out;
    }

    /** Adds {@code v}, per coefficient class, to the sums of register {@code r}; overflow throws a typed error. */
    private static void accumulate(TreeMap<Register, long[]> into, Register r, long[] v, String entity) {
        long[] s = into.computeIfAbsent(r, x -> new long[CLASSES]);
        for (int c = 0; c < CLASSES; c++) {
            s[c] = Exact.add(s[c], v[c], entity);
        }
    }

    private static TreeMap<Register, long[]> knownOf(ServiceConsumption now, YearMonth p) {
        TreeMap<Register, long[]> out = new TreeMap<>();
        for (PeriodVolume pv : now.periods()) {
            if (pv.period().equals(p)) {
                long[] v = new long[CLASSES];
                for (CoefficientClass c : CoefficientClass.values()) {
                    v[c.ordinal()] = pv.inClass(c).micros();
                }
                out.put(pv.register(), v);
            }
        }
        return out;
    }

    private static void add(ServiceConsumption now, List<VolumeCorrection> out, List<ProtocolEntry> steps,
                            ProtocolSink sink, YearMonth period, Register r, CoefficientClass coefficient,
                            YearMonth issuedIn, RecalculationMode mode, List<YearMonth> periods, long known,
                            long billed) {
        long diff = Exact.subtract(known, billed, "recalculation of " + now.account());
        if (diff == 0) {
            return;
        }
        var unit = now.resource().unit();
        out.add(new VolumeCorrection(now.account(), now.resource(), period, r,
                coefficient == CoefficientClass.INCREASING, issuedIn, mode, periods, Quantity.ofMicros(known, unit),
                Quantity.ofMicros(billed, unit), Quantity.ofMicros(diff, unit),
                coefficient == CoefficientClass.REPEATED_REFUSAL));
        if (sink.enabled()) {
            String u = unit.code();
            String ps = periods.size() == 1 ? periods.get(0).toString()
                    : periods.get(0) + "–" + periods.get(periods.size() - 1);
            String psRu = periods.size() == 1 ? RU_MONTH.format(periods.get(0))
                    : RU_MONTH.format(periods.get(0)) + "–" + RU_MONTH.format(periods.get(periods.size() - 1));
            steps.add(new ProtocolStep(Formulas.CORRECTION_VOLUME,
                    List.of(Input.of("Vk", known, Quantity.SCALE, u), Input.of("Vb", billed, Quantity.SCALE, u)),
                    Input.of("dV", diff, Quantity.SCALE, u),
                    List.of(new Note("correction.line",
                            "перерасчёт за " + psRu + ", регистр " + r.code()
                                    + (coefficient == CoefficientClass.INCREASING
                                    ? ", норматив с повышающим коэффициентом"
                                    : coefficient == CoefficientClass.REPEATED_REFUSAL
                                    ? ", норматив с коэффициентом за повторный недопуск (п. 60(3))" : "")
                                    + "; отнесён на период " + RU_MONTH.format(period) + ", выставлен в "
                                    + RU_MONTH.format(issuedIn),
                            "correction of " + ps + ", register " + r.code()
                                    + (coefficient == CoefficientClass.INCREASING
                                    ? ", normative with the increasing coefficient"
                                    : coefficient == CoefficientClass.REPEATED_REFUSAL
                                    ? ", normative with the coefficient for repeated refusal (p. 60(3))" : "")
                                    + "; attributed to " + period + ", issued in " + issuedIn), mode.note()),
                    List.of()));
        }
    }
}
