package org.raschet.examples.scenario.report;

import org.raschet.core.json.RaschetJson;
import org.raschet.examples.scenario.ScenarioResult;
import org.raschet.examples.scenario.compute.SectionResult;
import org.raschet.examples.scenario.input.Metadata;
import org.raschet.examples.scenario.input.Policies;
import org.raschet.examples.scenario.input.PolicySetting;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON report of a scenario run: the scenario's metadata, the policies applied, each section's results, and the
 * protocol of the whole run as {@link RaschetJson} writes it. Exact decimals are strings; the text is the same
 * whatever the JVM's locale or time zone.
 */
public final class JsonReport {
    private JsonReport() {
    }

    /**
     * Renders the report as pretty-printed JSON ending with {@code "\n"}.
     *
     * @param result the run's result
     * @return the JSON text
     */
    public static String render(ScenarioResult result) {
        return JsonOutput.write(tree(result));
    }

    /** The report as a JSON tree. */
    public static ObjectNode tree(ScenarioResult result) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        root.set("scenario", metadata(nodes, result.metadata()));
        root.set("policies", policies(nodes, result));
        ArrayNode sections = root.putArray("sections");
        for (SectionResult s : result.sections()) {
            ObjectNode o = sections.addObject();
            o.put("section", s.key());
            ObjectNode title = o.putObject("title");
            title.put("ru", s.protocol().titleRu());
            title.put("en", s.protocol().titleEn());
            o.set("results", s.json(nodes));
        }
        root.set("protocol", JsonOutput.tree(result.protocol()));
        return root;
    }

    private static ObjectNode metadata(JsonNodeFactory nodes, Metadata m) {
        ObjectNode o = nodes.objectNode();
        o.put("name", m.name());
        m.description().ifPresent(d -> o.put("description", d));
        ArrayNode sources = o.putArray("sources");
        m.sources().forEach(sources::add);
        return o;
    }

    private static ObjectNode policies(JsonNodeFactory nodes, ScenarioResult result) {
        ObjectNode o = nodes.objectNode();
        for (PolicySetting<?> c : result.reportedPolicies()) {
            o.set(c.key(), policy(nodes, result.policies(), c));
        }
        return o;
    }

    private static <T> ObjectNode policy(JsonNodeFactory nodes, Policies policies, PolicySetting<T> c) {
        T value = policies.get(c);
        ObjectNode p = nodes.objectNode();
        p.put("option", c.name(value));
        p.put("default", !policies.isExplicit(c));
        c.details(value, nodes).ifPresent(d -> p.set("settings", d));
        return p;
    }
}
