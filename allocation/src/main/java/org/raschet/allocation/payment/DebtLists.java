package org.raschet.allocation.payment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.raschet.allocation.internal.Texts;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.money.Amounts;
import org.raschet.core.protocol.Formulas;
import org.raschet.core.protocol.Input;
import org.raschet.core.protocol.Note;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.core.quantity.Resource;
import org.raschet.core.split.Exact;

/**
 * The lists a host acts on: accounts whose supply may be restricted (Правила № 354, п. 117–119) and debts worth
 * claiming within their limitation. Debt on day {@code t} is the principal of obligations due before {@code t}
 * minus what payments received up to and including {@code t} covered.
 */
public final class DebtLists {
    private DebtLists() {
    }

    /**
     * Restriction eligibility per service of {@code input}, in service order.
     *
     * @throws InvalidValueException if a normative charge is negative or in another currency
     */
    public static List<RestrictionEligibility> restriction(Allocation allocation, RestrictionInput input,
                                                           ProtocolSink sink) {
        CurrencyUnit c = allocation.currency();
        LocalDate asOf = input.asOf();
        List<RestrictionEligibility> out = new ArrayList<>();
        for (Map.Entry<Resource, MonetaryAmount> e : input.normativeMonthlyCharge().entrySet()) {
            Resource service = e.getKey();
            if (!e.getValue().getCurrency().equals(c) || e.getValue().isNegative()) {
                throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "account " + allocation.account(), asOf,
                        "normative monthly charge " + Amounts.format(e.getValue()) + " for " + service
                                + " is negative or not in " + c.getCurrencyCode(), "restriction.normative-charge");
            }
            long normative = Amounts.toMinor(e.getValue());
            long threshold = Exact.multiply(2, normative, "restriction threshold");
            TreeSet<LocalDate> events = new TreeSet<>();
            events.add(asOf);
            for (ObligationPosition p : allocation.positions()) {
                if (p.key().service() != service) {
                    continue;
                }
                events.add(p.obligation().dueDate().plusDays(1));
                if (!input.countExpired()) {
                    events.add(lastDay(p, allocation).plusDays(1));
                }
                for (Application a : allocation.applicationsTo(p.key(), AppliedPart.PRINCIPAL)) {
                    events.add(a.date());
                }
            }
            LocalDate runStart = null;
            for (LocalDate t : events.headSet(asOf, true)) {
                if (debtOn(allocation, service, t, input.countExpired()) > threshold) {
                    if (runStart == null) {
                        runStart = t;
                    }
                } else {
                    runStart = null;
                }
            }
            long debt = debtOn(allocation, service, asOf, input.countExpired());
            boolean above = debt > threshold;
            boolean eligible = above && !input.repaymentScheduleKept();
            Optional<LocalDate> since = above ? Optional.of(runStart) : Optional.empty();
            out.add(new RestrictionEligibility(allocation.account(), service, asOf, Amounts.ofMinor(debt, c),
                    Amounts.ofMinor(threshold, c), eligible, since, input.repaymentScheduleKept()));
            if (sink.enabled()) {
                String verdictRu = eligible ? "ограничение допускается; долг превышает порог с " + Texts.ru(runStart)
                        : above ? "долг превышает порог с " + Texts.ru(runStart)
                        + ", но соблюдается согласованный график погашения: ограничение не допускается"
                        : "долг не превышает двух месячных размеров платы: ограничение не допускается";
                String verdictEn = eligible ? "restriction allowed; the debt has exceeded the threshold since "
                        + Texts.en(runStart) : above ? "the debt has exceeded the threshold since " + Texts.en(runStart)
                        + ", but an agreed repayment schedule is kept: no restriction"
                        : "the debt does not exceed two monthly charges: no restriction";
                sink.add(ProtocolStep.of(Formulas.RESTRICTION_EXCESS,
                        List.of(Input.of("D", debt, c.getDefaultFractionDigits(), c.getCurrencyCode()), Input.of("N", normative, c.getDefaultFractionDigits(), c.getCurrencyCode())),
                        Input.of("E", debt - threshold, c.getDefaultFractionDigits(), c.getCurrencyCode()))
                        .withNote(new Note("restriction.verdict",
                                "лицевой счёт " + allocation.account() + ", " + service.nameRu() + ", на "
                                        + Texts.ru(asOf) + ": " + verdictRu,
                                "account " + allocation.account() + ", " + service.nameEn() + ", as of "
                                        + Texts.en(asOf) + ": " + verdictEn)));
            }
        }
        return out;
    }

    /**
     * The debts of the account that can still be claimed on {@code asOf}: overdue obligations with principal
     * owed and limitation not expired, and whether their sum reaches {@code threshold}.
     */
    public static CollectionCandidate collection(Allocation allocation, LocalDate asOf, MonetaryAmount threshold) {
        List<LimitationState> claimable = new ArrayList<>();
        long sum = 0;
        for (ObligationPosition p : allocation.positions()) {
            if (!p.obligation().dueDate().isBefore(asOf)) {
                continue;
            }
            long owed = Limitation.outstandingOn(allocation, p, asOf);
            LimitationState s = Limitation.state(p.obligation(), owed, asOf, allocation.policies());
            if (owed > 0 && !s.expired()) {
                claimable.add(s);
                sum += owed;
            }
        }
        claimable.sort(Comparator.comparing(LimitationState::lastDay).thenComparing(LimitationState::key));
        return new CollectionCandidate(allocation.account(), asOf, Amounts.ofMinor(sum, allocation.currency()),
                sum > 0 && sum >= Amounts.toMinor(threshold), claimable);
    }

    private static LocalDate lastDay(ObligationPosition p, Allocation allocation) {
        return allocation.policies().limitation().lastDay(p.obligation().dueDate(), allocation.policies().calendar());
    }

    private static long debtOn(Allocation allocation, Resource service, LocalDate t, boolean countExpired) {
        long debt = 0;
        for (ObligationPosition p : allocation.positions()) {
            if (p.key().service() != service || !p.obligation().dueDate().isBefore(t)) {
                continue;
            }
            if (!countExpired && t.isAfter(lastDay(p, allocation))) {
                continue;
            }
            debt += Limitation.outstandingOn(allocation, p, t);
        }
        return debt;
    }
}
