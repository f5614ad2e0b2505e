package org.raschet.examples.scenario.debts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.raschet.allocation.payment.AllocationPolicy;
import org.raschet.allocation.payment.DebtPolicies;
import org.raschet.allocation.payment.LimitationPolicy;
import org.raschet.core.ledger.DueDatePolicy;
import org.raschet.core.protocol.Note;
import org.raschet.core.time.WorkingCalendar;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.input.Policies;
import org.raschet.examples.scenario.input.PolicyChoice;
import org.raschet.examples.scenario.input.PolicySetting;
import org.raschet.examples.scenario.json.JsonCursor;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.Rules;
import org.raschet.examples.scenario.json.ValueShape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The debt policies a scenario may set under {@code policies} (DESIGN principle 7): the due-date rule
 * ({@code dueDate}, LEGAL §1), the limitation end-date rule ({@code limitationEnd}, LEGAL §8) and the allocation
 * choices ({@code paymentAllocation}, LEGAL §7); with the calendar of {@code calendar} they make the
 * {@link DebtPolicies} the debts sections run with.
 */
public final class DebtPolicySettings {
    private DebtPolicySettings() {
    }

    /** The limitation end-date rule: {@code federal} (the default) or {@code day-earlier}. */
    public static final PolicyChoice<LimitationPolicy> LIMITATION_END = new PolicyChoice<>("limitationEnd",
            ordered("federal", LimitationPolicy.FEDERAL, "day-earlier", LimitationPolicy.DAY_EARLIER), "federal",
            LimitationPolicy::note);

    /** The allocation choices: {@code federal} (the default) or {@code named-excess-advance}. */
    public static final PolicyChoice<AllocationPolicy> PAYMENT_ALLOCATION = new PolicyChoice<>("paymentAllocation",
            ordered("federal", AllocationPolicy.FEDERAL, "named-excess-advance",
                    AllocationPolicy.NAMED_EXCESS_AS_ADVANCE), "federal", AllocationPolicy::note);

    /** The due-date rule. */
    public static final DueDateSetting DUE_DATE = new DueDateSetting();

    /** The three, in documentation order; the debts sections' results depend on all of them. */
    public static final List<PolicySetting<?>> ALL = List.of(DUE_DATE, LIMITATION_END, PAYMENT_ALLOCATION);

    /** The debt policies of {@code policies} with {@code calendar}. */
    public static DebtPolicies of(Policies policies, WorkingCalendar calendar) {
        return new DebtPolicies(policies.get(DUE_DATE).policy(), calendar, policies.get(LIMITATION_END),
                policies.get(PAYMENT_ALLOCATION));
    }

    private static <T> Map<String, T> ordered(String n1, T p1, String n2, T p2) {
        Map<String, T> m = new LinkedHashMap<>();
        m.put(n1, p1);
        m.put(n2, p2);
        return m;
    }

    /**
     * The {@code dueDate} policy: an object {@code {"rule": …, "day": …}}, the rule {@code federal} (the default:
     * the 10th of the next month for periods up to February 2026, the 15th from March 2026),
     * {@code federal-feb-2026-15th} (the February 2026 bill already on the 15th) or {@code contract-day} (day
     * {@code day} of the next month).
     */
    public static final class DueDateSetting implements PolicySetting<DueDateChoice> {
        /** The rule that takes its day from {@code day}. */
        public static final String CONTRACT_DAY = "contract-day";

        /** The shape: the rule, and the day for a contract's rule. */
        public static final ObjectShape SHAPE = ObjectShape.of("due-date policy",
                Property.required("rule", ValueShape.choice(List.of("federal", "federal-feb-2026-15th",
                        CONTRACT_DAY))),
                Property.optional("day", ValueShape.INTEGER));

        private DueDateSetting() {
        }

        @Override
        public String key() {
            return "dueDate";
        }

        @Override
        public ObjectShape shape() {
            return SHAPE;
        }

        @Override
        public DueDateChoice defaultValue() {
            return DueDateChoice.FEDERAL;
        }

        @Override
        public DueDateChoice parse(JsonCursor value) {
            ObjectCursor o = value.object(SHAPE);
            String rule = o.choice("rule");
            if (rule.equals(CONTRACT_DAY)) {
                if (!o.has("day")) {
                    throw new ScenarioException(o.pathOf("day"), Rules.REQUIRED_PROPERTY,
                            "rule \"" + CONTRACT_DAY + "\" needs the day of the next month (1..31)");
                }
                int day = (int) o.integer("day", 1, 31);
                return new DueDateChoice(CONTRACT_DAY + "-" + day, DueDatePolicy.dayOfNextMonth(day),
                        OptionalInt.of(day));
            }
            if (o.has("day")) {
                throw new ScenarioException(o.pathOf("day"), DebtRules.DEPENDENT_PROPERTY,
                        "day applies only with rule \"" + CONTRACT_DAY + "\", not \"" + rule + "\"");
            }
            return rule.equals("federal") ? DueDateChoice.FEDERAL
                    : new DueDateChoice(rule, DueDatePolicy.FEB_2026_ON_15TH, OptionalInt.empty());
        }

        @Override
        public String name(DueDateChoice value) {
            return value.name();
        }

        @Override
        public Note note(DueDateChoice value) {
            return value.policy().note();
        }

        @Override
        public Optional<JsonNode> details(DueDateChoice value, JsonNodeFactory nodes) {
            if (value.day().isEmpty()) {
                return Optional.empty();
            }
            ObjectNode o = nodes.objectNode();
            o.put("rule", CONTRACT_DAY);
            o.put("day", value.day().getAsInt());
            return Optional.of(o);
        }
    }
}
