package org.raschet.examples.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.raschet.examples.scenario.compute.ComputeContext;
import org.raschet.examples.scenario.compute.ComputeSection;
import org.raschet.examples.scenario.compute.SectionResult;
import org.raschet.examples.scenario.input.InputSection;
import org.raschet.examples.scenario.input.MetadataSection;
import org.raschet.examples.scenario.input.PoliciesSection;
import org.raschet.examples.scenario.input.ScenarioInputs;
import org.raschet.examples.scenario.json.JsonCursor;
import org.raschet.examples.scenario.json.JsonPath;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.Rules;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a scenario: reads every section (reporting the first fault with its JSON path), then computes the sections
 * asked for under {@code compute}, in {@link ScenarioFormat#COMPUTE} order. A pure function: no files, no console,
 * no clock; the same scenario gives the same result. Either the whole result or a {@link ScenarioException}.
 */
public final class ScenarioRunner {
    /** Reads scenario text: decimals exact, a property given twice or text after the document is an error. */
    private static final JsonMapper READER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ScenarioRunner() {
    }

    /**
     * Reads scenario text as JSON (numbers as exact decimals) and runs it.
     *
     * @param scenario the scenario's JSON text
     * @return the results and protocols
     * @throws ScenarioException if the text is not JSON or the scenario is bad, naming the path and rule
     */
    public static ScenarioResult run(String scenario) {
        return run(parse(scenario));
    }

    /**
     * Reads scenario text as a JSON tree with exact decimals, without running it.
     *
     * @param scenario the scenario's JSON text
     * @return the JSON document
     * @throws ScenarioException with rule {@code json.syntax} if the text is not one well-formed JSON document
     */
    public static JsonNode parse(String scenario) {
        try {
            return READER.readTree(scenario);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null || at == TokenStreamLocation.NA ? ""
                    : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ScenarioException(JsonPath.ROOT, Rules.JSON_SYNTAX,
                    "not well-formed JSON" + where + ": " + e.getOriginalMessage());
        }
    }

    /**
     * Runs a scenario given as a JSON tree. Numbers read as binary floating point by the caller's own mapper are
     * taken at their shortest decimal text; read with {@link #parse} to keep them exact.
     *
     * @param scenario the scenario document
     * @return the results and protocols
     * @throws ScenarioException if the scenario is bad, naming the path of the offending value and the rule
     */
    public static ScenarioResult run(JsonNode scenario) {
        if (scenario == null || scenario.isMissingNode()) {
            throw new ScenarioException(JsonPath.ROOT, Rules.JSON_SYNTAX, "the scenario is empty");
        }
        ObjectCursor root = JsonCursor.root(scenario).object(ScenarioFormat.ROOT);
        ScenarioInputs inputs = ScenarioInputs.empty();
        for (InputSection<?> section : ScenarioFormat.INPUTS) {
            inputs = read(section, root, inputs);
        }
        ObjectCursor compute = root.object("compute");
        if (compute.cursor().node().isEmpty()) {
            throw new ScenarioException(compute.path(), Rules.COMPUTE_SOMETHING,
                    "nothing to compute: name at least one of " + String.join(", ",
                            ScenarioFormat.COMPUTE.stream().map(ComputeSection::key).toList()));
        }
        // read every section's settings before computing anything
        Map<ComputeSection, ComputeSection.Prepared> prepared = new LinkedHashMap<>();
        for (ComputeSection section : ScenarioFormat.COMPUTE) {
            if (!compute.has(section.key())) {
                continue;
            }
            for (String required : section.requires()) {
                if (!compute.has(required)) {
                    throw new ScenarioException(compute.pathOf(section.key()), Rules.SECTION_REQUIRES,
                            "section '" + section.key() + "' uses the results of '" + required
                                    + "': add \"" + required + "\": {} to compute");
                }
            }
            prepared.put(section, section.prepare(compute.object(section.key()), inputs));
        }
        Map<String, SectionResult> results = new LinkedHashMap<>();
        for (Map.Entry<ComputeSection, ComputeSection.Prepared> e : prepared.entrySet()) {
            SectionResult r = e.getValue().compute(new ComputeContext(inputs, results));
            results.put(e.getKey().key(), r);
        }
        return new ScenarioResult(inputs.get(MetadataSection.INSTANCE), inputs.get(PoliciesSection.INSTANCE),
                new ArrayList<>(results.values()));
    }

    private static <T> ScenarioInputs read(InputSection<T> section, ObjectCursor root, ScenarioInputs inputs) {
        Optional<JsonCursor> value = root.find(section.property().name());
        T data = value.isPresent() ? section.parse(value.get(), inputs) : section.absent(inputs);
        return inputs.with(section, data);
    }

}
