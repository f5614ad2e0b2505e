package org.raschet.tariffs.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import org.raschet.core.ledger.ChargeKind;
import org.raschet.core.meter.RegisterSet;
import org.raschet.core.protocol.Formula;
import org.raschet.core.protocol.Formulas;
import org.raschet.core.protocol.Note;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.quantity.Unit;
import org.raschet.core.split.Exact;
import org.raschet.tariffs.pricing.PricingBasis;
import org.raschet.tariffs.schedule.Coefficient;
import org.threeten.extra.LocalDateRange;

/** The volume of an unauthorised connection: nominal power × hours per day × days (354 p.62). */
public final class PowerSource implements Engine.Source {
    private final long watts;
    private final int hours;
    private final Unit unit;
    private final Coefficient coefficient;
    private final List<Note> notes;

    /**
     * @param watts       nominal power in W
     * @param hours       hours of operation per day
     * @param unit        the unit of the volume (kWh)
     * @param coefficient the coefficient of the money
     * @param notes       notes for every line
     */
    public PowerSource(long watts, int hours, Unit unit, Coefficient coefficient, List<Note> notes) {
        this.watts = watts;
        this.hours = hours;
        this.unit = unit;
        this.coefficient = coefficient;
        this.notes = List.copyOf(notes);
    }

    @Override
    public RegisterSet registers() {
        return RegisterSet.SINGLE;
    }

    @Override
    public void cuts(LocalDateRange range, NavigableSet<LocalDate> out) {
        // constant power: nothing changes within the range
    }

    @Override
    public long[] volumes(LocalDateRange segment) {
        // W × h = Wh = 10^-3 kWh = 1000 × 10^-6 kWh
        long perDay = Exact.multiply(Exact.multiply(watts, hours, "sanction volume"), 1000, "sanction volume");
        return new long[] {Exact.multiply(perDay, segment.lengthInDays(), "sanction volume")};
    }

    @Override
    public void explain(LocalDateRange segment, long[] volumes, ProtocolSink sink) {
        if (sink.enabled()) {
            sink.add(Steps.unauthorisedVolume(watts, hours, (int) segment.lengthInDays(), volumes[0], unit,
                    List.of()));
        }
    }

    @Override
    public ChargeKind kind(LocalDateRange segment) {
        return ChargeKind.SANCTION;
    }

    @Override
    public Optional<PricingBasis> basis(LocalDateRange segment) {
        return Optional.empty();
    }

    @Override
    public Coefficient coefficient(LocalDateRange segment) {
        return coefficient;
    }

    @Override
    public Formula chargeFormula(LocalDateRange segment, int blocks) {
        return coefficient.isOne() ? Formulas.CHARGE_SANCTION_UNAUTHORISED
                : Formulas.CHARGE_SANCTION_UNAUTHORISED_INCREASED;
    }

    @Override
    public List<Note> notes(LocalDateRange segment) {
        return notes;
    }
}
