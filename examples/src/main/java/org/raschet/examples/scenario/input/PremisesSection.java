package org.raschet.examples.scenario.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.raschet.core.account.AccountId;
import org.raschet.core.account.HouseId;
import org.raschet.core.account.Premise;
import org.raschet.core.error.RaschetException;
import org.raschet.core.quantity.Area;
import org.raschet.core.time.Timeline;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.json.ArrayShape;
import org.raschet.examples.scenario.json.JsonCursor;
import org.raschet.examples.scenario.json.JsonPath;
import org.raschet.examples.scenario.json.MapShape;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.Rules;
import org.raschet.examples.scenario.json.ValueShape;

/** The {@code premises} section: premises and their accounts (помещения, лицевые счета). Optional, default none. */
public final class PremisesSection implements InputSection<Premises> {
    /** The one instance. */
    public static final PremisesSection INSTANCE = new PremisesSection();

    /** The tariff group of a premise that names none. */
    public static final String DEFAULT_TARIFF_GROUP = "default";

    /** The shape of one premise. */
    public static final ObjectShape PREMISE = ObjectShape.of("premise",
            Property.required("id", ValueShape.STRING),
            Property.required("house", ValueShape.STRING),
            Property.required("area", ValueShape.DECIMAL),
            Property.optional("residential", ValueShape.BOOLEAN),
            Property.optional("residents", new MapShape(ValueShape.DATE, ValueShape.INTEGER)),
            Property.optional("tariffGroup", ValueShape.STRING));

    private PremisesSection() {
    }

    @Override
    public Property property() {
        return Property.optional("premises", ArrayShape.of(PREMISE));
    }

    @Override
    public Premises parse(JsonCursor value, ScenarioInputs earlier) {
        List<PremiseEntry> out = new ArrayList<>();
        Map<AccountId, JsonPath> seen = new LinkedHashMap<>();
        for (JsonCursor element : value.elements()) {
            ObjectCursor o = element.object(PREMISE);
            AccountId id = Domain.at(o.pathOf("id"), () -> AccountId.of(o.string("id")));
            JsonPath first = seen.putIfAbsent(id, o.path());
            if (first != null) {
                throw new ScenarioException(o.pathOf("id"), Rules.UNIQUE_ID,
                        "account '" + id + "' is already declared at " + first);
            }
            HouseId house = Domain.at(o.pathOf("house"), () -> HouseId.of(o.string("house")));
            BigDecimal areaValue = o.decimal("area");
            Area area = Domain.at(o.pathOf("area"), () -> Area.of(areaValue));
            Map<LocalDate, Integer> residents = new LinkedHashMap<>();
            for (Map.Entry<LocalDate, JsonCursor> e : o.dateMap("residents")) {
                residents.put(e.getKey(), (int) e.getValue().integer(Integer.MIN_VALUE, Integer.MAX_VALUE));
            }
            boolean residential = o.bool("residential", true);
            String group = o.findString("tariffGroup").orElse(DEFAULT_TARIFF_GROUP);
            Premise premise;
            try {
                premise = new Premise(id, house, area, residential, Timeline.of(residents), group);
            } catch (RaschetException e) {
                // the fault names the day whose count is wrong: report that map entry
                JsonPath at = switch (e.rule()) {
                    case "residents.non-negative" -> e.date().map(d -> o.pathOf("residents").property(d.toString()))
                            .orElse(o.pathOf("residents"));
                    case "premise.area-positive" -> o.pathOf("area");
                    default -> o.path();
                };
                throw new ScenarioException(at, e);
            }
            out.add(new PremiseEntry(premise, o.path()));
        }
        return new Premises(out);
    }

    @Override
    public Premises absent(ScenarioInputs earlier) {
        return new Premises(List.of());
    }
}
