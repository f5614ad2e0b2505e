package org.raschet.examples.scenario.debts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.raschet.allocation.payment.AccountLedger;
import org.raschet.allocation.payment.Allocation;
import org.raschet.allocation.payment.DebtPolicies;
import org.raschet.allocation.payment.PaymentAllocator;
import org.raschet.allocation.payment.Reallocation;
import org.raschet.allocation.payment.ReallocationReport;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.examples.scenario.compute.ComputeSection;
import org.raschet.examples.scenario.input.Domain;
import org.raschet.examples.scenario.input.ScenarioInputs;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.ValueShape;

/**
 * The {@code reallocation} section (перераспределение оплаты): the allocation of the payments received up to a
 * date as the ledger stood before the charge lines issued from a period on (a correction, a late reading, a
 * retroactive tariff), against the allocation from the ledger as it now stands, and what moved per obligation
 * ({@link Reallocation#compare}; LEGAL §7). Both allocations are recomputed from scratch, so the result is
 * deterministic. Carried debts and billed penalties belong to both.
 */
public final class ReallocationSection implements ComputeSection {
    /** The key under {@code compute}. */
    public static final String KEY = "reallocation";

    /** The settings: the as-of date and the first period of issue of the new lines. */
    public static final ObjectShape SHAPE = ObjectShape.of("reallocation settings",
            Property.required("asOf", ValueShape.DATE),
            Property.required("issuedFrom", ValueShape.MONTH));

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public ObjectShape shape() {
        return SHAPE;
    }

    @Override
    public List<String> requires() {
        return List.of();
    }

    @Override
    public Prepared prepare(ObjectCursor settings, ScenarioInputs inputs) {
        LocalDate asOf = settings.date("asOf");
        YearMonth issuedFrom = DebtValues.period(settings, "issuedFrom");
        return context -> Domain.at(settings.path(), () -> compute(context.inputs(), asOf, issuedFrom));
    }

    private static ReallocationResult compute(ScenarioInputs inputs, LocalDate asOf, YearMonth issuedFrom) {
        DebtPolicies policies = Ledgers.policies(inputs);
        List<ReallocationResult.AccountReallocation> accounts = new ArrayList<>();
        for (Ledgers.Book book : Ledgers.books(inputs)) {
            AccountLedger now = book.ledger().asOf(asOf);
            List<ChargeLine> earlier = now.charges().stream().filter(l -> l.issuedIn().isBefore(issuedFrom)).toList();
            List<ChargeLine> added = now.charges().stream().filter(l -> !l.issuedIn().isBefore(issuedFrom)).toList();
            ProtocolRecorder before = new ProtocolRecorder();
            Allocation previous = PaymentAllocator.allocate(now.withCharges(earlier), policies, before);
            ProtocolRecorder after = new ProtocolRecorder();
            Allocation current = PaymentAllocator.allocate(now, policies, after);
            ProtocolRecorder delta = new ProtocolRecorder();
            ReallocationReport report = Reallocation.compare(previous, current, delta);
            accounts.add(new ReallocationResult.AccountReallocation(book, added, previous, report,
                    before.entries(), after.entries(), delta.entries()));
        }
        return new ReallocationResult(asOf, issuedFrom, accounts);
    }
}
