package org.raschet.tariffs.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.function.Function;
import org.raschet.core.account.AccountId;
import org.raschet.core.ledger.ChargeKind;
import org.raschet.core.meter.RegisterSet;
import org.raschet.core.protocol.Formula;
import org.raschet.core.protocol.Note;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.quantity.Unit;
import org.raschet.core.split.Exact;
import org.raschet.core.time.Timeline;
import org.raschet.tariffs.pricing.PricingBasis;
import org.raschet.tariffs.schedule.Coefficient;
import org.raschet.tariffs.schedule.Effective;
import org.raschet.tariffs.schedule.NormBasis;
import org.raschet.tariffs.schedule.NormRule;
import org.raschet.tariffs.schedule.NormSchedule;
import org.threeten.extra.LocalDateRange;

/**
 * Volumes by the normative, day by day: residents of the day × the day's exact share of the month's normative
 * (354 App. 2, formula 4); a segment of constant residents and rule gets n × (round(N×e/D) − round(N×s/D)).
 */
public final class NormativeSource implements Engine.Source {
    private final AccountId account;
    private final Timeline<Integer> residents;
    private final NormSchedule normative;
    private final List<Effective<NormRule>> runs;
    private final Unit unit;
    private final ChargeKind kind;
    private final Optional<PricingBasis> basis;
    private final Function<LocalDate, Coefficient> coefficient;
    private final List<LocalDate> coefficientCuts;
    private final Formula plain;
    private final Formula increased;
    private final List<Note> notes;

    /**
     * @param account         the account (for errors)
     * @param residents       residents per day
     * @param normative       the normative schedule
     * @param range           the days priced
     * @param kind            NORMATIVE or SANCTION
     * @param basis           the basis reported on the lines
     * @param coefficient     the coefficient on a day
     * @param coefficientCuts days on which the coefficient may change
     * @param plain           the charge formula for K = 1
     * @param increased       the charge formula for K ≠ 1
     * @param notes           notes for every line
     */
    public NormativeSource(AccountId account, Timeline<Integer> residents, NormSchedule normative, LocalDateRange range,
                           ChargeKind kind, Optional<PricingBasis> basis, Function<LocalDate, Coefficient> coefficient,
                           List<LocalDate> coefficientCuts, Formula plain, Formula increased, List<Note> notes) {
        this.account = account;
        this.residents = residents;
        this.normative = normative;
        this.runs = normative.runs(range);
        this.unit = normative.service().unit();
        this.kind = kind;
        this.basis = basis;
        this.coefficient = coefficient;
        this.coefficientCuts = List.copyOf(coefficientCuts);
        this.plain = plain;
        this.increased = increased;
        this.notes = List.copyOf(notes);
    }

    @Override
    public RegisterSet registers() {
        return RegisterSet.SINGLE;
    }

    @Override
    public void cuts(LocalDateRange range, NavigableSet<LocalDate> out) {
        for (Effective<NormRule> r : runs) {
            out.add(r.span().getStart());
            if (Engine.dependsOnResidents(r.value())) {
                Engine.residentCuts(residents, r.span(), account, out);
            }
        }
        for (LocalDate d : coefficientCuts) {
            if (range.contains(d)) {
                out.add(d);
            }
        }
    }

    private int residentsOn(LocalDate day) {
        return residents.get(day, "residents of account " + account);
    }

    @Override
    public long[] volumes(LocalDateRange segment) {
        LocalDate day = segment.getStart();
        NormRule rule = Engine.valueOn(runs, day);
        int n = residentsOn(day);
        long monthly = normative.monthly(rule, day, n).micros();
        int s = day.getDayOfMonth() - 1;
        int e = s + (int) segment.lengthInDays();
        long share = Arith.prorate(monthly, s, e, YearMonth.from(day).lengthOfMonth());
        return new long[] {rule.basis() == NormBasis.PER_RESIDENT
                ? Exact.multiply(share, n, normative.label()) : share};
    }

    @Override
    public void explain(LocalDateRange segment, long[] volumes, ProtocolSink sink) {
        if (!sink.enabled()) {
            return;
        }
        LocalDate day = segment.getStart();
        NormRule rule = Engine.valueOn(runs, day);
        int n = residentsOn(day);
        long monthly = normative.monthly(rule, day, n).micros();
        int s = day.getDayOfMonth() - 1;
        int e = s + (int) segment.lengthInDays();
        sink.add(Steps.normativeVolume(rule.basis() == NormBasis.PER_RESIDENT, n, monthly, e,
                YearMonth.from(day).lengthOfMonth(), s, volumes[0], unit,
                List.of(new Note("normative", "норматив " + normative.id() + " (" + rule.basis().nameRu() + ", "
                        + n + " чел.)", "normative " + normative.id() + " (" + rule.basis().nameEn() + ", "
                        + n + " residents)"), Steps.PRORATION)));
    }

    @Override
    public ChargeKind kind(LocalDateRange segment) {
        return kind;
    }

    @Override
    public Optional<PricingBasis> basis(LocalDateRange segment) {
        return basis;
    }

    @Override
    public Coefficient coefficient(LocalDateRange segment) {
        return coefficient.apply(segment.getStart());
    }

    @Override
    public Formula chargeFormula(LocalDateRange segment, int blocks) {
        return coefficient(segment).isOne() ? plain : increased;
    }

    @Override
    public List<Note> notes(LocalDateRange segment) {
        return notes;
    }
}
