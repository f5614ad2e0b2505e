package org.raschet.examples.scenario.tariff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.raschet.core.protocol.Note;
import org.raschet.core.time.Timeline;
import org.raschet.examples.scenario.input.Domain;
import org.raschet.examples.scenario.input.PolicyChoice;
import org.raschet.examples.scenario.input.PolicySetting;
import org.raschet.examples.scenario.json.JsonCursor;
import org.raschet.examples.scenario.json.MapShape;
import org.raschet.examples.scenario.json.Names;
import org.raschet.examples.scenario.json.Rules;
import org.raschet.examples.scenario.json.ValueShape;
import org.raschet.tariffs.pricing.NormZoneSplit;
import org.raschet.tariffs.schedule.Coefficient;
import org.raschet.tariffs.schedule.IncreasingCoefficient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The pricing policies a scenario may set under {@code policies} (listed in
 * {@link org.raschet.examples.scenario.input.PoliciesSection#CHOICES}): how a block tariff's norm is shared among
 * the zones of a zoned meter, and the increasing coefficient in force from each date. Each omitted takes its
 * documented default ({@link org.raschet.tariffs.pricing.PricingPolicies#DEFAULT}).
 */
public final class PricingSettings {
    private PricingSettings() {
    }

    /**
     * How a block tariff's norm is shared among zones (Decree No. 614): {@code proportional} (the default,
     * {@link NormZoneSplit#PROPORTIONAL}) or {@code in-zone-order} ({@link NormZoneSplit#IN_ZONE_ORDER}).
     */
    public static final PolicyChoice<NormZoneSplit> NORM_ZONE_SPLIT = new PolicyChoice<>("normZoneSplit",
            options(), Names.of(NormZoneSplit.PROPORTIONAL), NormZoneSplit::note);

    private static Map<String, NormZoneSplit> options() {
        Map<String, NormZoneSplit> m = new LinkedHashMap<>();
        for (NormZoneSplit s : NormZoneSplit.values()) {
            m.put(Names.of(s), s);
        }
        return m;
    }

    /** The increasing coefficient K (354 App. 2, formula 4; LEGAL §5): date → K, default 1.5 from 2017-01-01. */
    public static final IncreasingCoefficientSetting INCREASING_COEFFICIENT = new IncreasingCoefficientSetting();

    /**
     * The {@code increasingCoefficient} policy: the coefficient in force from each date, positive with at most 4
     * decimals; named {@code federal} when omitted ({@link IncreasingCoefficient#FEDERAL}), {@code scenario}
     * (protocol id {@code coefficient.scenario}) when given.
     */
    public static final class IncreasingCoefficientSetting implements PolicySetting<IncreasingCoefficient> {
        /** The protocol id of a coefficient given by a scenario. */
        public static final String SCENARIO_ID = "coefficient.scenario";

        private IncreasingCoefficientSetting() {
        }

        @Override
        public String key() {
            return "increasingCoefficient";
        }

        @Override
        public MapShape shape() {
            return new MapShape(ValueShape.DATE, ValueShape.DECIMAL);
        }

        @Override
        public IncreasingCoefficient defaultValue() {
            return IncreasingCoefficient.FEDERAL;
        }

        @Override
        public IncreasingCoefficient parse(JsonCursor value) {
            List<Map.Entry<String, JsonCursor>> entries = value.entries();
            if (entries.isEmpty()) {
                throw value.fault(Rules.REQUIRED_PROPERTY,
                        "the increasing coefficient gives at least one value from a date, e.g. {\"2017-01-01\": 1.5}");
            }
            Map<LocalDate, Coefficient> values = new LinkedHashMap<>();
            for (Map.Entry<String, JsonCursor> e : entries) {
                LocalDate from = JsonCursor.parseDate(e.getKey(), e.getValue());
                BigDecimal k = e.getValue().decimal();
                values.put(from, Domain.at(e.getValue().path(), () -> new Coefficient(k)));
            }
            return new IncreasingCoefficient(SCENARIO_ID, Timeline.of(values));
        }

        @Override
        public String name(IncreasingCoefficient value) {
            return value.equals(IncreasingCoefficient.FEDERAL) ? "federal" : "scenario";
        }

        @Override
        public Note note(IncreasingCoefficient value) {
            return value.note();
        }

        @Override
        public Optional<JsonNode> details(IncreasingCoefficient value, JsonNodeFactory nodes) {
            ObjectNode o = nodes.objectNode();
            value.values().entries().forEach((d, k) -> o.put(d.toString(), k.toString()));
            return Optional.of(o);
        }
    }
}
