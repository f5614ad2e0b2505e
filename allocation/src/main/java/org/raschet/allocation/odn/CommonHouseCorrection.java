package org.raschet.allocation.odn;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import javax.money.CurrencyUnit;
import org.raschet.core.account.AccountId;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.error.MissingPolicyInputException;
import org.raschet.core.ledger.ChargeKind;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.meter.Register;
import org.raschet.core.money.Amounts;
import org.raschet.core.money.Price;
import org.raschet.core.protocol.Formulas;
import org.raschet.core.protocol.Input;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.Note;
import org.raschet.core.protocol.ProtocolEntry;
import org.raschet.core.protocol.ProtocolSection;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.split.Exact;
import org.raschet.core.time.Days;
import org.threeten.extra.LocalDateRange;

/**
 * Corrections of common-house shares (перерасчёт ОДН): a late reading or any change of a premise's volume changes
 * the distributable volume, so every premise's share of the month changes, and through the carried balance every
 * later month's too. The months are recalculated with today's volumes at the prices of their own days and, for each
 * premise, month and run of days at one price, a correction line carries the new share and charge less what was
 * billed (DESIGN: history is never rewritten).
 */
public final class CommonHouseCorrection {
    private CommonHouseCorrection() {
    }

    /**
     * The months recalculated and the correction lines against what was billed.
     *
     * @param recalculated the months' splits with today's volumes
     * @param corrections  one line per premise, month and run of days at one price whose volume or charge changed:
     *                     new − billed, issued in the period of the correction (kind common-house;
     *                     {@code period} is the month corrected, {@code span} and {@code price} those of the run)
     */
    public record Result(List<HouseMonthSplit> recalculated, List<ChargeLine> corrections) {
        /** Copies the parts. */
        public Result {
            recalculated = List.copyOf(recalculated);
            corrections = List.copyOf(corrections);
        }
    }

    /** What a correction line is kept apart by: a run of days at one price on one register. */
    private record Key(Register register, LocalDateRange span, Price price) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparing((Key k) -> k.span().getStart())
            .thenComparing(k -> k.span().getEnd())
            .thenComparing(Key::register)
            .thenComparing(k -> k.price().currency().getCurrencyCode())
            .thenComparingLong(k -> k.price().e4());

    /**
     * Recalculates consecutive months of {@code house} and corrects what was billed for them.
     *
     * <p>Start the months at the first month whose volumes changed (or earlier), with the balance carried into it as
     * it was; pass every later month already billed, since the carried balance may change them too. A premise with
     * no billed line for a month counts as billed zero; recalculating again with the billed corrections added gives
     * no line.
     *
     * <p>Each month is priced as it is given: at its one price, or at the premises' tariff schedules, so every day of
     * the corrected month is priced at the tariff in force on that day, never today's (LEGAL §4, way A; §10). The
     * correction lines are kept apart by register, run of days and price: for each premise and month, the new lines
     * less the billed lines with the same days and price, each line's money the difference of the rounded lines (no
     * kopeck moves between lines or premises). A month billed and recalculated at one price gives one correction
     * line per premise.
     *
     * @param network      the network the house belongs to
     * @param house        the house
     * @param months       consecutive months with today's volumes, each with its price or tariff schedules
     * @param openingCarry the negative balances carried into the first month, by split node
     * @param policy       the split's policies
     * @param billed       the common-house lines issued so far for these premises and months (originals and
     *                     earlier corrections)
     * @param issuedIn     the period the corrections are issued in, after every month corrected
     * @param sink         where the protocol goes
     * @return the recalculated months and the correction lines, by month, premise id, then days and price
     * @throws MissingPolicyInputException if a month has neither a price nor tariff schedules, or a premise has no
     *                                     tariff schedule
     * @throws InvalidValueException       if a billed line is not a common-house line of a premise of the house for
     *                                     one of the months, differs in resource, unit or currency from the month's
     *                                     pricing, or {@code issuedIn} is not after every month
     */
    public static Result recalculate(Network network, NodeId house, List<HouseMonth> months,
                                     Map<NodeId, Quantity> openingCarry, OdnPolicy policy, List<ChargeLine> billed,
                                     YearMonth issuedIn, ProtocolSink sink) {
        Objects.requireNonNull(issuedIn, "issuedIn");
        String entity = "house " + house;
        CommonHouseSplit.checkConsecutive(house, months);
        Map<YearMonth, HouseMonth> periods = new HashMap<>();
        for (HouseMonth m : months) {
            if (!m.priced()) {
                throw new MissingPolicyInputException(ErrorCode.POLICY_INPUT_MISSING, entity, m.period().atDay(1),
                        "no price or tariff schedules given for " + m.period() + " to correct its common-house lines",
                        "odn.correction-price");
            }
            if (!issuedIn.isAfter(m.period())) {
                throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, entity, issuedIn.atDay(1),
                        "corrections issued in " + issuedIn + " cannot correct " + m.period() + " (not before it)",
                        "odn.correction-after-period");
            }
            periods.put(m.period(), m);
        }
        Set<AccountId> accounts = new HashSet<>();
        for (NodeId p : network.premisesUnder(house)) {
            accounts.add(AccountId.of(p.value()));
        }
        Map<AccountId, Map<YearMonth, Map<Key, long[]>>> billedBy = new HashMap<>();
        for (ChargeLine l : billed) {
            if (l.kind() != ChargeKind.COMMON_HOUSE || !accounts.contains(l.account())
                    || !periods.containsKey(l.period())) {
                throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "account " + l.account(),
                        l.period().atDay(1), "billed line of kind " + l.kind() + " for " + l.period()
                        + " is not a common-house line of a premise of " + entity + " for the months recalculated",
                        "odn.correction-billed-lines");
            }
            HouseMonth m = periods.get(l.period());
            CurrencyUnit currency = m.price().map(Price::currency).orElseGet(() ->
                    m.tariffs().orElseThrow().tariffOf(NodeId.of(l.account().value())).currency());
            if (l.service() != m.volumes().resource() || !l.amount().getCurrency().equals(currency)
                    || l.quantity().unit() != m.volumes().resource().unit()) {
                throw new InvalidValueException(ErrorCode.VALUE_UNIT_MISMATCH, "account " + l.account(),
                        l.period().atDay(1), "billed line " + l.quantity() + ", " + Amounts.format(l.amount())
                        + " of " + l.service().nameEn() + " differs in resource, unit or currency from "
                        + m.price().map(p -> "the price " + p).orElse("the tariff schedules (" + currency + ")"),
                        "odn.correction-same-units");
            }
            long[] sum = billedBy.computeIfAbsent(l.account(), a -> new HashMap<>())
                    .computeIfAbsent(l.period(), p -> new HashMap<>())
                    .computeIfAbsent(new Key(l.register(), l.span(), l.price()), k -> new long[2]);
            sum[0] = Exact.add(sum[0], l.quantity().micros(), entity + " billed volume");
            sum[1] = Exact.add(sum[1], l.amountMinor(), entity + " billed amount");
        }

        ProtocolSink splitSink = sink.child();
        List<HouseMonthSplit> recalculated = CommonHouseSplit.months(network, house, months, openingCarry, policy,
                splitSink);
        List<ChargeLine> corrections = new ArrayList<>();
        List<ProtocolEntry> entries = new ArrayList<>(ProtocolSink.entriesOf(splitSink));
        for (HouseMonthSplit split : recalculated) {
            LocalDateRange monthDays = Days.of(split.period());
            for (PremiseShare share : split.shares()) {
                AccountId account = share.account();
                Map<Key, long[]> was = billedBy.getOrDefault(account, Map.of()).getOrDefault(split.period(),
                        Map.of());
                Map<Key, long[]> now = new HashMap<>();
                for (ChargeLine l : share.lines()) {
                    long[] sum = now.computeIfAbsent(new Key(l.register(), l.span(), l.price()), k -> new long[2]);
                    sum[0] = Exact.add(sum[0], l.quantity().micros(), entity + " volume");
                    sum[1] = Exact.add(sum[1], l.amountMinor(), entity + " amount");
                }
                TreeSet<Key> keys = new TreeSet<>(ORDER);
                keys.addAll(now.keySet());
                keys.addAll(was.keySet());
                // a month billed and recalculated as one whole-month line keeps the protocol of one line per premise
                boolean detailed = keys.size() > 1 || (!keys.isEmpty() && !keys.first().span().equals(monthDays));
                List<ProtocolEntry> steps = new ArrayList<>();
                for (Key k : keys) {
                    long[] n = now.getOrDefault(k, new long[2]);
                    long[] b = was.getOrDefault(k, new long[2]);
                    long dv = Exact.subtract(n[0], b[0], entity + " volume correction");
                    long dp = Exact.subtract(n[1], b[1], entity + " amount correction");
                    if (dv == 0 && dp == 0) {
                        continue;
                    }
                    Price price = k.price();
                    Quantity dq = Quantity.ofMicros(dv, price.per());
                    corrections.add(new ChargeLine(account, split.resource(), split.period(), issuedIn,
                            k.register(), ChargeKind.COMMON_HOUSE, k.span(), dq, price,
                            Amounts.ofMinor(dp, price.currency())));
                    if (sink.enabled()) {
                        int digits = price.currency().getDefaultFractionDigits();
                        String cur = price.currency().getCurrencyCode();
                        ProtocolStep volume = ProtocolStep.of(Formulas.ODN_CORRECTION_VOLUME,
                                        List.of(Texts.input("Vi", Quantity.ofMicros(n[0], dq.unit())),
                                                Texts.input("Vb", Quantity.ofMicros(b[0], dq.unit()))),
                                        Texts.input("dV", dq))
                                .withNote(new Note("odn.correction-issued",
                                        "перерасчёт выставлен в периоде: " + Texts.period(issuedIn, Language.RU),
                                        "correction issued in period: " + Texts.period(issuedIn, Language.EN)));
                        if (detailed) {
                            volume = volume.withNote(new Note("odn.correction-line",
                                    "дни " + Texts.spanRu(k.span()) + ", регистр " + k.register().code()
                                            + ", тариф " + Texts.price(price, Language.RU) + " (тариф дней корректируемого месяца)",
                                    "days " + Texts.spanEn(k.span()) + ", register " + k.register().code()
                                            + ", price " + Texts.price(price, Language.EN) + " (the price of the corrected month's days)"));
                        }
                        steps.add(volume);
                        steps.add(ProtocolStep.of(Formulas.ODN_CORRECTION_AMOUNT,
                                List.of(Input.of("P", n[1], digits, cur), Input.of("Pb", b[1], digits, cur)),
                                Input.of("dP", dp, digits, cur)));
                    }
                }
                if (sink.enabled() && !steps.isEmpty()) {
                    entries.add(new ProtocolSection(
                            "Перерасчёт: помещение " + share.premise() + ", "
                                    + Texts.period(split.period(), Language.RU),
                            "Correction: premise " + share.premise() + ", "
                                    + Texts.period(split.period(), Language.EN), steps));
                }
            }
        }
        if (sink.enabled() && !months.isEmpty()) {
            YearMonth first = months.get(0).period();
            YearMonth last = months.get(months.size() - 1).period();
            sink.add(new ProtocolSection("Перерасчёт общедомовых нужд: дом " + house + ", "
                    + Texts.period(first, Language.RU) + "–" + Texts.period(last, Language.RU) + ", выставлен: "
                    + Texts.period(issuedIn, Language.RU),
                    "Common-house correction: house " + house + ", " + Texts.period(first, Language.EN) + "–"
                            + Texts.period(last, Language.EN) + ", issued in " + Texts.period(issuedIn, Language.EN),
                    entries));
        }
        return new Result(recalculated, corrections);
    }
}
