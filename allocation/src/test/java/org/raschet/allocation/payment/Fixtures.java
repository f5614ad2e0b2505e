package org.raschet.allocation.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.raschet.core.account.AccountId;
import org.raschet.core.ledger.ChargeKind;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.ledger.ObligationKey;
import org.raschet.core.ledger.Payment;
import org.raschet.core.ledger.PaymentTarget;
import org.raschet.core.meter.Register;
import org.raschet.core.money.Amounts;
import org.raschet.core.money.Price;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.time.Days;

/** Test ledgers: charge lines whose amount is exactly the kopecks given. */
public final class Fixtures {
    public static final AccountId ACC = AccountId.of("42");
    public static final LocalDate OPENED = LocalDate.of(2015, 1, 1);

    private Fixtures() {
    }

    public static ChargeLine charge(int year, int month, Resource service, long kopecks) {
        YearMonth p = YearMonth.of(year, month);
        return line(p, p, service, ChargeKind.CONSUMPTION, kopecks);
    }

    public static ChargeLine electricity(int year, int month, long kopecks) {
        return charge(year, month, Resource.ELECTRICITY, kopecks);
    }

    public static ChargeLine correction(YearMonth period, YearMonth issuedIn, Resource service, long kopecks) {
        return line(period, issuedIn, service, ChargeKind.CORRECTION, kopecks);
    }

    public static ChargeLine line(YearMonth period, YearMonth issuedIn, Resource service, ChargeKind kind,
                                  long kopecks) {
        return new ChargeLine(ACC, service, period, issuedIn, Register.TOTAL, kind, Days.of(period),
                Quantity.ofMicros(1_000_000, service.unit()),
                Price.of(BigDecimal.valueOf(kopecks, 2), Amounts.RUB, service.unit()), Amounts.rub(kopecks));
    }

    public static Payment pay(String id, LocalDate date, long kopecks) {
        return Payment.of(id, ACC, date, Amounts.rub(kopecks));
    }

    public static Payment pay(String id, LocalDate date, long kopecks, YearMonth named) {
        return pay(id, date, kopecks).naming(PaymentTarget.period(named));
    }

    public static AccountLedger ledger(List<ChargeLine> charges, List<Payment> payments) {
        return AccountLedger.of(ACC, OPENED, charges, payments);
    }

    public static ObligationKey key(int year, int month, Resource service) {
        return ObligationKey.of(ACC, YearMonth.of(year, month), service);
    }

    public static ObligationKey el(int year, int month) {
        return key(year, month, Resource.ELECTRICITY);
    }

    public static long paid(Allocation a, ObligationKey k) {
        return a.find(k).orElseThrow().paidMinor();
    }

    public static long outstanding(Allocation a, ObligationKey k) {
        return a.find(k).orElseThrow().outstandingMinor();
    }

    public static List<ChargeLine> plus(List<ChargeLine> lines, ChargeLine... more) {
        List<ChargeLine> out = new ArrayList<>(lines);
        out.addAll(List.of(more));
        return out;
    }

    public static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }
}
