package org.raschet.allocation.docs;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.raschet.allocation.payment.AccountLedger;
import org.raschet.allocation.payment.Allocation;
import org.raschet.allocation.payment.DebtPolicies;
import org.raschet.allocation.payment.PaymentAllocator;
import org.raschet.allocation.penalty.PenaltyCalculator;
import org.raschet.allocation.penalty.PenaltyReport;
import org.raschet.allocation.penalty.PenaltyRules;
import org.raschet.core.account.AccountId;
import org.raschet.core.ledger.CarriedDebt;
import org.raschet.core.ledger.ObligationKey;
import org.raschet.core.ledger.Payment;
import org.raschet.core.money.Amounts;
import org.raschet.core.protocol.Protocol;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.quantity.Resource;

/**
 * The README's debt and penalty example: January 2024 electricity of 10 000.00 ₽, due 12.02.2024 (10.02 a
 * Saturday, ГК РФ ст. 193); 4 000.00 ₽ paid on 01.04.2024; penalties as of 01.07.2024 (ЖК РФ ст. 155 ч. 14,
 * the 9.5 % cap of Decree No. 474). Hand check: 4000 × 9.5/100 × 19/300 = 24.0666666667; 6000 × 9.5/100 × 60/300
 * = 114; 6000 × 9.5/100 × 50/130 = 219.2307692308; Σ = 357.2974358975 → 357.30 ₽.
 */
final class DebtPenaltyExample {
    private DebtPenaltyExample() {
    }

    record Result(Allocation allocation, PenaltyReport penalties, Protocol protocol) {
    }

    static Result run() {
        // snippet:debt-penalty
        AccountId account = AccountId.of("100-001");
        ObligationKey january = ObligationKey.of(account, YearMonth.of(2024, 1), Resource.ELECTRICITY);
        AccountLedger ledger = new AccountLedger(account, LocalDate.of(2020, 1, 1), Amounts.RUB, List.of(),
                List.of(new CarriedDebt(january, Amounts.rub("10000.00"))), List.of(),
                List.of(Payment.of("1", account, LocalDate.of(2024, 4, 1), Amounts.rub("4000.00"))
                        .withDocument("п/п № 123")));
        ProtocolRecorder recorder = new ProtocolRecorder();
        Allocation allocation = PaymentAllocator.allocate(ledger, DebtPolicies.FEDERAL, recorder);
        PenaltyReport penalties = PenaltyCalculator.calculate(allocation, LocalDate.of(2024, 7, 1),
                PenaltyRules.FEDERAL, recorder);
        // end-snippet
        return new Result(allocation, penalties, recorder.protocol());
    }
}
