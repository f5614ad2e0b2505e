package org.raschet.examples.scenario.debts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.raschet.core.error.RateScheduleException;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.json.JsonPath;
import org.raschet.examples.scenario.json.ValueShape;

/**
 * What the scenario's own entries of a penalty schedule ({@code keyRates}, {@code rateRules}, {@code moratoriums})
 * start from: Raschet's federal history ({@code "federal"}, the default) or nothing ({@code "none"}).
 */
final class ScheduleBase {
    /** The federal history, the default. */
    static final String FEDERAL = "federal";
    /** No base: only the scenario's entries. */
    static final String NONE = "none";
    /** The choice of {@code base}. */
    static final ValueShape SHAPE = ValueShape.choice(List.of(FEDERAL, NONE));

    private ScheduleBase() {
    }

    /**
     * The base entries not replaced by a given entry starting on the same day, then every given entry: a given
     * entry with the start of a base entry overrides it, any other adds to the schedule.
     */
    static <E> List<E> merge(List<E> base, List<Located<E>> given, Function<E, ?> from) {
        Set<Object> replaced = new HashSet<>();
        given.forEach(g -> replaced.add(from.apply(g.value())));
        List<E> out = new ArrayList<>();
        for (E e : base) {
            if (!replaced.contains(from.apply(e))) {
                out.add(e);
            }
        }
        given.forEach(g -> out.add(g.value()));
        return out;
    }

    /**
     * A schedule fault at the given entry it names (the entry whose text is the fault's value), at its
     * {@code through} for an entry ending before it starts, else its {@code from}; at {@code entries} when the
     * fault is about a base entry or no entry.
     */
    static <E> ScenarioException fault(RateScheduleException e, List<Located<E>> given, JsonPath entries) {
        for (Located<E> g : given) {
            if (g.value().toString().equals(e.value())) {
                String field = e.rule().equals("rate-schedule.entry-ordered") ? "through" : "from";
                return new ScenarioException(g.path().property(field), e);
            }
        }
        return new ScenarioException(entries, e);
    }
}
