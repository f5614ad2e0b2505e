package org.raschet.core.ledger;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import org.raschet.core.account.AccountId;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidLedgerException;
import org.raschet.core.money.Amounts;
import org.raschet.core.split.Exact;
import org.raschet.core.time.WorkingCalendar;

/** Builds an account's obligations from its charge lines. */
public final class Obligations {
    /** Order of obligations: due date, then period, then service. */
    public static final Comparator<Obligation> BY_DUE_DATE = Comparator.comparing(Obligation::dueDate)
            .thenComparing(Obligation::key);

    private Obligations() {
    }

    /**
     * The obligations of {@code account}: its charge lines grouped by billing period and service, corrections in
     * the period they correct ({@link ChargeLine#period()}), each due on the policy's date moved to the next
     * working day of {@code calendar} if it is a non-working one (ЖК РФ ст. 155 ч. 1; ГК РФ ст. 193). A period
     * and service whose lines sum to zero is kept as a zero obligation, so nothing given is dropped.
     *
     * @param account  the account
     * @param currency the account's currency
     * @param lines    its charge lines, in any order
     * @param dueDates the due-date policy
     * @param calendar the working-day calendar
     * @return the obligations, ordered by due date, period and service
     * @throws InvalidLedgerException if a line belongs to another account or is in another currency, or a period
     *                                and service add up to a negative amount
     */
    public static List<Obligation> group(AccountId account, CurrencyUnit currency, List<ChargeLine> lines,
                                         DueDatePolicy dueDates, WorkingCalendar calendar) {
        return group(account, currency, lines, List.of(), dueDates, calendar);
    }

    /**
     * As {@link #group(AccountId, CurrencyUnit, List, DueDatePolicy, WorkingCalendar)}, with debts carried in
     * that join the obligation of their period and service.
     *
     * @param account  the account
     * @param currency the account's currency
     * @param lines    its charge lines, in any order
     * @param carried  debts carried in without lines
     * @param dueDates the due-date policy
     * @param calendar the working-day calendar
     * @return the obligations, ordered by due date, period and service
     * @throws InvalidLedgerException if a line or carried debt belongs to another account or is in another
     *                                currency, or a period and service add up to a negative amount
     */
    public static List<Obligation> group(AccountId account, CurrencyUnit currency, List<ChargeLine> lines,
                                         List<CarriedDebt> carried, DueDatePolicy dueDates,
                                         WorkingCalendar calendar) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(dueDates, "dueDates");
        Objects.requireNonNull(calendar, "calendar");
        Map<ObligationKey, List<ChargeLine>> groups = new TreeMap<>();
        for (ChargeLine l : lines) {
            if (!l.account().equals(account)) {
                throw new InvalidLedgerException(ErrorCode.LEDGER_INVALID, account.value(), l.period().atDay(1),
                        l.account().value(), "charge line of account " + l.account() + " given for account " + account,
                        "ledger.one-account");
            }
            if (!l.amount().getCurrency().equals(currency)) {
                throw new InvalidLedgerException(ErrorCode.LEDGER_INVALID, account.value(), l.period().atDay(1),
                        Amounts.format(l.amount()), "charge line amount " + Amounts.format(l.amount())
                                + " is not in the account's currency " + currency.getCurrencyCode(),
                        "ledger.one-currency");
            }
            groups.computeIfAbsent(ObligationKey.of(account, l.period(), l.service()), k -> new ArrayList<>()).add(l);
        }
        Map<ObligationKey, Long> carriedMinor = new TreeMap<>();
        for (CarriedDebt c : carried) {
            LocalDate first = c.key().period().atDay(1);
            if (!c.key().account().equals(account)) {
                throw new InvalidLedgerException(ErrorCode.LEDGER_INVALID, account.value(), first,
                        c.key().account().value(), "carried debt of account " + c.key().account()
                                + " given for account " + account, "ledger.one-account");
            }
            if (!c.amount().getCurrency().equals(currency)) {
                throw new InvalidLedgerException(ErrorCode.LEDGER_INVALID, account.value(), first,
                        Amounts.format(c.amount()), "carried debt " + Amounts.format(c.amount())
                                + " is not in the account's currency " + currency.getCurrencyCode(),
                        "ledger.one-currency");
            }
            carriedMinor.merge(c.key(), Amounts.toMinor(c.amount()), (a, b) -> Exact.add(a, b, "carried " + c.key()));
            groups.computeIfAbsent(c.key(), k -> new ArrayList<>());
        }
        List<Obligation> out = new ArrayList<>(groups.size());
        for (Map.Entry<ObligationKey, List<ChargeLine>> e : groups.entrySet()) {
            long sum = carriedMinor.getOrDefault(e.getKey(), 0L);
            for (ChargeLine l : e.getValue()) {
                sum = Exact.add(sum, l.amountMinor(), "obligation " + e.getKey());
            }
            out.add(obligation(e.getKey(), sum, currency, e.getValue(), dueDates, calendar));
        }
        out.sort(BY_DUE_DATE);
        return List.copyOf(out);
    }

    /**
     * One obligation of {@code amountMinor} for {@code key}, due by {@code dueDates} and {@code calendar}, with the
     * lines given (which may be empty when the host keeps obligations, not lines).
     *
     * @throws InvalidLedgerException if the amount is negative or a line belongs to another obligation
     */
    public static Obligation obligation(ObligationKey key, long amountMinor, CurrencyUnit currency,
                                        List<ChargeLine> lines, DueDatePolicy dueDates, WorkingCalendar calendar) {
        YearMonth period = key.period();
        LocalDate nominal = dueDates.nominalDueDate(period);
        return new Obligation(key, Amounts.ofMinor(amountMinor, currency), nominal,
                calendar.onOrNextWorkingDay(nominal), lines);
    }
}
