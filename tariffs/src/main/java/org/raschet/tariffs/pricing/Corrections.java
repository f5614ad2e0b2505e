package org.raschet.tariffs.pricing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.raschet.core.account.AccountId;
import org.raschet.core.consumption.DailySeries;
import org.raschet.core.consumption.ServiceConsumption;
import org.raschet.core.consumption.VolumeCorrection;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.error.TariffZoneException;
import org.raschet.core.ledger.ChargeKind;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.meter.Register;
import org.raschet.core.money.Amounts;
import org.raschet.core.money.Price;
import org.raschet.core.protocol.Formulas;
import org.raschet.core.protocol.Input;
import org.raschet.core.protocol.Note;
import org.raschet.core.protocol.ProtocolSection;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.split.Exact;
import org.raschet.tariffs.internal.Arith;
import org.raschet.tariffs.internal.Steps;
import org.raschet.tariffs.schedule.Coefficient;
import org.raschet.tariffs.schedule.Effective;
import org.raschet.tariffs.schedule.Rates;
import org.raschet.tariffs.schedule.TariffSchedule;
import org.threeten.extra.LocalDateRange;

/**
 * Corrections (перерасчёт) of periods billed before, at the prices of the days they correct (LEGAL §4, way A).
 *
 * <p>The corrected days are priced afresh with today's knowledge — e.g. {@link Pricing#consumption} over the
 * per-day engine's corrected quantities: every day at the tariff in force on that day, not today's — and each
 * correction line is the re-billed line minus what was billed for the same period, register, days and price. So
 * the billed lines plus the corrections equal a fresh calculation of every re-billed period exactly, kopeck for
 * kopeck, even for block tariffs (whose blocks are not linear in the volume); recalculating again with the same
 * inputs yields nothing.
 */
public final class Corrections {
    private Corrections() {
    }

    private record Key(YearMonth period, Register register, LocalDateRange span, Price price) {
    }

    private static final class Sum {
        long micros;
        long minor;
        PricedLine fresh;
    }

    /**
     * The correction lines that bring the billed lines within {@code fresh.range()} to {@code fresh}.
     *
     * <p>Only billed lines whose days lie within the fresh calculation's days are considered (other lines are not
     * being re-billed); they must be of the same account and service. Billed lines may include earlier corrections.
     *
     * @param billed   the lines issued before for these days (as the host kept them)
     * @param fresh    the same days priced with today's knowledge
     * @param issuedIn the period in which the corrections are issued
     * @param sink     where the protocol goes
     * @return lines of kind {@link ChargeKind#CORRECTION}, each with the period and price of the days it corrects;
     *         none where nothing changed
     * @throws InvalidValueException if a billed line straddles the boundary of the fresh days, or belongs to another
     *                               account or service than the fresh lines
     */
    public static PricingResult recalculate(List<ChargeLine> billed, PricingResult fresh, YearMonth issuedIn,
                                            ProtocolSink sink) {
        LocalDateRange range = fresh.range();
        Map<Key, Sum> sums = new LinkedHashMap<>();
        AccountId account = null;
        Resource service = null;
        for (PricedLine p : fresh.lines()) {
            ChargeLine l = p.line();
            account = account == null ? l.account() : account;
            service = service == null ? l.service() : service;
            Sum s = sums.computeIfAbsent(key(l), k -> new Sum());
            s.micros = Exact.add(s.micros, l.quantity().micros(), "correction");
            s.minor = Exact.add(s.minor, l.amountMinor(), "correction");
            s.fresh = s.fresh == null ? p : s.fresh;
        }
        for (ChargeLine l : billed) {
            if (!l.span().overlaps(range) || l.span().isEmpty()) {
                continue;
            }
            if (!range.encloses(l.span())) {
                throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "account " + l.account(),
                        l.span().getStart(), "billed line of " + l.span() + " straddles the re-billed days " + range,
                        "correction.lines-within-rebilled-days");
            }
            account = account == null ? l.account() : account;
            service = service == null ? l.service() : service;
            if (!l.account().equals(account) || l.service() != service) {
                throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "account " + l.account(),
                        l.span().getStart(), "billed line of " + l.service().nameEn() + " does not belong to account "
                                + account + ", " + service.nameEn(), "correction.same-account-and-service");
            }
            Sum s = sums.computeIfAbsent(key(l), k -> new Sum());
            s.micros = Exact.subtract(s.micros, l.quantity().micros(), "correction");
            s.minor = Exact.subtract(s.minor, l.amountMinor(), "correction");
        }
        // remember the billed side for the protocol
        Map<Key, long[]> billedSums = new LinkedHashMap<>();
        for (ChargeLine l : billed) {
            if (l.span().overlaps(range) && !l.span().isEmpty()) {
                long[] b = billedSums.computeIfAbsent(key(l), k -> new long[2]);
                b[0] += l.quantity().micros();
                b[1] += l.amountMinor();
            }
        }
        List<Map.Entry<Key, Sum>> entries = new ArrayList<>(sums.entrySet());
        entries.sort(Comparator.comparing((Map.Entry<Key, Sum> e) -> e.getKey().span().getStart())
                .thenComparing(e -> e.getKey().span().getEnd())
                .thenComparing(e -> e.getKey().register())
                .thenComparing(e -> e.getKey().price().e4()));
        List<PricedLine> out = new ArrayList<>();
        ProtocolSink steps = sink.child();
        for (Map.Entry<Key, Sum> e : entries) {
            Key k = e.getKey();
            Sum s = e.getValue();
            if (s.micros == 0 && s.minor == 0) {
                continue;
            }
            ChargeLine line = new ChargeLine(account, service, k.period(), issuedIn, k.register(),
                    ChargeKind.CORRECTION, k.span(), Quantity.ofMicros(s.micros, k.price().per()), k.price(),
                    Amounts.ofMinor(s.minor, k.price().currency()));
            PricedLine p = s.fresh == null ? new PricedLine(line, 0, 1, Coefficient.ONE, Optional.empty())
                    : new PricedLine(line, s.fresh.block(), s.fresh.blocks(), s.fresh.coefficient(),
                    s.fresh.basis());
            out.add(p);
            if (steps.enabled()) {
                long[] b = billedSums.getOrDefault(k, new long[2]);
                long newMicros = s.micros + b[0];
                long newMinor = s.minor + b[1];
                String unit = k.price().per().code();
                String cur = k.price().currency().getCurrencyCode();
                int digits = k.price().currency().getDefaultFractionDigits();
                ProtocolStep volume = new ProtocolStep(Formulas.RECALCULATION_VOLUME, List.of(
                        Input.of("Vn", newMicros, Quantity.SCALE, unit), Input.of("Vb", b[0], Quantity.SCALE, unit)),
                        Input.of("dV", s.micros, Quantity.SCALE, unit), List.of(), List.of());
                Note what = new Note("correction.line", "период " + Steps.monthRu(k.period()) + ", дни " + Steps.daysRu(k.span())
                        + ", регистр " + k.register().code() + ", тариф " + k.price() + " (тариф дней периода)",
                        "period " + k.period() + ", days " + Steps.daysEn(k.span()) + ", register "
                                + k.register().code() + ", price " + k.price() + " (the price of the period's days)");
                steps.add(new ProtocolStep(Formulas.RECALCULATION_AMOUNT, List.of(
                        Input.of("Pn", newMinor, digits, cur), Input.of("Pb", b[1], digits, cur)),
                        Input.of("dP", s.minor, digits, cur), List.of(what), List.of(volume)));
            }
        }
        if (sink.enabled()) {
            sink.add(new ProtocolSection("Перерасчёт: лицевой счёт " + account + ", выписан в " + Steps.monthRu(issuedIn) + ", дни "
                    + Steps.daysRu(range), "Correction: account " + account + ", issued in " + issuedIn + ", days "
                    + Steps.daysEn(range), ProtocolSink.entriesOf(steps)));
        }
        return new PricingResult(range, fresh.currency(), out);
    }

    private static Key key(ChargeLine l) {
        return new Key(l.period(), l.register(), l.span(), l.price());
    }

    /**
     * Prices a period's volume correction (as the per-day engine reports corrections: one volume per period,
     * register and coefficient class) at the prices of that period's own days, never today's: the volume is spread
     * over the corrected days by their weights (cumulative split, exact sum), and each run of days at one price gets
     * one line {@code round(dV × K × T, 2)}, K by the correction's coefficient class: the increasing coefficient of
     * the policies (354 App. 2, formula 4), 1.5 for repeated refusal of access (354 p.60(3)), or none.
     *
     * <p>Exact in volume. In money it equals a re-billing of the period within one kopeck per line when the period
     * has one price; when the price changed inside the period, only the per-day volumes billed before and known now
     * can tell which days the difference belongs to — re-bill the period with {@link #recalculate} where they are
     * known (and always for block tariffs, which this method refuses).
     *
     * @param request the correction
     * @param sink    where the protocol goes
     * @return lines of kind {@link ChargeKind#CORRECTION} in the corrected period, issued in {@code issuedIn}
     * @throws org.raschet.core.error.TariffCoverageException if a corrected day has no tariff period, or two
     * @throws TariffZoneException     if the register is not a zone of the tariff
     * @throws InvalidValueException                          if the tariff has blocks on the corrected days
     */
    public static PricingResult priceVolume(VolumeCorrectionRequest request, ProtocolSink sink) {
        TariffSchedule t = request.tariff();
        Register register = request.register();
        if (!t.zones().has(register)) {
            throw new TariffZoneException(ErrorCode.TARIFF_ZONE_MISMATCH, "tariff " + t.id(),
                    t.group().code(), request.weights().range().getStart(), "register " + register.code()
                            + " is not a zone of the tariff (" + t.zones() + ")", "correction.register-is-zone");
        }
        DailySeries w = request.weights();
        LocalDateRange range = w.range();
        long[] weights = w.toArray();
        long total = 0;
        for (long x : weights) {
            total = Exact.add(total, x, "correction weights");
        }
        if (total == 0) {
            Arrays.fill(weights, 1);
            total = weights.length;
        }
        TreeSet<LocalDate> cuts = new TreeSet<>();
        List<Effective<Rates>> runs = t.runs(range);
        for (var run : runs) {
            if (run.value().blockCount() > 1) {
                throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "tariff " + t.id(),
                        run.span().getStart(), "rates " + run.value() + " have " + run.value().blockCount()
                                + " blocks; a volume correction cannot be priced under a block tariff: re-bill the"
                                + " period", "correction.volume-needs-flat-tariff");
            }
            cuts.add(run.span().getStart());
        }
        if (request.increased()) {
            for (LocalDate d : request.policies().coefficient().values().entries().keySet()) {
                if (range.contains(d)) {
                    cuts.add(d);
                }
            }
        }
        cuts.add(range.getEnd());
        long dv = request.quantity().micros();
        ProtocolSink steps = sink.child();
        List<PricedLine> out = new ArrayList<>();
        LocalDate from = null;
        long cumulative = 0;
        for (LocalDate cut : cuts) {
            if (from != null) {
                LocalDateRange span = LocalDateRange.of(from, cut);
                int a = (int) (from.toEpochDay() - range.getStart().toEpochDay());
                int b = (int) (cut.toEpochDay() - range.getStart().toEpochDay());
                long before = cumulative;
                for (int i = a; i < b; i++) {
                    cumulative += weights[i];
                }
                long part = Arith.scaledRound(dv, cumulative, total)
                        - Arith.scaledRound(dv, before, total);
                Price price = t.ratesOn(from).price(0, register);
                // the class's own coefficient: formula 4's increasing one (a policy), or 1.5 of 354 p.60(3)
                Coefficient k = request.increased() ? request.policies().coefficient().on(from)
                        : request.refusal() ? Steps.REFUSAL_COEFFICIENT : Coefficient.ONE;
                long amount = Arith.charge(part, price.per(), price, k.value());
                if (part != 0 || amount != 0) {
                    ChargeLine line = new ChargeLine(request.account(), t.service(), request.period(),
                            request.issuedIn(), register, ChargeKind.CORRECTION, span,
                            Quantity.ofMicros(part, price.per()), price, Amounts.ofMinor(amount, price.currency()));
                    out.add(new PricedLine(line, 0, 1, k, Optional.empty()));
                    if (steps.enabled()) {
                        String unit = price.per().code();
                        ProtocolStep share = new ProtocolStep(Formulas.RECALCULATION_DAYS_SHARE, List.of(
                                Input.of("dV", dv, Quantity.SCALE, unit), Input.of("C2", cumulative, Quantity.SCALE,
                                        unit), Input.of("W", total, Quantity.SCALE, unit),
                                Input.of("C1", before, Quantity.SCALE, unit)),
                                Input.of("Vd", part, Quantity.SCALE, unit), List.of(), List.of());
                        List<Note> notes = new ArrayList<>();
                        notes.add(new Note("correction.line", "период " + Steps.monthRu(request.period()) + ", дни "
                                + Steps.daysRu(span) + ", регистр " + register.code() + " (тариф дней периода)",
                                "period " + request.period() + ", days " + Steps.daysEn(span) + ", register "
                                        + register.code() + " (the price of the period's days)"));
                        if (request.increased()) {
                            notes.add(request.policies().coefficient().note());
                        }
                        if (request.refusal()) {
                            notes.add(Steps.REFUSAL);
                        }
                        notes.add(Steps.ROUNDING);
                        steps.add(Steps.charge(request.refusal() ? Formulas.CHARGE_BY_NORMATIVE_REFUSAL
                                : k.isOne() ? Formulas.CHARGE_BY_METER : Formulas.CHARGE_BY_NORMATIVE_INCREASED, part,
                                price.per(), price, k, amount, notes)
                                .withChildren(List.of(share)));
                    }
                }
            }
            from = cut;
        }
        if (sink.enabled()) {
            sink.add(new ProtocolSection("Перерасчёт объёма за " + Steps.monthRu(request.period()) + ": лицевой счёт "
                    + request.account() + ", " + org.raschet.core.protocol.TextRenderer.value(
                    Quantity.ofMicros(dv, request.quantity().unit()).toBigDecimal(), request.quantity().unit().code(),
                    org.raschet.core.protocol.Language.RU) + ", выписан в "
                    + Steps.monthRu(request.issuedIn()), "Volume correction of " + request.period() + ": account "
                    + request.account() + ", " + Quantity.ofMicros(dv, request.quantity().unit()) + ", issued in "
                    + request.issuedIn(), ProtocolSink.entriesOf(steps)));
        }
        return new PricingResult(range, t.currency(), out);
    }

    /**
     * Prices a volume correction of the per-day engine ({@code Recalculation}) at the prices of the days of the
     * period it is attributed to, weighting those days by the register's volumes as known now (equal weights where
     * the known volumes are all zero or the register has none).
     *
     * @param correction the per-day engine's correction line
     * @param knownNow   the per-day consumption as known now, covering the corrected period
     * @param tariff     the tariff schedule
     * @param policies   the policies (the increasing coefficient among them)
     * @param sink       where the protocol goes
     * @return the correction lines, as {@link #priceVolume(VolumeCorrectionRequest, ProtocolSink)}
     * @throws TariffZoneException   if the register is not a zone of the tariff
     * @throws InvalidValueException if the tariff has blocks on the corrected days
     */
    public static PricingResult priceVolume(VolumeCorrection correction, ServiceConsumption knownNow,
                                            TariffSchedule tariff, PricingPolicies policies, ProtocolSink sink) {
        LocalDateRange period = org.raschet.core.time.Days.of(correction.period());
        LocalDateRange days = knownNow.range().overlaps(period) ? knownNow.range().intersection(period) : period;
        DailySeries weights = knownNow.register(correction.register())
                .filter(r -> r.range().encloses(days)).map(r -> r.volumes().slice(days))
                .orElseGet(() -> DailySeries.of(days.getStart(), tariff.service().unit(),
                        new long[(int) days.lengthInDays()]));
        return priceVolume(new VolumeCorrectionRequest(correction.account(), tariff, correction.period(),
                correction.register(), correction.quantity(), correction.increasingCoefficient(), weights,
                correction.issuedIn(), policies, correction.refusalCoefficient()), sink);
    }
}
