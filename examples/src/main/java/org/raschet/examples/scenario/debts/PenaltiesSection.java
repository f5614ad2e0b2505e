package org.raschet.examples.scenario.debts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.raschet.allocation.payment.Allocation;
import org.raschet.allocation.payment.DebtPolicies;
import org.raschet.allocation.payment.PaymentAllocator;
import org.raschet.allocation.penalty.PenaltyCalculator;
import org.raschet.allocation.penalty.PenaltyReport;
import org.raschet.allocation.penalty.PenaltyRules;
import org.raschet.core.error.RateScheduleException;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.compute.ComputeSection;
import org.raschet.examples.scenario.input.Domain;
import org.raschet.examples.scenario.input.ScenarioInputs;
import org.raschet.examples.scenario.json.JsonPath;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.ValueShape;

/**
 * The {@code penalties} section: penalties (пени) by ЖК РФ ст. 155 ч. 14 (LEGAL §9) on every obligation of every
 * account as of a calculation date, by {@link PenaltyCalculator}: per portion of the debt (each part paid late,
 * and the part still unpaid) the day ranges, base, rate and why, fraction, days and amount; rounded to kopecks
 * once per obligation. The payments received up to the calculation date are allocated first (without protocol:
 * the {@code debts} section explains the allocation).
 *
 * <p>A rate day the key-rate or rate-rule schedule does not cover is reported at {@code $.keyRates} or
 * {@code $.rateRules} (rule {@code rate-schedule.covers-day}): the scenario must add the rates.
 */
public final class PenaltiesSection implements ComputeSection {
    /** The key under {@code compute}. */
    public static final String KEY = "penalties";

    /** The settings: the calculation date. */
    public static final ObjectShape SHAPE = ObjectShape.of("penalties settings",
            Property.required("calculationDate", ValueShape.DATE));

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
        LocalDate date = settings.date("calculationDate");
        return context -> {
            try {
                return Domain.at(settings.path(), () -> compute(context.inputs(), date));
            } catch (ScenarioException e) {
                if (e.domain().orElse(null) instanceof RateScheduleException r) {
                    // the schedule does not cover a rate day: the fix is in the schedule
                    String property = r.entity().startsWith("key rate") ? "keyRates" : "rateRules";
                    throw new ScenarioException(JsonPath.ROOT.property(property), r);
                }
                throw e;
            }
        };
    }

    private static PenaltiesResult compute(ScenarioInputs inputs, LocalDate date) {
        DebtPolicies policies = Ledgers.policies(inputs);
        PenaltyRules rules = Ledgers.penaltyRules(inputs);
        List<PenaltiesResult.AccountPenalties> accounts = new ArrayList<>();
        for (Ledgers.Book book : Ledgers.books(inputs)) {
            Allocation allocation = PaymentAllocator.allocate(book.ledger().asOf(date), policies, ProtocolSink.NONE);
            ProtocolRecorder recorder = new ProtocolRecorder();
            PenaltyReport report = PenaltyCalculator.calculate(allocation, date, rules, recorder);
            accounts.add(new PenaltiesResult.AccountPenalties(book, allocation, report, recorder.entries()));
        }
        return new PenaltiesResult(date, inputs.get(KeyRatesSection.INSTANCE), inputs.get(RateRulesSection.INSTANCE),
                inputs.get(MoratoriumsSection.INSTANCE), accounts);
    }
}
