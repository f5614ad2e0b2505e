package org.raschet.tariffs.pricing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.raschet.core.consumption.DailySeries;
import org.raschet.core.consumption.DayBasis;
import org.raschet.core.consumption.RegisterDays;
import org.raschet.core.consumption.ServiceConsumption;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.meter.Register;
import org.raschet.core.meter.RegisterSet;
import org.raschet.core.quantity.Unit;
import org.threeten.extra.LocalDateRange;

/**
 * The per-day quantities of one account's meter for pricing (суточные объёмы): one {@link DailySeries} per register
 * of a single-rate, two-zone or three-zone meter, all over the same days, and the basis of each day (metered,
 * forecast, normative with or without a coefficient).
 *
 * <p>The per-day engine of core produces the series; the basis runs say how each day's quantity was found. No basis
 * runs mean every day is {@link PricingBasis#METERED}. Quantities must not be negative: what was billed before is
 * corrected by {@link Corrections}, never by negative days.
 *
 * @param registers register → its daily series; the registers form one {@link RegisterSet}
 * @param basis     the basis runs, in order, covering the series' days exactly (or empty: all metered)
 */
public record DailyConsumption(Map<Register, DailySeries> registers, List<PricingBasisRun> basis) {
    /**
     * Validates the parts.
     *
     * @throws InvalidValueException if the registers are not those of one register set, the series differ in days
     *                               or unit, a day is negative, or the basis runs do not cover the days exactly
     */
    public DailyConsumption {
        Objects.requireNonNull(registers, "registers");
        basis = List.copyOf(basis);
        if (registers.isEmpty()) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "daily consumption", null,
                    "no register series is given", "consumption.registers-non-empty");
        }
        EnumMap<Register, DailySeries> copy = new EnumMap<>(Register.class);
        copy.putAll(registers);
        registers = Collections.unmodifiableMap(copy);
        RegisterSet set = setOf(copy);
        DailySeries first = copy.get(set.registers().get(0));
        for (Map.Entry<Register, DailySeries> e : copy.entrySet()) {
            DailySeries s = Objects.requireNonNull(e.getValue(), "series");
            if (!s.range().equals(first.range()) || s.unit() != first.unit()) {
                throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "daily consumption", s.range().getStart(),
                        "series of register " + e.getKey().code() + " " + s + " differs in days or unit from "
                                + first, "consumption.same-days");
            }
            for (int i = 0; i < s.length(); i++) {
                if (s.microsAt(i) < 0) {
                    throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "daily consumption",
                            s.range().getStart().plusDays(i), "register " + e.getKey().code() + " has a negative day "
                                    + s.microsAt(i) + " x 10^-6 " + s.unit().code(), "consumption.non-negative");
                }
            }
        }
        if (!basis.isEmpty()) {
            LocalDate cursor = first.range().getStart();
            for (PricingBasisRun run : basis) {
                if (!run.span().getStart().equals(cursor) || run.span().isEmpty()) {
                    throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "daily consumption", cursor,
                            "basis run " + run + " does not continue the runs at " + cursor,
                            "consumption.basis-covers-days");
                }
                cursor = run.span().getEnd();
            }
            if (!cursor.equals(first.range().getEnd())) {
                throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "daily consumption", cursor,
                        "basis runs end on " + cursor + ", the series on " + first.range().getEnd(),
                        "consumption.basis-covers-days");
            }
        }
    }

    /** A single-register (whole-day) meter, all days metered. */
    public static DailyConsumption single(DailySeries total) {
        return new DailyConsumption(Map.of(Register.TOTAL, total), List.of());
    }

    /** A meter with these registers, all days metered. */
    public static DailyConsumption of(Map<Register, DailySeries> registers) {
        return new DailyConsumption(registers, List.of());
    }

    /** This consumption with the given basis runs. */
    public DailyConsumption withBasis(List<PricingBasisRun> runs) {
        return new DailyConsumption(registers, runs);
    }

    /** The register set of the meter. */
    public RegisterSet registerSet() {
        return setOf(registers);
    }

    /** The days covered. */
    public LocalDateRange range() {
        return registers.values().iterator().next().range();
    }

    /** The unit of the quantities. */
    public Unit unit() {
        return registers.values().iterator().next().unit();
    }

    /** The basis of {@code day} (a day of {@link #range()}). */
    public PricingBasis basisOn(LocalDate day) {
        for (PricingBasisRun run : basis) {
            if (run.span().contains(day)) {
                return run.basis();
            }
        }
        return PricingBasis.METERED;
    }

    /**
     * The per-day engine's result ({@code PerDayConsumption.compute}) as pieces to price, in day order: each piece a
     * run of days on which the same registers carry the volume (a zoned meter's zones, or {@link Register#TOTAL} on
     * days billed by the normative or by a single-register meter), with each day's basis mapped: by readings →
     * {@link PricingBasis#METERED}, by the average → {@link PricingBasis#FORECAST}, by the normative → the basis of
     * its coefficient class ({@link PricingBasis#normative}): {@link PricingBasis#NORMATIVE_INCREASED} where the
     * increasing coefficient applies (354 App. 2, formula 4; p.60), {@link PricingBasis#NORMATIVE_REFUSAL} where the
     * coefficient for repeated refusal applies (354 p.60(3)), else {@link PricingBasis#NORMATIVE}. A day of several
     * metering points with different bases ({@code DayBasis.Kind.MIXED}: readings on some points, the average on
     * others — never the normative, which replaces every point) is {@link PricingBasis#FORECAST}, without a
     * coefficient, as is a day whose zones disagree between readings and the average: part of its volume is a
     * forecast (the points' own bases are in {@code ServiceConsumption.points()}). A day on which no register carries anything joins the piece before it (or
     * after it) with zero volume.
     *
     * @param consumption the per-day engine's result
     * @return the pieces, covering its range
     * @throws InvalidValueException if the registers of a day are not those of one register set
     */
    public static List<DailyConsumption> of(ServiceConsumption consumption) {
        List<RegisterDays> regs = consumption.registers();
        LocalDateRange range = consumption.range();
        int n = Math.toIntExact(range.lengthInDays());
        List<Set<Register>> carrying = new ArrayList<>(n);
        List<PricingBasis> bases = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDate day = range.getStart().plusDays(i);
            Set<Register> set = EnumSet.noneOf(Register.class);
            PricingBasis basis = null;
            for (RegisterDays r : regs) {
                DayBasis b = r.basisOn(day);
                if (b.kind() == DayBasis.Kind.NONE) {
                    continue;
                }
                set.add(r.register());
                PricingBasis p = switch (b.kind()) {
                    case ACTUAL -> PricingBasis.METERED;
                    // a MIXED day sums metering points of which at least one is by the average (the engine marks a
                    // day of several points all by readings ACTUAL, and where one point needs the normative the
                    // whole service is NORMATIVE that day): part of its volume is a forecast, never a normative
                    case AVERAGE, MIXED -> PricingBasis.FORECAST;
                    case NORMATIVE -> PricingBasis.normative(b.coefficientClass());
                    case NONE -> throw new IllegalStateException("a day of no basis is skipped above");
                };
                basis = basis == null || p.ordinal() > basis.ordinal() ? p : basis;
            }
            carrying.add(set);
            bases.add(basis);
        }
        // days carrying nothing take the registers of a neighbour (zero volume); none at all: the whole day
        for (int i = 0; i < n; i++) {
            if (carrying.get(i).isEmpty() && i > 0) {
                carrying.set(i, carrying.get(i - 1));
                bases.set(i, bases.get(i - 1));
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            if (carrying.get(i).isEmpty()) {
                carrying.set(i, i + 1 < n ? carrying.get(i + 1) : EnumSet.of(Register.TOTAL));
                bases.set(i, i + 1 < n ? bases.get(i + 1) : PricingBasis.METERED);
            }
        }
        List<DailyConsumption> out = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || !carrying.get(i).equals(carrying.get(from))) {
                LocalDateRange part = LocalDateRange.of(range.getStart().plusDays(from), range.getStart().plusDays(i));
                Map<Register, DailySeries> series = new EnumMap<>(Register.class);
                for (Register r : carrying.get(from)) {
                    series.put(r, consumption.register(r).map(d -> d.volumes().slice(part))
                            .orElseGet(() -> DailySeries.of(part.getStart(), consumption.resource().unit(),
                                    new long[(int) part.lengthInDays()])));
                }
                List<PricingBasisRun> runs = new ArrayList<>();
                int runFrom = from;
                for (int j = from + 1; j <= i; j++) {
                    if (j == i || bases.get(j) != bases.get(runFrom)) {
                        runs.add(new PricingBasisRun(LocalDateRange.of(range.getStart().plusDays(runFrom),
                                range.getStart().plusDays(j)), bases.get(runFrom)));
                        runFrom = j;
                    }
                }
                out.add(new DailyConsumption(series, runs));
                from = i;
            }
        }
        return out;
    }

    private static RegisterSet setOf(Map<Register, DailySeries> registers) {
        for (RegisterSet set : RegisterSet.values()) {
            if (set.registers().size() == registers.size() && registers.keySet().containsAll(set.registers())) {
                return set;
            }
        }
        throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "daily consumption", null,
                "registers " + registers.keySet() + " are not those of a single-rate, two-zone or three-zone meter",
                "consumption.register-set");
    }
}
