package org.raschet.examples.scenario.input;

import java.util.Map;
import java.util.function.Supplier;
import org.raschet.core.error.RaschetException;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.json.JsonPath;

/**
 * Runs Raschet's own validation (value constructors, {@code Meter.check}, calculations) for one element of a
 * scenario and reports its typed faults at the JSON path of the offending property, found from the rule broken.
 */
public final class Domain {
    private Domain() {
    }

    /**
     * Runs {@code body}; a {@link RaschetException} becomes a {@link ScenarioException} at
     * {@code element.property(fields.get(rule))}, or at {@code element} when the rule names no property.
     *
     * @param element the element's path, e.g. {@code $.readings[3]}
     * @param fields  rule → property name of the element that the rule is about
     * @param body    the domain code
     * @return what {@code body} returns
     * @throws ScenarioException if {@code body} throws a Raschet exception
     */
    public static <T> T at(JsonPath element, Map<String, String> fields, Supplier<T> body) {
        try {
            return body.get();
        } catch (RaschetException e) {
            String field = fields.get(e.rule());
            throw new ScenarioException(field == null ? element : element.property(field), e);
        }
    }

    /**
     * Runs {@code body}; a {@link RaschetException} becomes a {@link ScenarioException} at {@code path}.
     *
     * @throws ScenarioException if {@code body} throws a Raschet exception
     */
    public static <T> T at(JsonPath path, Supplier<T> body) {
        return at(path, Map.of(), body);
    }
}
