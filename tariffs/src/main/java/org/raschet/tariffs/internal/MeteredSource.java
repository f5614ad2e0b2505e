package org.raschet.tariffs.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import org.raschet.core.consumption.DailySeries;
import org.raschet.core.ledger.ChargeKind;
import org.raschet.core.meter.RegisterSet;
import org.raschet.core.protocol.Formula;
import org.raschet.core.protocol.Formulas;
import org.raschet.core.protocol.Note;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.split.Exact;
import org.raschet.tariffs.pricing.PricingBasisRun;
import org.raschet.tariffs.pricing.DailyConsumption;
import org.raschet.tariffs.pricing.PricingBasis;
import org.raschet.tariffs.schedule.Coefficient;
import org.raschet.tariffs.schedule.IncreasingCoefficient;
import org.threeten.extra.LocalDateRange;

/** Quantities given day by day by the per-day engine, with their basis. */
public final class MeteredSource implements Engine.Source {
    private final DailyConsumption consumption;
    private final IncreasingCoefficient coefficient;
    private final RegisterSet registers;
    private final LocalDate start;
    private final long[][] prefix;

    /** @param consumption the quantities; @param coefficient the increasing coefficient for normative days */
    public MeteredSource(DailyConsumption consumption, IncreasingCoefficient coefficient) {
        this.consumption = consumption;
        this.coefficient = coefficient;
        this.registers = consumption.registerSet();
        this.start = consumption.range().getStart();
        this.prefix = new long[registers.registers().size()][];
        for (int r = 0; r < prefix.length; r++) {
            DailySeries s = consumption.registers().get(registers.registers().get(r));
            long[] p = new long[s.length() + 1];
            for (int i = 0; i < s.length(); i++) {
                p[i + 1] = Exact.add(p[i], s.microsAt(i), "daily series sum");
            }
            prefix[r] = p;
        }
    }

    @Override
    public RegisterSet registers() {
        return registers;
    }

    @Override
    public void cuts(LocalDateRange range, NavigableSet<LocalDate> out) {
        for (PricingBasisRun run : consumption.basis()) {
            out.add(run.span().getStart());
            if (run.basis().increased()) {
                for (LocalDate d : coefficient.values().entries().keySet()) {
                    if (run.span().contains(d)) {
                        out.add(d);
                    }
                }
            }
        }
    }

    @Override
    public long[] volumes(LocalDateRange segment) {
        int from = (int) (segment.getStart().toEpochDay() - start.toEpochDay());
        int to = from + (int) segment.lengthInDays();
        long[] v = new long[prefix.length];
        for (int r = 0; r < v.length; r++) {
            v[r] = prefix[r][to] - prefix[r][from];
        }
        return v;
    }

    @Override
    public void explain(LocalDateRange segment, long[] volumes, ProtocolSink sink) {
        // the quantities are given; the per-day engine's protocol explains them
    }

    private PricingBasis basisOf(LocalDateRange segment) {
        return consumption.basisOn(segment.getStart());
    }

    @Override
    public ChargeKind kind(LocalDateRange segment) {
        return basisOf(segment).kind();
    }

    @Override
    public Optional<PricingBasis> basis(LocalDateRange segment) {
        return Optional.of(basisOf(segment));
    }

    @Override
    public Coefficient coefficient(LocalDateRange segment) {
        PricingBasis b = basisOf(segment);
        // 354 p.60(3): its own coefficient 1.5, not the policy's increasing coefficient of formula 4
        return b.increased() ? coefficient.on(segment.getStart()) : b.refusal() ? Steps.REFUSAL_COEFFICIENT
                : Coefficient.ONE;
    }

    @Override
    public Formula chargeFormula(LocalDateRange segment, int blocks) {
        PricingBasis b = basisOf(segment);
        if (b.refusal()) {
            return Formulas.CHARGE_BY_NORMATIVE_REFUSAL;
        }
        if (b.kind() == ChargeKind.NORMATIVE) {
            return coefficient(segment).isOne() ? Formulas.CHARGE_BY_NORMATIVE : Formulas.CHARGE_BY_NORMATIVE_INCREASED;
        }
        return blocks > 1 ? Formulas.CHARGE_BY_BLOCK : Formulas.CHARGE_BY_METER;
    }

    @Override
    public List<Note> notes(LocalDateRange segment) {
        PricingBasis b = basisOf(segment);
        List<Note> notes = new ArrayList<>();
        if (b != PricingBasis.METERED) {
            notes.add(basisNote(b));
        }
        if (b.increased()) {
            notes.add(coefficient.note());
        }
        if (b.refusal()) {
            notes.add(Steps.REFUSAL);
        }
        return notes;
    }

    /** The note naming a day basis. */
    public static Note basisNote(PricingBasis b) {
        return new Note("basis." + b.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                "основание объёма: " + b.nameRu(), "basis of the volume: " + b.nameEn());
    }
}
