package org.raschet.tariffs.pricing;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.raschet.core.account.AccountId;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
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
import org.raschet.tariffs.internal.Steps;
import org.raschet.tariffs.schedule.Coefficient;
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
                Note what = new Note("correction.line", "период " + k.period() + ", дни " + Steps.daysRu(k.span())
                        + ", регистр " + k.register().code() + ", тариф " + k.price() + " (тариф дней периода)",
                        "period " + k.period() + ", days " + Steps.daysEn(k.span()) + ", register "
                                + k.register().code() + ", price " + k.price() + " (the price of the period's days)");
                steps.add(new ProtocolStep(Formulas.RECALCULATION_AMOUNT, List.of(
                        Input.of("Pn", newMinor, digits, cur), Input.of("Pb", b[1], digits, cur)),
                        Input.of("dP", s.minor, digits, cur), List.of(what), List.of(volume)));
            }
        }
        if (sink.enabled()) {
            sink.add(new ProtocolSection("Перерасчёт: лицевой счёт " + account + ", выписан в " + issuedIn + ", дни "
                    + Steps.daysRu(range), "Correction: account " + account + ", issued in " + issuedIn + ", days "
                    + Steps.daysEn(range), ProtocolSink.entriesOf(steps)));
        }
        return new PricingResult(range, fresh.currency(), out);
    }

    private static Key key(ChargeLine l) {
        return new Key(l.period(), l.register(), l.span(), l.price());
    }
}
