package org.raschet.examples.scenario.debts;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.raschet.allocation.payment.AllocationPolicy;
import org.raschet.allocation.payment.DebtPolicies;
import org.raschet.allocation.payment.LimitationPolicy;
import org.raschet.core.ledger.DueDatePolicy;
import org.raschet.core.time.WorkingCalendar;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.input.InputSection;
import org.raschet.examples.scenario.input.ScenarioInputs;
import org.raschet.examples.scenario.json.JsonCursor;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.Rules;
import org.raschet.examples.scenario.json.ValueShape;

/**
 * The {@code debtPolicies} section: the due-date rule (LEGAL §1), the limitation end-date rule (LEGAL §8) and the
 * allocation choices (LEGAL §7), each by name; with the calendar of {@code calendar} they make the
 * {@link DebtPolicies}. Optional, default {@link DebtPolicies#FEDERAL} with the scenario's calendar.
 */
public final class DebtPoliciesSection implements InputSection<DebtPolicyInput> {
    /** The one instance. */
    public static final DebtPoliciesSection INSTANCE = new DebtPoliciesSection();

    /** The due-date option that takes a day of the month from {@code dueDay}. */
    public static final String CONTRACT_DAY = "contract-day";

    /** The due-date rules by name (the first is the default); {@code contract-day} is built from {@code dueDay}. */
    public static final Map<String, Optional<DueDatePolicy>> DUE_DATES = ordered(
            "federal", Optional.of(DueDatePolicy.FEDERAL),
            "federal-feb-2026-15th", Optional.of(DueDatePolicy.FEB_2026_ON_15TH),
            CONTRACT_DAY, Optional.empty());

    /** The limitation end-date rules by name (the first is the default). */
    public static final Map<String, LimitationPolicy> LIMITATIONS = ordered(
            "federal", LimitationPolicy.FEDERAL, "day-earlier", LimitationPolicy.DAY_EARLIER);

    /** The allocation choices by name (the first is the default). */
    public static final Map<String, AllocationPolicy> ALLOCATIONS = ordered(
            "federal", AllocationPolicy.FEDERAL, "named-excess-advance", AllocationPolicy.NAMED_EXCESS_AS_ADVANCE);

    /** The shape of {@code debtPolicies}. */
    public static final ObjectShape SHAPE = ObjectShape.of("debt policies",
            Property.optional("dueDate", ValueShape.choice(List.copyOf(DUE_DATES.keySet()))),
            Property.optional("dueDay", ValueShape.INTEGER),
            Property.optional("limitation", ValueShape.choice(List.copyOf(LIMITATIONS.keySet()))),
            Property.optional("allocation", ValueShape.choice(List.copyOf(ALLOCATIONS.keySet()))));

    private DebtPoliciesSection() {
    }

    @Override
    public Property property() {
        return Property.optional("debtPolicies", SHAPE);
    }

    @Override
    public DebtPolicyInput parse(JsonCursor value, ScenarioInputs earlier) {
        ObjectCursor o = value.object(SHAPE);
        Set<String> explicit = new HashSet<>();
        for (Property p : SHAPE.properties()) {
            if (o.has(p.name())) {
                explicit.add(p.name());
            }
        }
        String dueName = o.findChoice("dueDate").orElse(first(DUE_DATES));
        OptionalInt dueDay = OptionalInt.empty();
        DueDatePolicy due;
        if (dueName.equals(CONTRACT_DAY)) {
            if (!o.has("dueDay")) {
                throw new ScenarioException(o.pathOf("dueDay"), Rules.REQUIRED_PROPERTY,
                        "dueDate \"" + CONTRACT_DAY + "\" needs the day of the next month in dueDay (1..31)");
            }
            int day = (int) o.integer("dueDay", 1, 31);
            dueDay = OptionalInt.of(day);
            due = DueDatePolicy.dayOfNextMonth(day);
        } else {
            if (o.has("dueDay")) {
                throw new ScenarioException(o.pathOf("dueDay"), DebtRules.DEPENDENT_PROPERTY,
                        "dueDay applies only with dueDate \"" + CONTRACT_DAY + "\", not \"" + dueName + "\"");
            }
            due = DUE_DATES.get(dueName).orElseThrow();
        }
        String limitationName = o.findChoice("limitation").orElse(first(LIMITATIONS));
        String allocationName = o.findChoice("allocation").orElse(first(ALLOCATIONS));
        WorkingCalendar calendar = earlier.get(CalendarSection.INSTANCE);
        DebtPolicies policies = new DebtPolicies(due, calendar, LIMITATIONS.get(limitationName),
                ALLOCATIONS.get(allocationName));
        return new DebtPolicyInput(policies, dueName, dueDay, limitationName, allocationName, explicit);
    }

    @Override
    public DebtPolicyInput absent(ScenarioInputs earlier) {
        return new DebtPolicyInput(DebtPolicies.FEDERAL.withCalendar(earlier.get(CalendarSection.INSTANCE)),
                first(DUE_DATES), OptionalInt.empty(), first(LIMITATIONS), first(ALLOCATIONS), Set.of());
    }

    private static String first(Map<String, ?> options) {
        return options.keySet().iterator().next();
    }

    private static <T> Map<String, T> ordered(Object... pairs) {
        Map<String, T> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            T v = (T) pairs[i + 1];
            m.put((String) pairs[i], v);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
