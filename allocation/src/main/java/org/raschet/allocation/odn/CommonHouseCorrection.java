package org.raschet.allocation.odn;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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

/**
 * Corrections of common-house shares (перерасчёт ОДН): a late reading or any change of a premise's volume changes
 * the distributable volume, so every premise's share of the month changes, and through the carried balance every
 * later month's too. The months are recalculated with today's volumes and, for each premise and month, a correction
 * line carries the new share and charge less what was billed (DESIGN: history is never rewritten).
 */
public final class CommonHouseCorrection {
    private CommonHouseCorrection() {
    }

    /**
     * The months recalculated and the correction lines against what was billed.
     *
     * @param recalculated the months' splits with today's volumes
     * @param corrections  one line per premise and month whose share or charge changed: new − billed, issued in the
     *                     period of the correction (kind common-house; {@code period} is the month corrected)
     */
    public record Result(List<HouseMonthSplit> recalculated, List<ChargeLine> corrections) {
        /** Copies the parts. */
        public Result {
            recalculated = List.copyOf(recalculated);
            corrections = List.copyOf(corrections);
        }
    }

    /**
     * Recalculates consecutive months of {@code house} and corrects what was billed for them.
     *
     * <p>Start the months at the first month whose volumes changed (or earlier), with the balance carried into it as
     * it was; pass every later month already billed, since the carried balance may change them too. A premise with
     * no billed line for a month counts as billed zero; recalculating again with the billed corrections added gives
     * no line.
     *
     * @param network      the network the house belongs to
     * @param house        the house
     * @param months       consecutive months with today's volumes, each with its price
     * @param openingCarry the negative balances carried into the first month, by split node
     * @param policy       the split's policies
     * @param billed       the common-house lines issued so far for these premises and months (originals and
     *                     earlier corrections)
     * @param issuedIn     the period the corrections are issued in, after every month corrected
     * @param sink         where the protocol goes
     * @return the recalculated months and the correction lines, by month then premise id
     * @throws MissingPolicyInputException if a month has no price
     * @throws InvalidValueException       if a billed line is not a common-house line of a premise of the house for
     *                                     one of the months, or {@code issuedIn} is not after every month
     */
    public static Result recalculate(Network network, NodeId house, List<HouseMonth> months,
                                     Map<NodeId, Quantity> openingCarry, OdnPolicy policy, List<ChargeLine> billed,
                                     YearMonth issuedIn, ProtocolSink sink) {
        Objects.requireNonNull(issuedIn, "issuedIn");
        String entity = "house " + house;
        CommonHouseSplit.checkConsecutive(house, months);
        Map<YearMonth, Price> periods = new HashMap<>();
        for (HouseMonth m : months) {
            if (m.price().isEmpty()) {
                throw new MissingPolicyInputException(ErrorCode.POLICY_INPUT_MISSING, entity, m.period().atDay(1),
                        "no price given for " + m.period() + " to correct its common-house lines",
                        "odn.correction-price");
            }
            if (!issuedIn.isAfter(m.period())) {
                throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, entity, issuedIn.atDay(1),
                        "corrections issued in " + issuedIn + " cannot correct " + m.period() + " (not before it)",
                        "odn.correction-after-period");
            }
            periods.put(m.period(), m.price().get());
        }
        Set<AccountId> accounts = new HashSet<>();
        for (NodeId p : network.premisesUnder(house)) {
            accounts.add(AccountId.of(p.value()));
        }
        Map<AccountId, Map<YearMonth, long[]>> billedBy = new HashMap<>();
        for (ChargeLine l : billed) {
            if (l.kind() != ChargeKind.COMMON_HOUSE || !accounts.contains(l.account())
                    || !periods.containsKey(l.period())) {
                throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "account " + l.account(),
                        l.period().atDay(1), "billed line of kind " + l.kind() + " for " + l.period()
                        + " is not a common-house line of a premise of " + entity + " for the months recalculated",
                        "odn.correction-billed-lines");
            }
            if (!l.amount().getCurrency().equals(periods.get(l.period()).currency())
                    || l.quantity().unit() != periods.get(l.period()).per()) {
                throw new InvalidValueException(ErrorCode.VALUE_UNIT_MISMATCH, "account " + l.account(),
                        l.period().atDay(1), "billed line " + l.quantity() + ", " + Amounts.format(l.amount())
                        + " differs in unit or currency from the price " + periods.get(l.period()),
                        "odn.correction-same-units");
            }
            long[] sum = billedBy.computeIfAbsent(l.account(), a -> new HashMap<>())
                    .computeIfAbsent(l.period(), p -> new long[2]);
            sum[0] = Exact.add(sum[0], l.quantity().micros(), entity + " billed volume");
            sum[1] = Exact.add(sum[1], l.amountMinor(), entity + " billed amount");
        }

        ProtocolSink splitSink = sink.child();
        List<HouseMonthSplit> recalculated = CommonHouseSplit.months(network, house, months, openingCarry, policy,
                splitSink);
        List<ChargeLine> corrections = new ArrayList<>();
        List<ProtocolEntry> entries = new ArrayList<>(ProtocolSink.entriesOf(splitSink));
        for (HouseMonthSplit split : recalculated) {
            for (PremiseShare share : split.shares()) {
                ChargeLine now = share.line().orElseThrow();
                long[] was = billedBy.getOrDefault(now.account(), Map.of()).getOrDefault(split.period(), new long[2]);
                long dv = Exact.subtract(now.quantity().micros(), was[0], entity + " volume correction");
                long dp = Exact.subtract(now.amountMinor(), was[1], entity + " amount correction");
                if (dv == 0 && dp == 0) {
                    continue;
                }
                Price price = now.price();
                Quantity dq = Quantity.ofMicros(dv, now.quantity().unit());
                corrections.add(new ChargeLine(now.account(), now.service(), split.period(), issuedIn,
                        Register.TOTAL, ChargeKind.COMMON_HOUSE, Days.of(split.period()), dq, price,
                        Amounts.ofMinor(dp, price.currency())));
                if (sink.enabled()) {
                    int digits = price.currency().getDefaultFractionDigits();
                    String cur = price.currency().getCurrencyCode();
                    Quantity wasQ = Quantity.ofMicros(was[0], dq.unit());
                    entries.add(new ProtocolSection(
                            "Перерасчёт: помещение " + share.premise() + ", "
                                    + Texts.period(split.period(), Language.RU),
                            "Correction: premise " + share.premise() + ", "
                                    + Texts.period(split.period(), Language.EN),
                            List.of(ProtocolStep.of(Formulas.ODN_CORRECTION_VOLUME,
                                            List.of(Texts.input("Vi", now.quantity()), Texts.input("Vb", wasQ)),
                                            Texts.input("dV", dq))
                                            .withNote(new Note("odn.correction-issued",
                                                    "перерасчёт выставлен в периоде: "
                                                            + Texts.period(issuedIn, Language.RU),
                                                    "correction issued in period: "
                                                            + Texts.period(issuedIn, Language.EN))),
                                    ProtocolStep.of(Formulas.ODN_CORRECTION_AMOUNT,
                                            List.of(Input.of("P", now.amountMinor(), digits, cur),
                                                    Input.of("Pb", was[1], digits, cur)),
                                            Input.of("dP", dp, digits, cur)))));
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
