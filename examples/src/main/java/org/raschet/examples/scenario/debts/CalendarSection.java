package org.raschet.examples.scenario.debts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.raschet.core.error.RaschetException;
import org.raschet.core.time.WorkingCalendar;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.input.InputSection;
import org.raschet.examples.scenario.input.ScenarioInputs;
import org.raschet.examples.scenario.json.ArrayShape;
import org.raschet.examples.scenario.json.JsonCursor;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.ValueShape;

/**
 * The {@code calendar} section: the working-day calendar (производственный календарь) that moves a due date or the
 * last day of a limitation period from a non-working day to the next working day (ГК РФ ст. 193). Optional,
 * default {@link WorkingCalendar#WEEKENDS_ONLY} (Saturdays and Sundays, no holidays).
 */
public final class CalendarSection implements InputSection<WorkingCalendar> {
    /** The one instance. */
    public static final CalendarSection INSTANCE = new CalendarSection();

    /** The shape of {@code calendar}. */
    public static final ObjectShape SHAPE = ObjectShape.of("calendar",
            Property.optional("holidays", ArrayShape.of(ValueShape.DATE)),
            Property.optional("workingDays", ArrayShape.of(ValueShape.DATE)));

    private CalendarSection() {
    }

    @Override
    public Property property() {
        return Property.optional("calendar", SHAPE);
    }

    @Override
    public WorkingCalendar parse(JsonCursor value, ScenarioInputs earlier) {
        ObjectCursor o = value.object(SHAPE);
        List<LocalDate> holidays = dates(o, "holidays");
        List<JsonCursor> workingCursors = o.find("workingDays").map(JsonCursor::elements).orElse(List.of());
        List<LocalDate> working = dates(o, "workingDays");
        try {
            return WorkingCalendar.of(holidays, working);
        } catch (RaschetException e) {
            // both calendar rules are about a declared working day: report the first one on the day named
            LocalDate day = e.date().orElse(null);
            for (int i = 0; i < working.size(); i++) {
                if (working.get(i).equals(day)) {
                    throw new ScenarioException(workingCursors.get(i).path(), e);
                }
            }
            throw new ScenarioException(o.pathOf("workingDays"), e);
        }
    }

    private static List<LocalDate> dates(ObjectCursor o, String name) {
        List<LocalDate> out = new ArrayList<>();
        o.find(name).ifPresent(c -> c.elements().forEach(e -> out.add(e.date())));
        return out;
    }

    @Override
    public WorkingCalendar absent(ScenarioInputs earlier) {
        return WorkingCalendar.WEEKENDS_ONLY;
    }
}
