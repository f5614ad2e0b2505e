package org.raschet.examples.scenario.input;

import java.math.BigDecimal;
import java.util.Optional;
import org.raschet.core.protocol.Note;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Unit;
import org.raschet.examples.scenario.ScenarioException;
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
 * The {@code anomalyThresholds} policy: the thresholds of the anomaly flags (a supplier's practice, not law). Each
 * number omitted keeps Raschet's default ({@link AnomalySettings#DEFAULT}); the floors are checked only when given.
 * Named {@code default} when nothing differs from the defaults, {@code scenario} otherwise.
 */
public final class AnomalyThresholdsSetting implements PolicySetting<AnomalySettings> {
    /** The one instance. */
    public static final AnomalyThresholdsSetting INSTANCE = new AnomalyThresholdsSetting();

    /** The highest percentage or number of days a scenario may give. */
    public static final int MAX = 100_000;

    /** The shape: the thresholds, each optional. */
    public static final ObjectShape SHAPE = ObjectShape.of("anomaly thresholds",
            Property.optional("jumpPercent", ValueShape.INTEGER),
            Property.optional("dropPercent", ValueShape.INTEGER),
            Property.optional("longGapDays", ValueShape.INTEGER),
            Property.optional("floorPerResidentPerDay", ValueShape.DECIMAL),
            Property.optional("floorPerAreaPerDay", ValueShape.DECIMAL));

    private AnomalyThresholdsSetting() {
    }

    @Override
    public String key() {
        return "anomalyThresholds";
    }

    @Override
    public ObjectShape shape() {
        return SHAPE;
    }

    @Override
    public AnomalySettings defaultValue() {
        return AnomalySettings.DEFAULT;
    }

    @Override
    public AnomalySettings parse(JsonCursor value) {
        ObjectCursor o = value.object(SHAPE);
        AnomalySettings d = AnomalySettings.DEFAULT;
        AnomalySettings s = new AnomalySettings((int) o.integer("jumpPercent", 0, MAX, d.jumpPercent()),
                (int) o.integer("dropPercent", 0, MAX, d.dropPercent()),
                (int) o.integer("longGapDays", 1, MAX, d.longGapDays()),
                floor(o, "floorPerResidentPerDay"), floor(o, "floorPerAreaPerDay"));
        return s.equals(d) ? d : s;
    }

    private static Optional<BigDecimal> floor(ObjectCursor o, String name) {
        Optional<BigDecimal> v = o.findDecimal(name);
        if (v.isPresent()) {
            if (v.get().signum() < 0) {
                throw new ScenarioException(o.pathOf(name), Rules.RANGE, name + " " + v.get().toPlainString()
                        + " is negative");
            }
            // a quantity keeps 10⁻⁶ of its unit: a finer floor is Raschet's precision fault, not rounded
            Domain.at(o.pathOf(name), () -> Quantity.of(v.get(), Unit.KWH));
        }
        return v;
    }

    @Override
    public String name(AnomalySettings value) {
        return value.equals(AnomalySettings.DEFAULT) ? "default" : "scenario";
    }

    @Override
    public Note note(AnomalySettings value) {
        Note n = value.thresholds(Unit.KWH).note();
        String ru = n.ru();
        String en = n.en();
        if (value.floorPerResidentPerDay().isPresent()) {
            ru += ", минимум на человека в сутки " + value.floorPerResidentPerDay().get().toPlainString();
            en += ", floor per resident per day " + value.floorPerResidentPerDay().get().toPlainString();
        }
        if (value.floorPerAreaPerDay().isPresent()) {
            ru += ", минимум на м² в сутки " + value.floorPerAreaPerDay().get().toPlainString();
            en += ", floor per m² per day " + value.floorPerAreaPerDay().get().toPlainString();
        }
        return new Note(n.id(), "политика: " + ru, "policy: " + en);
    }

    @Override
    public Optional<JsonNode> details(AnomalySettings value, JsonNodeFactory nodes) {
        ObjectNode o = nodes.objectNode();
        o.put("jumpPercent", value.jumpPercent());
        o.put("dropPercent", value.dropPercent());
        o.put("longGapDays", value.longGapDays());
        value.floorPerResidentPerDay().ifPresent(f -> o.put("floorPerResidentPerDay", f.toPlainString()));
        value.floorPerAreaPerDay().ifPresent(f -> o.put("floorPerAreaPerDay", f.toPlainString()));
        return Optional.of(o);
    }
}
