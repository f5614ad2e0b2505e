package org.raschet.examples.scenario.input;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.raschet.examples.scenario.debts.DebtPolicySettings;
import org.raschet.examples.scenario.json.JsonCursor;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.odn.OdnPolicyChoices;

/**
 * The {@code policies} section: the policy chosen where law or region varies (rollover, reading priority, forecast,
 * anomaly thresholds, daily profile, recalculation mode, common-house negative volume and split level). Optional,
 * default federal.
 */
public final class PoliciesSection implements InputSection<Policies> {
    /** The one instance. */
    public static final PoliciesSection INSTANCE = new PoliciesSection();

    /** Every policy a scenario can set, in documentation order. */
    public static final List<PolicySetting<?>> CHOICES = List.of(PolicyChoice.ROLLOVER,
            ReadingPrioritySetting.INSTANCE, ForecastSetting.INSTANCE, AnomalyThresholdsSetting.INSTANCE,
            DailyProfileSetting.INSTANCE,
            PolicyChoice.RECALCULATION,
            // common-house needs (issue 5)
            OdnPolicyChoices.NEGATIVE, OdnPolicyChoices.SPLIT_LEVEL,
            // debts (issue 6)
            DebtPolicySettings.DUE_DATE, DebtPolicySettings.LIMITATION_END, DebtPolicySettings.PAYMENT_ALLOCATION,
            // tariffs (issue 4)
            org.raschet.examples.scenario.tariff.PricingSettings.NORM_ZONE_SPLIT,
            org.raschet.examples.scenario.tariff.PricingSettings.INCREASING_COEFFICIENT);

    /** The shape of {@code policies}: one optional choice per policy. */
    public static final ObjectShape SHAPE = new ObjectShape("policies",
            CHOICES.stream().map(c -> Property.optional(c.key(), c.shape())).toList());

    private PoliciesSection() {
    }

    @Override
    public Property property() {
        return Property.optional("policies", SHAPE);
    }

    @Override
    public Policies parse(JsonCursor value, ScenarioInputs earlier) {
        ObjectCursor o = value.object(SHAPE);
        Map<String, Object> chosen = new HashMap<>();
        Set<String> explicit = new HashSet<>();
        for (PolicySetting<?> c : CHOICES) {
            Optional<JsonCursor> v = o.find(c.key());
            if (v.isPresent()) {
                chosen.put(c.key(), c.parse(v.get()));
                explicit.add(c.key());
            }
        }
        return new Policies(chosen, explicit);
    }

    @Override
    public Policies absent(ScenarioInputs earlier) {
        return Policies.defaults();
    }
}
