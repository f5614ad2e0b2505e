package org.raschet.examples.scenario.debts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.raschet.allocation.payment.Allocation;
import org.raschet.allocation.payment.DebtPolicies;
import org.raschet.allocation.payment.Limitation;
import org.raschet.allocation.payment.LimitationState;
import org.raschet.allocation.payment.PaymentAllocator;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.examples.scenario.compute.ComputeSection;
import org.raschet.examples.scenario.input.Domain;
import org.raschet.examples.scenario.input.ScenarioInputs;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.ValueShape;

/**
 * The {@code debts} section: as of a date, each account's obligations with their due dates (LEGAL §1), the
 * payments received up to that date applied to them by {@link PaymentAllocator} (ГК РФ ст. 319.1, LEGAL §7), the
 * advance, the balance, each obligation's limitation state and the warning list of obligations whose limitation
 * ends within N days ({@link Limitation}, LEGAL §8). Payments after the date are listed as not counted.
 */
public final class DebtsSection implements ComputeSection {
    /** The key under {@code compute}. */
    public static final String KEY = "debts";

    /** The default warning horizon N, in days. */
    public static final int DEFAULT_WARNING_DAYS = 90;

    /** The settings: the as-of date and the warning horizon. */
    public static final ObjectShape SHAPE = ObjectShape.of("debts settings",
            Property.required("asOf", ValueShape.DATE),
            Property.optional("warningDays", ValueShape.INTEGER));

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
        int warningDays = (int) settings.integer("warningDays", 0, 36_500, DEFAULT_WARNING_DAYS);
        return context -> Domain.at(settings.path(), () -> compute(context.inputs(), asOf, warningDays));
    }

    private static DebtsResult compute(ScenarioInputs inputs, LocalDate asOf, int warningDays) {
        DebtPolicies policies = Ledgers.policies(inputs);
        List<DebtsResult.AccountDebts> accounts = new ArrayList<>();
        for (Ledgers.Book book : Ledgers.books(inputs)) {
            ProtocolRecorder recorder = new ProtocolRecorder();
            Allocation allocation = PaymentAllocator.allocate(book.ledger().asOf(asOf), policies, recorder);
            List<LimitationState> states = Limitation.states(allocation, asOf, recorder);
            List<LimitationState> warnings = Limitation.warnings(allocation, asOf, warningDays);
            accounts.add(new DebtsResult.AccountDebts(book, allocation, allocation.balance(asOf), states, warnings,
                    recorder.entries()));
        }
        return new DebtsResult(asOf, warningDays, policies.calendar(), accounts);
    }
}
