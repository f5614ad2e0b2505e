package org.raschet.allocation.penalty;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import org.raschet.allocation.internal.Texts;
import org.raschet.allocation.payment.Allocation;
import org.raschet.allocation.payment.Application;
import org.raschet.allocation.payment.AppliedPart;
import org.raschet.allocation.payment.DebtPolicies;
import org.raschet.allocation.payment.ObligationPosition;
import org.raschet.core.error.RateScheduleException;
import org.raschet.core.ledger.Obligation;
import org.raschet.core.money.Amounts;
import org.raschet.core.protocol.Formulas;
import org.raschet.core.protocol.Input;
import org.raschet.core.protocol.Note;
import org.raschet.core.protocol.ProtocolEntry;
import org.raschet.core.protocol.ProtocolSection;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.protocol.ProtocolStep;

/**
 * Penalties for late payment (пени) by ЖК РФ ст. 155 ч. 14 (LEGAL §9), per obligation:
 * <ul>
 *   <li>day 1 is the day after the due date; days 1–30 accrue nothing, days 31–90 accrue base × rate × 1/300 a
 *       day, days from 91 base × rate × 1/130, through the day of payment; no penalty on penalties;</li>
 *   <li>a part paid late accrues through its payment day and the base is reduced from the next day, so the debt
 *       splits into portions: each part paid late, and the part still unpaid on the calculation date;</li>
 *   <li>each portion has one rate for its whole delay: the key rate on its payment day, or on the calculation
 *       date if unpaid, by the rate rule in force that day (e.g. min(9.5 %, key rate) under Decree No. 474);</li>
 *   <li>moratorium days accrue nothing but keep the day counter running;</li>
 *   <li>each range's amount is kept to 10⁻¹⁰ of the currency (so every protocol step re-evaluates exactly from
 *       its inputs), and the obligation's penalty is their sum rounded half-up to kopecks once.</li>
 * </ul>
 * Payments come from the allocation (principal applications with their dates); payments after the calculation
 * date are not counted.
 */
public final class PenaltyCalculator {
    /** Days after the due date that accrue nothing. */
    public static final int GRACE_DAYS = 30;
    /** The last day late charged at 1/300 of the rate; from the next day 1/130. */
    public static final int LAST_DAY_AT_300 = 90;

    private static final int RANGE_SCALE = 10;

    private PenaltyCalculator() {
    }

    /**
     * Penalties on every obligation of {@code allocation} as of {@code calculationDate}.
     *
     * @param allocation      the allocation of the account's payments (its policies give the limitation rule)
     * @param calculationDate the calculation date: unpaid debt accrues through it
     * @param rules           key rates, rate rules and moratoriums
     * @param sink            where the protocol goes
     * @return the penalties per obligation
     * @throws RateScheduleException if the key-rate or rate-rule schedule does not cover a rate day
     */
    public static PenaltyReport calculate(Allocation allocation, LocalDate calculationDate, PenaltyRules rules,
                                          ProtocolSink sink) {
        List<ObligationPenalty> out = new ArrayList<>();
        List<ProtocolEntry> sections = new ArrayList<>();
        for (ObligationPosition p : allocation.positions()) {
            ObligationPenalty op = obligation(p.obligation(),
                    allocation.applicationsTo(p.key(), AppliedPart.PRINCIPAL), calculationDate, rules,
                    allocation.policies(), allocation.currency(), sections, sink.enabled());
            out.add(op);
        }
        if (sink.enabled()) {
            sink.add(new ProtocolSection("Пени на " + Texts.ru(calculationDate) + ": лицевой счёт "
                    + allocation.account(), "Penalties as of " + Texts.en(calculationDate) + ": account "
                    + allocation.account(), sections));
        }
        return new PenaltyReport(allocation.account(), allocation.currency(), calculationDate, out);
    }

    private static ObligationPenalty obligation(Obligation o, List<Application> paid, LocalDate calc,
                                                PenaltyRules rules, DebtPolicies policies, CurrencyUnit c,
                                                List<ProtocolEntry> sections, boolean protocol) {
        LocalDate due = o.dueDate();
        TreeMap<LocalDate, Long> late = new TreeMap<>();
        long paidTotal = 0;
        for (Application a : paid) {
            if (a.date().isAfter(calc)) {
                continue;
            }
            paidTotal += a.amountMinor();
            if (a.date().isAfter(due)) {
                late.merge(a.date(), a.amountMinor(), Long::sum);
            }
        }
        List<PortionSpec> specs = new ArrayList<>();
        for (Map.Entry<LocalDate, Long> e : late.entrySet()) {
            specs.add(new PortionSpec(e.getValue(), Optional.of(e.getKey()), e.getKey()));
        }
        long rest = o.amountMinor() - paidTotal;
        if (rest > 0 && calc.isAfter(due)) {
            specs.add(new PortionSpec(rest, Optional.empty(), calc));
        }
        List<long[]> moratoriumDays = moratoriumDays(o, rules);
        List<PenaltyPortion> portions = new ArrayList<>();
        List<ProtocolEntry> entries = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO.setScale(RANGE_SCALE);
        for (PortionSpec s : specs) {
            PortionResult r = portion(o, s, rules, moratoriumDays, c, protocol);
            portions.add(r.portion);
            sum = sum.add(r.sum);
            if (protocol) {
                entries.add(r.section);
            }
        }
        BigDecimal rounded = sum.setScale(2, RoundingMode.HALF_UP);
        long minor = rounded.movePointRight(2).longValueExact();
        boolean expired = calc.isAfter(policies.limitation().lastDay(due, policies.calendar()));
        if (protocol && !specs.isEmpty()) {
            ProtocolStep total = ProtocolStep.of(Formulas.PENALTY_TOTAL,
                    List.of(Input.of("S", sum, c.getCurrencyCode())), Input.of("P", minor, 2, c.getCurrencyCode()))
                    .withNote(new Note("penalty.sum",
                            "S — сумма пеней по интервалам выше; округление до копеек один раз по обязательству",
                            "S is the sum of the ranges above; rounded to kopecks once per obligation"));
            if (expired) {
                total = total.withNote(new Note("penalty.limitation-expired",
                        "срок исковой давности по основному долгу истёк: пени истекают вместе с ним (ГК РФ ст. 207); "
                                + "сумма показана, но не подлежит взысканию при заявлении должника",
                        "the principal's limitation has expired: the penalties expire with it (Civil Code Art. 207); "
                                + "shown, but not recoverable on the debtor's motion"));
            }
            entries.add(total);
            sections.add(new ProtocolSection("Пени по обязательству " + Texts.obligationRu(o.key()) + "; сумма "
                    + Texts.moneyRu(o.amountMinor(), c) + "; срок оплаты " + Texts.ru(due) + "; расчёт на "
                    + Texts.ru(calc), "Penalty on obligation " + Texts.obligationEn(o.key()) + "; amount "
                    + Texts.moneyEn(o.amountMinor(), c) + "; due " + Texts.en(due) + "; as of " + Texts.en(calc),
                    entries));
        }
        return new ObligationPenalty(o.key(), due, calc, portions, sum, Amounts.ofMinor(minor, c), expired);
    }

    private record PortionSpec(long baseMinor, Optional<LocalDate> paidOn, LocalDate through) {
    }

    private record PortionResult(PenaltyPortion portion, BigDecimal sum, ProtocolSection section) {
    }

    private static PortionResult portion(Obligation o, PortionSpec s, PenaltyRules rules, List<long[]> moratoria,
                                         CurrencyUnit c, boolean protocol) {
        LocalDate due = o.dueDate();
        int daysLate = Math.toIntExact(ChronoUnit.DAYS.between(due, s.through()));
        // ranges of day numbers: [first, last, kind, denominator]
        List<int[]> ranges = new ArrayList<>();
        ranges.add(new int[] {1, Math.min(GRACE_DAYS, daysLate), RangeKind.GRACE.ordinal(), 0});
        if (daysLate > GRACE_DAYS) {
            splitByMoratoria(ranges, GRACE_DAYS + 1, Math.min(LAST_DAY_AT_300, daysLate), 300, moratoria);
        }
        if (daysLate > LAST_DAY_AT_300) {
            splitByMoratoria(ranges, LAST_DAY_AT_300 + 1, daysLate, 130, moratoria);
        }
        boolean accrues = ranges.stream().anyMatch(r -> r[2] == RangeKind.ACCRUING.ordinal());
        Optional<KeyRate> key = Optional.empty();
        Optional<RateRule> rule = Optional.empty();
        long rateBp = 0;
        if (accrues) {
            key = Optional.of(rules.keyRates().on(s.through()));
            rule = Optional.of(rules.rateRules().on(s.through()));
            rateBp = rule.get().apply(key.get().basisPoints());
        }
        BigDecimal ratePercent = BigDecimal.valueOf(rateBp, 2);
        List<PenaltyRange> out = new ArrayList<>();
        List<ProtocolEntry> steps = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO.setScale(RANGE_SCALE);
        String cur = c.getCurrencyCode();
        if (protocol && accrues) {
            steps.add(rateStep(key.get(), rule.get(), rateBp, s));
        }
        for (int[] r : ranges) {
            RangeKind kind = RangeKind.values()[r[2]];
            int d = r[1] - r[0] + 1;
            LocalDate from = due.plusDays(r[0]);
            LocalDate through = due.plusDays(r[1]);
            BigDecimal amount = BigDecimal.ZERO.setScale(RANGE_SCALE);
            if (kind == RangeKind.ACCRUING) {
                // B × r / 100 × d / f with B in kopecks (/100) and r in basis points (/100): b·q·d / (10^6 · f)
                BigInteger num = BigInteger.valueOf(s.baseMinor()).multiply(BigInteger.valueOf(rateBp))
                        .multiply(BigInteger.valueOf(d));
                amount = new BigDecimal(num).divide(BigDecimal.valueOf(1_000_000L * r[3]), RANGE_SCALE,
                        RoundingMode.HALF_UP);
                sum = sum.add(amount);
            }
            out.add(new PenaltyRange(from, through, r[0], r[1], kind, Amounts.ofMinor(s.baseMinor(), c),
                    kind == RangeKind.ACCRUING ? ratePercent : BigDecimal.ZERO, r[3], amount));
            if (protocol) {
                String when = "с " + Texts.ru(from) + " по " + Texts.ru(through) + " (дни просрочки " + r[0] + "–"
                        + r[1] + ")";
                String whenEn = "from " + Texts.en(from) + " to " + Texts.en(through) + " (days late " + r[0] + "–"
                        + r[1] + ")";
                if (kind == RangeKind.ACCRUING) {
                    steps.add(ProtocolStep.of(Formulas.PENALTY_RANGE,
                            List.of(Input.of("B", s.baseMinor(), 2, cur), Input.of("r", rateBp, 2, "%"),
                                    Input.of("d", d, 0, "day"), Input.of("f", r[3], 0, "1")),
                            Input.of("A", amount, cur)).withNote(new Note("penalty.range",
                            when + ", 1/" + r[3] + " ставки", whenEn + ", 1/" + r[3] + " of the rate")));
                } else {
                    String whyRu = kind == RangeKind.GRACE ? "дни 1–30 после срока оплаты: пени не начисляются"
                            : "мораторий: пени не начисляются, счёт дней просрочки продолжается";
                    String whyEn = kind == RangeKind.GRACE ? "days 1–30 after the due date: no penalty"
                            : "moratorium: no penalty, the count of days late goes on";
                    steps.add(ProtocolStep.of(Formulas.PENALTY_NONE, List.of(Input.of("d", d, 0, "day")),
                            Input.of("A", 0, 0, cur)).withNote(new Note(
                            kind == RangeKind.GRACE ? "penalty.grace" : "penalty.moratorium",
                            when + ": " + whyRu + moratoriumSource(kind, from, o, rules, true),
                            whenEn + ": " + whyEn + moratoriumSource(kind, from, o, rules, false))));
                }
            }
        }
        PenaltyPortion portion = new PenaltyPortion(Amounts.ofMinor(s.baseMinor(), c), s.paidOn(), s.through(),
                daysLate, s.through(), key, rule, ratePercent, out);
        ProtocolSection section = null;
        if (protocol) {
            String money = Texts.moneyRu(s.baseMinor(), c);
            String titleRu = s.paidOn().map(d -> "Часть долга " + money + ", оплачена " + Texts.ru(d))
                    .orElse("Часть долга " + money + ", не оплачена на " + Texts.ru(s.through()))
                    + "; дней просрочки: " + daysLate;
            String moneyEn = Texts.moneyEn(s.baseMinor(), c);
            String titleEn = s.paidOn().map(d -> "Portion " + moneyEn + ", paid on " + Texts.en(d))
                    .orElse("Portion " + moneyEn + ", unpaid as of " + Texts.en(s.through()))
                    + "; days late: " + daysLate;
            section = new ProtocolSection(titleRu, titleEn, steps);
        }
        return new PortionResult(portion, sum, section);
    }

    private static ProtocolStep rateStep(KeyRate key, RateRule rule, long rateBp, PortionSpec s) {
        List<Input> inputs = new ArrayList<>();
        if (rule.capPercent().isPresent()) {
            inputs.add(Input.of("c", rule.capPercent().get(), "%"));
        }
        inputs.add(Input.of("k", key.basisPoints(), 2, "%"));
        String dayRu = s.paidOn().isPresent() ? "на день оплаты " + Texts.ru(s.through())
                : "на дату расчёта " + Texts.ru(s.through()) + " (долг не оплачен)";
        String dayEn = s.paidOn().isPresent() ? "on the payment day " + Texts.en(s.through())
                : "on the calculation date " + Texts.en(s.through()) + " (debt unpaid)";
        ProtocolStep step = ProtocolStep.of(rule.capPercent().isPresent() ? Formulas.PENALTY_RATE_CAPPED
                : Formulas.PENALTY_RATE_KEY, inputs, Input.of("r", rateBp, 2, "%"));
        return step.withNote(new Note("penalty.key-rate",
                        "ключевая ставка " + Texts.percentRu(key.percent()) + " % " + dayRu + " (действует с "
                                + Texts.ru(key.from()) + key.decidedOn().map(d -> ", решение Совета директоров Банка "
                                + "России от " + Texts.ru(d)).orElse("") + "; Обзор судебной практики ВС РФ № 3 "
                                + "(2016), вопрос 3); одна ставка на всю просрочку этой части",
                        "key rate " + Texts.percentEn(key.percent()) + " % " + dayEn + " (in force from "
                                + Texts.en(key.from()) + key.decidedOn().map(d -> ", Bank of Russia Board decision of "
                                + Texts.en(d)).orElse("") + "; Supreme Court review No. 3 (2016), question 3); "
                                + "one rate for this portion's whole delay"))
                .withNote(new Note("policy:penalty.rate-rule." + rule.id(),
                        "правило ставки: " + (rule.capPercent().isPresent() ? "наименьшая из "
                                + Texts.percentRu(rule.capPercent().get()) + " % и ключевой ставки" : "ключевая ставка")
                                + " (" + rule.source().ru() + ")",
                        "rate rule: " + (rule.capPercent().isPresent() ? "the lower of "
                                + Texts.percentEn(rule.capPercent().get()) + " % and the key rate" : "the key rate")
                                + " (" + rule.source().en() + ")"));
    }

    private static String moratoriumSource(RangeKind kind, LocalDate from, Obligation o, PenaltyRules rules,
                                           boolean ru) {
        if (kind != RangeKind.MORATORIUM) {
            return "";
        }
        for (Moratorium m : rules.moratoriums()) {
            if (m.appliesTo(o) && m.covers(from)) {
                String scope = m.arisenBefore().map(d -> ru
                        ? ", для обязательств, возникших до " + Texts.ru(d)
                        : ", for obligations that arose before " + Texts.en(d)).orElse("");
                return " (" + (ru ? m.source().ru() : m.source().en()) + ": " + (ru ? Texts.ru(m.from()) + "–"
                        + Texts.ru(m.through()) : Texts.en(m.from()) + " to " + Texts.en(m.through())) + scope + ")";
            }
        }
        return "";
    }

    /** Day-number intervals [first, last] (day 1 = the day after the due date) of moratoriums that apply. */
    private static List<long[]> moratoriumDays(Obligation o, PenaltyRules rules) {
        List<long[]> out = new ArrayList<>();
        for (Moratorium m : rules.moratoriums()) {
            if (!m.appliesTo(o)) {
                continue;
            }
            long a = ChronoUnit.DAYS.between(o.dueDate(), m.from());
            long b = ChronoUnit.DAYS.between(o.dueDate(), m.through());
            if (b >= 1) {
                out.add(new long[] {Math.max(a, 1), b});
            }
        }
        out.sort((x, y) -> Long.compare(x[0], y[0]));
        return out;
    }

    /** Appends [first, last] at {@code denominator}, with moratorium days cut out as their own ranges. */
    private static void splitByMoratoria(List<int[]> ranges, int first, int last, int denominator,
                                         List<long[]> moratoria) {
        int day = first;
        while (day <= last) {
            long[] hit = null;
            long nextStart = Long.MAX_VALUE;
            for (long[] m : moratoria) {
                if (m[0] <= day && day <= m[1]) {
                    hit = m;
                    break;
                }
                if (m[0] > day) {
                    nextStart = Math.min(nextStart, m[0]);
                }
            }
            if (hit != null) {
                long end = hit[1];
                // overlapping moratoriums: extend through every one that covers the next day
                boolean grown = true;
                while (grown) {
                    grown = false;
                    for (long[] m : moratoria) {
                        if (m[0] <= end + 1 && m[1] > end) {
                            end = m[1];
                            grown = true;
                        }
                    }
                }
                int to = (int) Math.min(end, last);
                ranges.add(new int[] {day, to, RangeKind.MORATORIUM.ordinal(), denominator});
                day = to + 1;
            } else {
                int to = (int) Math.min(nextStart - 1, last);
                ranges.add(new int[] {day, to, RangeKind.ACCRUING.ordinal(), denominator});
                day = to + 1;
            }
        }
    }
}
