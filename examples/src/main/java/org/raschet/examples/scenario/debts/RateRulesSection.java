package org.raschet.examples.scenario.debts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.raschet.allocation.penalty.RateRule;
import org.raschet.allocation.penalty.RateRulePeriod;
import org.raschet.allocation.penalty.RateRuleSchedule;
import org.raschet.core.error.RateScheduleException;
import org.raschet.core.protocol.LegalRef;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.input.Domain;
import org.raschet.examples.scenario.input.InputSection;
import org.raschet.examples.scenario.input.ScenarioInputs;
import org.raschet.examples.scenario.json.ArrayShape;
import org.raschet.examples.scenario.json.JsonCursor;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.Rules;
import org.raschet.examples.scenario.json.ValueShape;

/**
 * The {@code rateRules} section: how the penalty rate follows from the key rate, per day (LEGAL §9). Optional,
 * default {@link RateRuleSchedule#FEDERAL}: the key rate, and min(9.5 %, key rate) from 28.02.2022 to 31.12.2026
 * (Decree No. 474 as extended). Entries override (same start day) or add to the base, like {@code keyRates}.
 */
public final class RateRulesSection implements InputSection<RateRulesInput> {
    /** The one instance. */
    public static final RateRulesSection INSTANCE = new RateRulesSection();

    /** The plain key rate. */
    public static final String KEY_RATE = "key-rate";
    /** Decree No. 474's cap: min(9.5 %, key rate). */
    public static final String DECREE_474_CAP = "decree-474-cap";
    /** The key rate capped at {@code cap}, by the act named in {@code source}. */
    public static final String CAPPED = "capped";

    /** The shape of one rate rule in force from a day. */
    public static final ObjectShape RULE = ObjectShape.of("rate rule",
            Property.required("from", ValueShape.DATE),
            Property.optional("through", ValueShape.DATE),
            Property.required("rule", ValueShape.choice(List.of(KEY_RATE, DECREE_474_CAP, CAPPED))),
            Property.optional("cap", ValueShape.DECIMAL),
            Property.optional("source", ValueShape.STRING));

    /** The shape of {@code rateRules}. */
    public static final ObjectShape SHAPE = ObjectShape.of("rate rules",
            Property.optional("base", ScheduleBase.SHAPE),
            Property.optional("entries", ArrayShape.of(RULE)));

    private RateRulesSection() {
    }

    @Override
    public Property property() {
        return Property.optional("rateRules", SHAPE);
    }

    @Override
    public RateRulesInput parse(JsonCursor value, ScenarioInputs earlier) {
        ObjectCursor o = value.object(SHAPE);
        String base = o.findChoice("base").orElse(ScheduleBase.FEDERAL);
        List<Located<RateRulePeriod>> given = new ArrayList<>();
        for (ObjectCursor e : o.objects("entries")) {
            LocalDate from = e.date("from");
            Optional<LocalDate> through = e.findDate("through");
            String name = e.choice("rule");
            RateRule rule;
            if (name.equals(CAPPED)) {
                for (String needed : List.of("cap", "source")) {
                    if (!e.has(needed)) {
                        throw new ScenarioException(e.pathOf(needed), Rules.REQUIRED_PROPERTY,
                                "rule \"" + CAPPED + "\" needs " + needed);
                    }
                }
                BigDecimal cap = e.decimal("cap");
                String source = e.string("source");
                rule = Domain.at(e.path(), Map.of("rate-rule.cap", "cap"), () -> RateRule.capped(
                        "capped-" + cap.toPlainString(), cap, new LegalRef("scenario.rate-rule", source, source)));
            } else {
                for (String extra : List.of("cap", "source")) {
                    if (e.has(extra)) {
                        throw new ScenarioException(e.pathOf(extra), DebtRules.DEPENDENT_PROPERTY,
                                extra + " applies only with rule \"" + CAPPED + "\", not \"" + name + "\"");
                    }
                }
                rule = name.equals(KEY_RATE) ? RateRule.KEY_RATE : RateRule.DECREE_474_CAP;
            }
            given.add(new Located<>(new RateRulePeriod(from, through, rule), e.path()));
        }
        List<RateRulePeriod> baseEntries = base.equals(ScheduleBase.FEDERAL) ? RateRuleSchedule.FEDERAL.entries()
                : List.of();
        try {
            RateRuleSchedule schedule = RateRuleSchedule.of(ScheduleBase.merge(baseEntries, given,
                    RateRulePeriod::from));
            return new RateRulesInput(schedule, base, given);
        } catch (RateScheduleException ex) {
            throw ScheduleBase.fault(ex, given, o.pathOf("entries"));
        }
    }

    @Override
    public RateRulesInput absent(ScenarioInputs earlier) {
        return new RateRulesInput(RateRuleSchedule.FEDERAL, ScheduleBase.FEDERAL, List.of());
    }
}
