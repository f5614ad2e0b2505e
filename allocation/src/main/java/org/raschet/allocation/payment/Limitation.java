package org.raschet.allocation.payment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.raschet.allocation.internal.Texts;
import org.raschet.core.ledger.Obligation;
import org.raschet.core.money.Amounts;
import org.raschet.core.protocol.Formulas;
import org.raschet.core.protocol.Input;
import org.raschet.core.protocol.Note;
import org.raschet.core.protocol.ProtocolEntry;
import org.raschet.core.protocol.ProtocolSection;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;

/**
 * Limitation (исковая давность) of an account's obligations (ГК РФ ст. 196, 199, 200, 207; Пленум ВС РФ № 43,
 * п. 20, 24; LEGAL §8): three years per monthly obligation from the day after its due date, the end date by the
 * policy and moved to a working day. A partial payment does not acknowledge the rest of the debt (п. 20), so
 * payments do not restart it; interruptions by a court claim or a written acknowledgement (ст. 203, 204) are not
 * modelled here.
 */
public final class Limitation {
    private Limitation() {
    }

    /** The limitation state of {@code obligation} as of {@code asOf}, with {@code outstandingMinor} still owed. */
    public static LimitationState state(Obligation obligation, long outstandingMinor, LocalDate asOf,
                                        DebtPolicies policies) {
        LocalDate last = policies.limitation().lastDay(obligation.dueDate(), policies.calendar());
        return new LimitationState(obligation.key(), obligation.dueDate(), last, asOf,
                Amounts.ofMinor(outstandingMinor, obligation.currency()));
    }

    /**
     * Every obligation's limitation state as of {@code asOf}, in due-date order, with the principal still owed
     * after the payments received up to and including {@code asOf}. Expired obligations stay in the list.
     */
    public static List<LimitationState> states(Allocation allocation, LocalDate asOf, ProtocolSink sink) {
        List<LimitationState> out = new ArrayList<>();
        List<ProtocolEntry> steps = new ArrayList<>();
        for (ObligationPosition p : allocation.positions()) {
            LimitationState s = state(p.obligation(), outstandingOn(allocation, p, asOf), asOf,
                    allocation.policies());
            out.add(s);
            if (sink.enabled()) {
                steps.add(step(s, allocation));
            }
        }
        if (sink.enabled()) {
            sink.add(new ProtocolSection("Исковая давность на " + Texts.ru(asOf) + ": лицевой счёт "
                    + allocation.account(), "Limitation as of " + Texts.en(asOf) + ": account " + allocation.account(),
                    steps));
        }
        return out;
    }

    /**
     * The warning list: obligations with principal still owed whose limitation is not expired as of
     * {@code asOf} and ends within {@code days} days (last day ≤ asOf + days), soonest first, so collection can
     * start in time.
     *
     * @throws InvalidValueException if {@code days} is negative
     */
    public static List<LimitationState> warnings(Allocation allocation, LocalDate asOf, int days) {
        if (days < 0) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "limitation warning list", null, "warning horizon is negative: " + days, "limitation.warning-horizon");
        }
        List<LimitationState> out = new ArrayList<>();
        for (LimitationState s : states(allocation, asOf, ProtocolSink.NONE)) {
            if (!s.expired() && s.daysLeft() <= days && !s.outstanding().isZero()) {
                out.add(s);
            }
        }
        out.sort(java.util.Comparator.comparing(LimitationState::lastDay).thenComparing(LimitationState::key));
        return out;
    }

    static long outstandingOn(Allocation allocation, ObligationPosition p, LocalDate asOf) {
        long paid = 0;
        for (Application a : allocation.applicationsTo(p.key(), AppliedPart.PRINCIPAL)) {
            if (!a.date().isAfter(asOf)) {
                paid += a.amountMinor();
            }
        }
        return p.obligation().amountMinor() - paid;
    }

    private static ProtocolStep step(LimitationState s, Allocation allocation) {
        String stateRu = s.expired() ? "истёк " + Texts.ru(s.lastDay().plusDays(1))
                + " (долг не списывается: давность применяет суд по заявлению должника, ГК РФ ст. 199; пени "
                + "истекают вместе с основным долгом, ст. 207)" : "не истёк, осталось дней: " + s.daysLeft();
        String stateEn = s.expired() ? "expired on " + Texts.en(s.lastDay().plusDays(1))
                + " (the debt is kept: a court applies limitation on the debtor's motion, Civil Code Art. 199; "
                + "penalties expire with the principal, Art. 207)" : "not expired, days left: " + s.daysLeft();
        return ProtocolStep.of(Formulas.LIMITATION_TERM, List.of(), Input.of("L", 36, 0, "month"))
                .withNote(new Note("limitation.state",
                        "обязательство " + Texts.obligationRu(s.key()) + ", срок оплаты " + Texts.ru(s.dueDate())
                                + "; давность с " + Texts.ru(s.startsOn()) + " по " + Texts.ru(s.lastDay())
                                + " включительно; на " + Texts.ru(s.asOf()) + " " + stateRu + "; остаток долга "
                                + Texts.moneyRu(Amounts.toMinor(s.outstanding()), allocation.currency()),
                        "obligation " + Texts.obligationEn(s.key()) + ", due " + Texts.en(s.dueDate())
                                + "; limitation from " + Texts.en(s.startsOn()) + " to " + Texts.en(s.lastDay())
                                + " inclusive; as of " + Texts.en(s.asOf()) + " " + stateEn + "; outstanding "
                                + Texts.moneyEn(Amounts.toMinor(s.outstanding()), allocation.currency())))
                .withNote(allocation.policies().limitation().note());
    }
}
