package org.raschet.examples.scenario.debts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.raschet.allocation.penalty.KeyRate;
import org.raschet.allocation.penalty.KeyRateSchedule;
import org.raschet.core.error.RateScheduleException;
import org.raschet.examples.scenario.input.Domain;
import org.raschet.examples.scenario.input.InputSection;
import org.raschet.examples.scenario.input.ScenarioInputs;
import org.raschet.examples.scenario.json.ArrayShape;
import org.raschet.examples.scenario.json.JsonCursor;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.ValueShape;

/**
 * The {@code keyRates} section: the Bank of Russia key rate (ключевая ставка) per day, for penalties (LEGAL §9).
 * Optional, default {@link KeyRateSchedule#FEDERAL_HISTORY} (01.01.2016–21.12.2025); a scenario adds later
 * decisions, overrides an entry (same start day) or, with {@code "base": "none"}, gives its own schedule. The
 * schedule must have no gap and no overlap (Raschet's {@code rate-schedule.*} rules).
 */
public final class KeyRatesSection implements InputSection<KeyRatesInput> {
    /** The one instance. */
    public static final KeyRatesSection INSTANCE = new KeyRatesSection();

    /** The shape of one key rate. */
    public static final ObjectShape RATE = ObjectShape.of("key rate",
            Property.required("from", ValueShape.DATE),
            Property.optional("through", ValueShape.DATE),
            Property.required("percent", ValueShape.DECIMAL),
            Property.optional("decidedOn", ValueShape.DATE));

    /** The shape of {@code keyRates}. */
    public static final ObjectShape SHAPE = ObjectShape.of("key rates",
            Property.optional("base", ScheduleBase.SHAPE),
            Property.optional("entries", ArrayShape.of(RATE)));

    private KeyRatesSection() {
    }

    @Override
    public Property property() {
        return Property.optional("keyRates", SHAPE);
    }

    @Override
    public KeyRatesInput parse(JsonCursor value, ScenarioInputs earlier) {
        ObjectCursor o = value.object(SHAPE);
        String base = o.findChoice("base").orElse(ScheduleBase.FEDERAL);
        List<Located<KeyRate>> given = new ArrayList<>();
        for (ObjectCursor e : o.objects("entries")) {
            LocalDate from = e.date("from");
            Optional<LocalDate> through = e.findDate("through");
            BigDecimal percent = e.decimal("percent");
            Optional<LocalDate> decidedOn = e.findDate("decidedOn");
            KeyRate rate = Domain.at(e.path(), Map.of("key-rate.percent", "percent"),
                    () -> new KeyRate(from, through, percent, decidedOn));
            given.add(new Located<>(rate, e.path()));
        }
        List<KeyRate> baseEntries = base.equals(ScheduleBase.FEDERAL) ? KeyRateSchedule.FEDERAL_HISTORY.entries()
                : List.of();
        try {
            KeyRateSchedule schedule = KeyRateSchedule.of(ScheduleBase.merge(baseEntries, given, KeyRate::from));
            return new KeyRatesInput(schedule, base, given);
        } catch (RateScheduleException e) {
            throw ScheduleBase.fault(e, given, o.pathOf("entries"));
        }
    }

    @Override
    public KeyRatesInput absent(ScenarioInputs earlier) {
        return new KeyRatesInput(KeyRateSchedule.FEDERAL_HISTORY, ScheduleBase.FEDERAL, List.of());
    }
}
