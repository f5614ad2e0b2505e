package org.raschet.allocation.payment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import org.raschet.allocation.internal.Texts;
import org.raschet.core.error.InvalidLedgerException;
import org.raschet.core.error.InvalidPaymentException;
import org.raschet.core.ledger.ObligationKey;
import org.raschet.core.money.Amounts;
import org.raschet.core.protocol.Formulas;
import org.raschet.core.protocol.Input;
import org.raschet.core.protocol.Note;
import org.raschet.core.protocol.ProtocolEntry;
import org.raschet.core.protocol.ProtocolSection;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.protocol.ProtocolStep;

/**
 * Reallocation (перераспределение оплаты): when charges change (a correction, a late reading, a retroactive
 * tariff), the allocation is recomputed from the ledger as it now stands, and the differences from the previous
 * allocation are reported per obligation. Recomputing, not patching, keeps it deterministic: the result equals an
 * allocation from scratch.
 */
public final class Reallocation {
    private Reallocation() {
    }

    /**
     * Reallocates {@code now} and compares the result with {@code previous}.
     *
     * @param previous the allocation made before the change
     * @param now      the ledger as it now stands
     * @param policies the policies
     * @param sink     where the protocol goes
     * @return the new allocation and what moved
     * @throws InvalidPaymentException as {@link PaymentAllocator#allocate}
     * @throws InvalidLedgerException  as {@link PaymentAllocator#allocate}
     */
    public static ReallocationReport reallocate(Allocation previous, AccountLedger now, DebtPolicies policies,
                                                ProtocolSink sink) {
        Allocation after = PaymentAllocator.allocate(now, policies, sink);
        return compare(previous, after, sink);
    }

    /**
     * What moved between two allocations of one account, per obligation (obligations that appear on one side only
     * count as zero on the other).
     */
    public static ReallocationReport compare(Allocation before, Allocation after, ProtocolSink sink) {
        CurrencyUnit c = after.currency();
        Map<ObligationKey, long[]> amounts = new TreeMap<>();
        for (ObligationPosition p : before.positions()) {
            long[] a = amounts.computeIfAbsent(p.key(), k -> new long[4]);
            a[0] = p.paidMinor();
            a[2] = Amounts.toMinor(p.penaltyPaid());
        }
        for (ObligationPosition p : after.positions()) {
            long[] a = amounts.computeIfAbsent(p.key(), k -> new long[4]);
            a[1] = p.paidMinor();
            a[3] = Amounts.toMinor(p.penaltyPaid());
        }
        List<AllocationChange> changes = new ArrayList<>();
        List<ProtocolEntry> steps = new ArrayList<>();
        for (Map.Entry<ObligationKey, long[]> e : amounts.entrySet()) {
            long[] a = e.getValue();
            if (a[0] != a[1] || a[2] != a[3]) {
                changes.add(new AllocationChange(e.getKey(), Amounts.ofMinor(a[0], c), Amounts.ofMinor(a[1], c),
                        Amounts.ofMinor(a[2], c), Amounts.ofMinor(a[3], c)));
                if (sink.enabled()) {
                    steps.add(ProtocolStep.of(Formulas.REALLOCATION_DELTA,
                            List.of(Input.of("X1", a[1], c.getDefaultFractionDigits(), c.getCurrencyCode()), Input.of("X0", a[0], c.getDefaultFractionDigits(), c.getCurrencyCode())),
                            Input.of("D", a[1] - a[0], c.getDefaultFractionDigits(), c.getCurrencyCode())).withNote(new Note("payment.reallocated",
                            "обязательство " + Texts.obligationRu(e.getKey()) + ", основной долг",
                            "obligation " + Texts.obligationEn(e.getKey()) + ", principal")));
                }
            }
        }
        if (sink.enabled()) {
            steps.add(ProtocolStep.of(Formulas.REALLOCATION_DELTA,
                    List.of(Input.of("X1", after.advanceMinor(), c.getDefaultFractionDigits(), c.getCurrencyCode()),
                            Input.of("X0", before.advanceMinor(), c.getDefaultFractionDigits(), c.getCurrencyCode())),
                    Input.of("D", after.advanceMinor() - before.advanceMinor(), c.getDefaultFractionDigits(), c.getCurrencyCode()))
                    .withNote(new Note("payment.reallocated-advance", "аванс", "advance")));
            sink.add(new ProtocolSection("Перераспределение оплаты: лицевой счёт " + after.account(),
                    "Reallocation of payments: account " + after.account(), steps));
        }
        return new ReallocationReport(after, changes, before.advance(), after.advance());
    }
}
