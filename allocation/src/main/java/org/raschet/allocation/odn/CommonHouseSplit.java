package org.raschet.allocation.odn;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.raschet.core.account.AccountId;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidNetworkException;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.error.MissingPolicyInputException;
import org.raschet.core.error.TariffCoverageException;
import org.raschet.core.error.TariffPriceException;
import org.raschet.core.ledger.ChargeKind;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.meter.Register;
import org.raschet.core.money.Amounts;
import org.raschet.core.money.Price;
import org.raschet.core.money.RoundingRule;
import org.raschet.core.protocol.Formulas;
import org.raschet.core.protocol.Input;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.LegalRefs;
import org.raschet.core.protocol.Note;
import org.raschet.core.protocol.ProtocolEntry;
import org.raschet.core.protocol.ProtocolSection;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.core.quantity.Area;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Unit;
import org.raschet.core.split.Exact;
import org.raschet.core.split.Split;
import org.raschet.core.time.Days;
import org.raschet.tariffs.pricing.CommonHouseRequest;
import org.raschet.tariffs.pricing.Pricing;
import org.raschet.tariffs.pricing.PricingResult;

/**
 * The common-house split (распределение объёма коммунального ресурса на содержание общего имущества, ОДН / КР на
 * СОИ) of a house for a billing period, and over consecutive periods carrying a negative volume forward (LEGAL §6).
 *
 * <ul>
 *   <li>Volume to share: V = house meter − Σ the premises' individual volumes (residential and non-residential,
 *       whatever their basis: meter, average, normative) (354 p.44, App. 2; 491 p.29(2)). Without a house meter:
 *       V = N × S_common, rounded half-up to 10⁻⁶ unit.</li>
 *   <li>Negative V: zero shares for the month and nothing subtracted from individual charges; by the
 *       {@link NegativeVolumePolicy} default it is carried forward: V_d = max(V + B, 0), B' = min(V + B, 0) with
 *       B ≤ 0 the balance carried in (Minstroy letter of 04.06.2025 No. 32320-ДН/04). The carried balance reduces
 *       the month's volume whatever its basis (a normative month too), before the cap.</li>
 *   <li>Shares: V_d × S_i / S_total, apportioned exactly to 10⁻⁶ unit by the largest-remainder rule
 *       ({@link Split#largestRemainder}) in premise id order, so they sum to V_d and do not depend on the order the
 *       premises were given.</li>
 *   <li>Cap (354 p.44; ЖК Art. 156 p.9.2), unless the general meeting decided to share the actual volume: each
 *       premise's share is at most its cap, the largest-remainder share of the house's normative volume N × S_common
 *       over the same areas (so the caps add up exactly to N × S_common, and a premise never pays more than its
 *       apportioned cap, which is within 10⁻⁶ of the exact N × S_common × S_i / S_total); the excess is reported
 *       as borne by the management company (or supplier).</li>
 *   <li>Lower split nodes ({@link SplitLevelPolicy}): a metered entrance or riser shares its own imbalance
 *       (its meter − Σ the volumes below it) among the premises below it, and the house shares its meter less those
 *       nodes' meters and the other premises among all its premises. A premise's shares add up before the cap.</li>
 * </ul>
 * Each premise's charge line is priced on its own and rounded once, half-up to kopecks
 * ({@link RoundingRule#KOPECKS_HALF_UP}); no kopeck moves between premises. A month is priced either at one price
 * ({@link HouseMonth#withPrice}: one line per premise over the month) or by the premises' tariff schedules
 * ({@link HouseMonth#withTariffs(CommonHouseTariffs)}): each share is spread over the month's days by the tariffs'
 * {@link org.raschet.tariffs.pricing.MonthSpreadPolicy} (default: equal days, cumulative rounding, exact sum) and
 * priced by {@link Pricing#commonHouse}, one line per run of days at one price (a tariff may change on any day,
 * LEGAL §10), each line rounded on its own.
 */
public final class CommonHouseSplit {
    /** The rounding of each premise's common-house charge line: half-up to kopecks, once per line (LEGAL §6, §11). */
    public static final RoundingRule ROUNDING = RoundingRule.KOPECKS_HALF_UP;

    private CommonHouseSplit() {
    }

    /**
     * The split of {@code house} for one billing period.
     *
     * @param network the network the house belongs to
     * @param house   the house
     * @param month   the month's volumes, normative and price
     * @param carryIn the negative balances carried in, by split node (≤ 0; absent means zero)
     * @param policy  the split's policies
     * @param sink    where the protocol goes ({@link ProtocolSink#NONE} for none)
     * @return the shares, the node reports and, where the month is priced, the charge lines
     * @throws InvalidNetworkException     naming the node if {@code house} is not a house, or a volume the split
     *                                     needs (the house meter, a lower split node's meter, a premise) is missing
     * @throws MissingPolicyInputException if the normative is needed (no house meter, or the cap) but not given, or
     *                                     the month is priced by tariffs and a premise has no tariff schedule
     * @throws InvalidValueException       if a carried balance is positive, of another unit, for a node that is not
     *                                     a split node, or non-zero while the policy does not carry
     * @throws TariffCoverageException     if a premise's tariff schedule does not cover a day of the month once
     * @throws TariffPriceException        if a premise's tariff schedule has price blocks on a day of the month
     */
    public static HouseMonthSplit month(Network network, NodeId house, HouseMonth month,
                                        Map<NodeId, Quantity> carryIn, OdnPolicy policy, ProtocolSink sink) {
        return new Run(network, house, month, carryIn, policy, sink).run();
    }

    /**
     * The split of {@code house} over consecutive billing periods, each month's carried balance passed to the next.
     *
     * @param network     the network the house belongs to
     * @param house       the house
     * @param months      consecutive months, in order
     * @param openingCarry the negative balances carried into the first month, by split node
     * @param policy      the split's policies
     * @param sink        where the protocol goes
     * @return one split per month, in order
     * @throws InvalidValueException if the months are not consecutive
     * @see #month
     */
    public static List<HouseMonthSplit> months(Network network, NodeId house, List<HouseMonth> months,
                                               Map<NodeId, Quantity> openingCarry, OdnPolicy policy,
                                               ProtocolSink sink) {
        checkConsecutive(house, months);
        List<HouseMonthSplit> out = new ArrayList<>(months.size());
        Map<NodeId, Quantity> carry = openingCarry;
        for (HouseMonth m : months) {
            HouseMonthSplit s = month(network, house, m, carry, policy, sink);
            out.add(s);
            carry = s.carryOut();
        }
        return List.copyOf(out);
    }

    static void checkConsecutive(NodeId house, List<HouseMonth> months) {
        for (int i = 1; i < months.size(); i++) {
            YearMonth prev = months.get(i - 1).period();
            YearMonth cur = months.get(i).period();
            if (!cur.equals(prev.plusMonths(1))) {
                throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "house " + house, cur.atDay(1),
                        "period " + cur + " does not follow " + prev, "odn.months-consecutive");
            }
        }
    }

    /** One month's calculation; holds its intermediate figures. */
    private static final class Run {
        private final Network network;
        private final NodeId house;
        private final NetworkNode houseNode;
        private final HouseData data;
        private final HouseMonth month;
        private final Map<NodeId, Quantity> carryIn;
        private final OdnPolicy policy;
        private final ProtocolSink sink;
        private final Unit unit;
        private final LocalDate date;
        private final String entity;

        Run(Network network, NodeId house, HouseMonth month, Map<NodeId, Quantity> carryIn, OdnPolicy policy,
            ProtocolSink sink) {
            this.network = network;
            this.house = house;
            this.houseNode = network.get(house);
            this.month = month;
            this.carryIn = Map.copyOf(carryIn);
            this.policy = policy;
            this.sink = sink;
            this.unit = month.volumes().resource().unit();
            this.date = month.period().atDay(1);
            this.entity = "house " + house;
            if (houseNode.kind() != NodeKind.HOUSE) {
                throw new InvalidNetworkException(ErrorCode.NETWORK_INVALID, house.value(), date,
                        "the " + houseNode.kind().nameEn() + " is not a house", "odn.split-of-a-house");
            }
            this.data = houseNode.house().orElseThrow();
        }

        HouseMonthSplit run() {
            month.volumes().checkAgainst(network);
            boolean metered = houseNode.metered();
            boolean cap = !data.sharesActualVolume();
            List<NodeId> premises = network.premisesUnder(house);
            long totalE4 = areaSum(premises);

            // Split nodes: the house, then metered lower nodes the policy names (only under a house meter).
            List<NodeId> splitNodes = new ArrayList<>();
            splitNodes.add(house);
            boolean lowerIgnored = false;
            for (NodeId d : descendants(house)) {
                NetworkNode n = network.get(d);
                if (n.kind() != NodeKind.PREMISE && policy.splitLevel().splitsAt(n)) {
                    if (metered) {
                        splitNodes.add(d);
                    } else {
                        lowerIgnored = true;
                    }
                }
            }
            checkCarryIn(splitNodes);

            List<ProtocolEntry> houseEntries = new ArrayList<>();
            Optional<Quantity> normativeVolume = Optional.empty();
            if (!metered || cap) {
                normativeVolume = Optional.of(normativeVolume(houseEntries, metered, lowerIgnored));
            }

            List<SplitNodeReport> reports = new ArrayList<>();
            Map<NodeId, long[]> sharesBy = new HashMap<>();
            Map<NodeId, long[]> unitsBy = new HashMap<>();
            Map<NodeId, Map<NodeId, Integer>> indexBy = new HashMap<>();
            long distributedTotal = 0;
            for (NodeId s : splitNodes) {
                List<ProtocolEntry> nodeEntries = new ArrayList<>();
                SplitNodeReport r = splitNode(s, splitNodes, normativeVolume, nodeEntries);
                reports.add(r);
                List<NodeId> under = network.premisesUnder(s);
                long[] weights = weights(under);
                long vd = r.distributed().micros();
                long[] parts = vd == 0 ? new long[under.size()] : Split.largestRemainder(vd, weights);
                sharesBy.put(s, parts);
                unitsBy.put(s, leftoverUnits(vd, weights, r.area().e4(), parts));
                Map<NodeId, Integer> index = new HashMap<>();
                for (int k = 0; k < under.size(); k++) {
                    index.put(under.get(k), k);
                }
                indexBy.put(s, index);
                distributedTotal = Exact.add(distributedTotal, vd, entity + " distributed volume");
                if (sink.enabled()) {
                    noteOn(nodeEntries, Formulas.ODN_AFTER_CARRY.id(), remainderNote("Доли узла " + s,
                            "Shares of node " + s, "Vd", unitsBy.get(s)));
                    NetworkNode n = network.get(s);
                    houseEntries.add(new ProtocolSection(
                            "Узел распределения " + s + " (" + n.kind().nameRu() + ")",
                            "Split node " + s + " (" + n.kind().nameEn() + ")", nodeEntries));
                }
            }

            long[] caps = null;
            long[] capUnits = null;
            long[] houseWeights = weights(premises);
            if (cap) {
                long vn = normativeVolume.orElseThrow().micros();
                caps = vn == 0 ? new long[premises.size()] : Split.largestRemainder(vn, houseWeights);
                capUnits = leftoverUnits(vn, houseWeights, totalE4, caps);
                if (sink.enabled()) {
                    noteOn(houseEntries, Formulas.ODN_NORMATIVE_VOLUME.id(), new Note("odn.cap-apportioned",
                            "ограничение (Правила № 354, п. 44; ЖК РФ, ст. 156, ч. 9.2): доля помещения не больше "
                                    + "Ci — его доли объёма Vn по площади, распределённого так же, как объём Vd",
                            "cap (Rules No. 354, p. 44; Housing Code Art. 156 p. 9.2): a premise's share is at most "
                                    + "Ci, its share by area of the volume Vn, apportioned as the volume Vd is"));
                    noteOn(houseEntries, Formulas.ODN_NORMATIVE_VOLUME.id(), remainderNote("Предельные объёмы Ci",
                            "Caps Ci", "Vn", capUnits));
                }
            }

            Optional<Price> price = month.price();
            List<PremiseShare> shares = new ArrayList<>(premises.size());
            long chargedTotal = 0;
            for (int i = 0; i < premises.size(); i++) {
                NodeId p = premises.get(i);
                Area area = network.areaOf(p);
                List<ProtocolEntry> steps = new ArrayList<>();
                Map<NodeId, Quantity> byNode = new LinkedHashMap<>();
                long raw = 0;
                boolean first = true;
                for (NodeId s : splitNodes) {
                    Integer k = indexBy.get(s).get(p);
                    if (k == null) {
                        continue;
                    }
                    long part = sharesBy.get(s)[k];
                    byNode.put(s, q(part));
                    SplitNodeReport r = reports.get(splitNodes.indexOf(s));
                    if (sink.enabled()) {
                        ProtocolStep step = ProtocolStep.of(Formulas.ODN_SHARE,
                                List.of(Texts.input("Vd", r.distributed()), Texts.input("Si", area),
                                        Texts.input("St", r.area()),
                                        Input.of("d", unitsBy.get(s)[k], 0, "1")),
                                Texts.input("Vs", q(part)));
                        steps.add(step);
                        if (!first) {
                            steps.add(ProtocolStep.of(Formulas.ODN_SHARE_SUM,
                                    List.of(Texts.input("Va", q(raw)), Texts.input("Vs", q(part))),
                                    Texts.input("Vr", q(raw + part))));
                        }
                    }
                    raw = Exact.add(raw, part, entity + " share of " + p);
                    first = false;
                }
                long share = raw;
                Optional<Quantity> capQ = Optional.empty();
                if (cap) {
                    share = Math.min(raw, caps[i]);
                    capQ = Optional.of(q(caps[i]));
                    if (sink.enabled()) {
                        steps.add(ProtocolStep.of(Formulas.ODN_CAP,
                                List.of(Texts.input("Vn", normativeVolume.orElseThrow()), Texts.input("Si", area),
                                        Texts.input("St", Area.ofE4(totalE4)), Input.of("d", capUnits[i], 0, "1")),
                                Texts.input("Ci", q(caps[i]))));
                        steps.add(ProtocolStep.of(Formulas.ODN_CAPPED_SHARE,
                                List.of(Texts.input("Vr", q(raw)), Texts.input("Ci", q(caps[i]))),
                                Texts.input("Vi", q(share))));
                        steps.add(ProtocolStep.of(Formulas.ODN_EXCESS,
                                List.of(Texts.input("Vr", q(raw)), Texts.input("Vi", q(share))),
                                Texts.input("Ei", q(raw - share))));
                    }
                } else if (sink.enabled() && !steps.isEmpty()) {
                    int last = steps.size() - 1;
                    steps.set(last, ((ProtocolStep) steps.get(last)).withNote(noCapNote()));
                }
                chargedTotal = Exact.add(chargedTotal, share, entity + " charged volume");
                List<ChargeLine> lines = List.of();
                if (price.isPresent()) {
                    lines = List.of(line(p, q(share), price.get(), steps));
                } else if (month.tariffs().isPresent()) {
                    lines = linesByTariffs(p, q(share), month.tariffs().get(), steps);
                }
                Optional<ChargeLine> line = lines.size() == 1 ? Optional.of(lines.get(0)) : Optional.empty();
                shares.add(new PremiseShare(p, area, byNode, q(raw), capQ, q(share), q(raw - share), line, lines));
                if (sink.enabled()) {
                    houseEntries.add(new ProtocolSection(
                            "Помещение " + p + ", " + (network.get(p).residential() ? "жилое" : "нежилое"),
                            "Premise " + p + ", " + (network.get(p).residential() ? "residential" : "non-residential"),
                            steps));
                }
            }
            long excess = Exact.subtract(distributedTotal, chargedTotal, entity + " excess");
            if (sink.enabled() && cap) {
                houseEntries.add(ProtocolStep.of(Formulas.ODN_HOUSE_EXCESS,
                                List.of(Texts.input("Vd", q(distributedTotal)), Texts.input("Vp", q(chargedTotal))),
                                Texts.input("E", q(excess)))
                        .withNote(new Note("odn.excess-bearer", "превышение несёт: " + data.excessBearer().nameRu(),
                                "the excess is borne by: " + data.excessBearer().nameEn())));
            }
            if (sink.enabled()) {
                sink.add(new ProtocolSection(
                        "Общедомовые нужды: дом " + house + ", " + Texts.period(month.period(), Language.RU) + ", "
                                + month.volumes().resource().nameRu(),
                        "Common-house needs: house " + house + ", " + Texts.period(month.period(), Language.EN)
                                + ", " + month.volumes().resource().nameEn(), houseEntries));
            }
            return new HouseMonthSplit(house, month.period(), month.volumes().resource(), !metered, normativeVolume,
                    cap, data.excessBearer(), Area.ofE4(totalE4), reports, shares, q(distributedTotal),
                    q(chargedTotal), q(excess));
        }

        private Quantity normativeVolume(List<ProtocolEntry> entries, boolean metered, boolean lowerIgnored) {
            CommonNormative n = month.normative().orElseThrow(() -> new MissingPolicyInputException(
                    ErrorCode.POLICY_INPUT_MISSING, entity, date,
                    "no common-property normative given for " + month.period() + " (needed "
                            + (metered ? "for the cap" : "without a house meter") + ")", "odn.normative-given"));
            Area sc = data.commonPropertyArea();
            // N (10^-6 unit per m2) × S_common (10^-4 m2) = 10^-10 unit; keep 10^-6, half-up (354 p.44).
            long vn = Exact.multiplyScaled(n.microsPerM2(), sc.e4(), Area.SCALE, RoundingMode.HALF_UP,
                    entity + " normative volume");
            if (sink.enabled()) {
                ProtocolStep step = ProtocolStep.of(Formulas.ODN_NORMATIVE_VOLUME,
                        List.of(Input.of("N", n.microsPerM2(), Quantity.SCALE, unit.code() + "/m2"),
                                Texts.input("Sc", sc)), Texts.input("Vn", q(vn)));
                if (!metered) {
                    step = step.withNote(new Note("odn.no-house-meter",
                            "общедомового прибора учёта нет: распределяется объём по нормативу, V = Vn",
                            "no house meter: the normative volume is shared, V = Vn"));
                }
                if (lowerIgnored) {
                    step = step.withNote(new Note("odn.lower-split-ignored",
                            "без общедомового прибора учёта распределение по нижестоящим узлам не выполняется: "
                                    + "норматив покрывает всё общее имущество дома",
                            "without a house meter no lower node is split: the normative covers all the "
                                    + "house's common property"));
                }
                entries.add(step);
            }
            return q(vn);
        }

        private SplitNodeReport splitNode(NodeId s, List<NodeId> splitNodes, Optional<Quantity> normativeVolume,
                                          List<ProtocolEntry> entries) {
            NetworkNode n = network.get(s);
            boolean isHouse = s.equals(house);
            Optional<VolumeByBasis> meter = Optional.empty();
            Optional<VolumeByBasis> individual = Optional.empty();
            Quantity lower = Quantity.zero(unit);
            Quantity v;
            int counted = 0;
            if (isHouse && !n.metered()) {
                v = normativeVolume.orElseThrow();
            } else {
                meter = Optional.of(month.volumes().require(s, "the meter of " + n.kind().nameEn() + " " + s));
                VolumeByBasis ind = VolumeByBasis.zero(unit);
                boolean nested = false;
                Deque<NodeId> stack = new ArrayDeque<>(network.childrenOf(s));
                while (!stack.isEmpty()) {
                    NodeId c = stack.pop();
                    NetworkNode cn = network.get(c);
                    if (cn.kind() == NodeKind.PREMISE) {
                        ind = ind.plus(month.volumes().require(c, "premise " + c));
                        counted++;
                    } else if (splitNodes.contains(c)) {
                        nested = true;
                        lower = lower.plus(month.volumes().require(c, "the meter of " + cn.kind().nameEn() + " "
                                + c).total());
                    } else {
                        network.childrenOf(c).forEach(stack::push);
                    }
                }
                individual = Optional.of(ind);
                v = meter.get().total().minus(ind.total()).minus(lower);
                if (sink.enabled()) {
                    List<Input> inputs = new ArrayList<>(List.of(Texts.input("Vm", meter.get().total()),
                            Texts.input("Vind", ind.total())));
                    if (nested) {
                        inputs.add(Texts.input("Vsub", lower));
                    }
                    ProtocolStep step = ProtocolStep.of(nested ? Formulas.ODN_DISTRIBUTABLE_NESTED
                                    : Formulas.ODN_DISTRIBUTABLE, inputs, Texts.input("V", v))
                            .withNote(individualNote(counted, ind));
                    if (isHouse) {
                        step = step.withNote(policy.splitLevel().note());
                    }
                    entries.add(step);
                }
            }
            Quantity b = carryIn.getOrDefault(s, Quantity.zero(unit));
            long sum = Exact.add(v.micros(), b.micros(), entity + " volume after carry");
            Quantity vd = q(Math.max(sum, 0));
            Quantity b1 = q(policy.negativeVolume().carriesForward() ? Math.min(sum, 0) : 0);
            if (sink.enabled()) {
                entries.add(ProtocolStep.of(Formulas.ODN_AFTER_CARRY,
                                List.of(Texts.input("V", v), Texts.input("B", b)), Texts.input("Vd", vd))
                        .withNote(policy.negativeVolume().note()));
                if (policy.negativeVolume().carriesForward()) {
                    entries.add(ProtocolStep.of(Formulas.ODN_CARRY_OUT,
                            List.of(Texts.input("V", v), Texts.input("B", b)), Texts.input("B1", b1)));
                }
            }
            List<NodeId> under = network.premisesUnder(s);
            return new SplitNodeReport(s, n.kind(), meter, individual, lower, v, b, vd, b1,
                    Area.ofE4(areaSum(under)), under.size());
        }

        private ChargeLine line(NodeId p, Quantity share, Price price, List<ProtocolEntry> steps) {
            long amount = price.chargeMinor(share, ROUNDING);
            int digits = price.currency().getDefaultFractionDigits();
            if (sink.enabled()) {
                steps.add(ProtocolStep.of(Formulas.ODN_CHARGE,
                                List.of(Texts.input("Vi", share),
                                        Input.of("T", price.e4(), Price.SCALE,
                                                price.currency().getCurrencyCode() + "/" + unit.code())),
                                Input.of("P", amount, digits, price.currency().getCurrencyCode()))
                        .withNote(new Note(LegalRefs.POLICY_ROUNDING.id(), LegalRefs.POLICY_ROUNDING.ru(),
                                LegalRefs.POLICY_ROUNDING.en())));
            }
            return new ChargeLine(AccountId.of(p.value()), month.volumes().resource(), month.period(), month.period(),
                    Register.TOTAL, ChargeKind.COMMON_HOUSE, Days.of(month.period()), share, price,
                    Amounts.ofMinor(amount, price.currency()));
        }

        /**
         * The share's lines at the tariffs of the month's days: spread over the days by the tariffs' policy, one line
         * per run of days at one price, each rounded on its own (354 p.44; LEGAL §6, §10, §11).
         */
        private List<ChargeLine> linesByTariffs(NodeId p, Quantity share, CommonHouseTariffs tariffs,
                                                List<ProtocolEntry> steps) {
            CommonHouseRequest request = new CommonHouseRequest(AccountId.of(p.value()), tariffs.tariffOf(p),
                    month.period(), share, tariffs.spread(), tariffs.policies());
            ProtocolSink pricing = sink.child();
            PricingResult result = Pricing.commonHouse(request, pricing);
            if (sink.enabled()) {
                steps.addAll(ProtocolSink.entriesOf(pricing));
            }
            return result.chargeLines();
        }

        private void checkCarryIn(List<NodeId> splitNodes) {
            for (Map.Entry<NodeId, Quantity> e : carryIn.entrySet()) {
                Quantity b = e.getValue();
                String node = "carried balance of node " + e.getKey();
                if (b.unit() != unit) {
                    throw new InvalidValueException(ErrorCode.VALUE_UNIT_MISMATCH, entity, date,
                            node + " " + b + " is not in " + unit, "odn.carry-unit");
                }
                if (b.micros() > 0) {
                    throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, entity, date,
                            node + " " + b + " is positive", "odn.carry-non-positive");
                }
                if (b.isZero()) {
                    continue;
                }
                if (!splitNodes.contains(e.getKey())) {
                    throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, entity, date,
                            node + " " + b + " is given but the node is not a split node of the house",
                            "odn.carry-of-split-node");
                }
                if (!policy.negativeVolume().carriesForward()) {
                    throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, entity, date,
                            node + " " + b + " is given but the policy " + policy.negativeVolume().id()
                                    + " carries nothing", "odn.carry-by-policy");
                }
            }
        }

        private List<NodeId> descendants(NodeId root) {
            List<NodeId> out = new ArrayList<>();
            Deque<NodeId> stack = new ArrayDeque<>();
            List<NodeId> cs = network.childrenOf(root);
            for (int i = cs.size() - 1; i >= 0; i--) {
                stack.push(cs.get(i));
            }
            while (!stack.isEmpty()) {
                NodeId at = stack.pop();
                out.add(at);
                List<NodeId> more = network.childrenOf(at);
                for (int i = more.size() - 1; i >= 0; i--) {
                    stack.push(more.get(i));
                }
            }
            return out;
        }

        private long areaSum(List<NodeId> premises) {
            long sum = 0;
            for (NodeId p : premises) {
                sum = Exact.add(sum, network.areaOf(p).e4(), entity + " area");
            }
            return sum;
        }

        private long[] weights(List<NodeId> premises) {
            long[] w = new long[premises.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = network.areaOf(premises.get(i)).e4();
            }
            return w;
        }

        private Quantity q(long micros) {
            return Quantity.ofMicros(micros, unit);
        }

        private Note individualNote(int counted, VolumeByBasis ind) {
            return new Note("odn.individual-volumes",
                    "Vind — сумма по " + counted + " помещениям: по показаниям "
                            + Texts.value(ind.measured(), Language.RU) + ", по среднему "
                            + Texts.value(ind.forecast(), Language.RU) + ", по нормативу "
                            + Texts.value(ind.normative(), Language.RU),
                    "Vind sums " + counted + " premises: measured " + Texts.value(ind.measured(), Language.EN)
                            + ", forecast " + Texts.value(ind.forecast(), Language.EN) + ", normative "
                            + Texts.value(ind.normative(), Language.EN));
        }

        /** Adds {@code note} to the first step of {@code entries} computing formula {@code formulaId}. */
        private static void noteOn(List<ProtocolEntry> entries, String formulaId, Note note) {
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i) instanceof ProtocolStep step && step.formula().id().equals(formulaId)) {
                    entries.set(i, step.withNote(note));
                    return;
                }
            }
        }

        private static Note remainderNote(String ofRu, String ofEn, String volume, long[] units) {
            long given = 0;
            for (long u : units) {
                given += u;
            }
            return new Note("odn.largest-remainder",
                    ofRu + " по площади: " + volume + " × Si / St округляется вниз до 10⁻⁶; единицы 10⁻⁶, "
                            + "оставшиеся после округления (" + given + "), получают по одной помещения с наибольшими "
                            + "остатками (d = 1), при равных остатках — в порядке идентификаторов; сумма долей точно "
                            + "равна " + volume + " (Split.largestRemainder)",
                    ofEn + " by area: " + volume + " × Si / St is rounded down to 10⁻⁶; the units of 10⁻⁶ left over ("
                            + given + ") go one each to the premises with the largest remainders (d = 1), ties in id "
                            + "order; the shares add up exactly to " + volume + " (Split.largestRemainder)");
        }

        private static Note noCapNote() {
            return new Note("odn.actual-volume-decision",
                    "решением общего собрания распределяется фактический объём без ограничения нормативом "
                            + "(Правила № 354, п. 44)",
                    "the general meeting decided to share the actual volume without the normative cap "
                            + "(Rules No. 354, p. 44)");
        }
    }

    /**
     * The 10⁻⁶ units the largest-remainder rule added to each part: {@code parts[i] − floor(total × w_i / W)}, each
     * 0 or 1 ({@code total ≥ 0}).
     */
    static long[] leftoverUnits(long total, long[] weights, long weightSum, long[] parts) {
        long[] units = new long[parts.length];
        if (total == 0) {
            return units;
        }
        BigInteger t = BigInteger.valueOf(total);
        BigInteger w = BigInteger.valueOf(weightSum);
        for (int i = 0; i < parts.length; i++) {
            long floor = t.multiply(BigInteger.valueOf(weights[i])).divide(w).longValueExact();
            units[i] = parts[i] - floor;
        }
        return units;
    }

}
