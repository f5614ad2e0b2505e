package org.raschet.examples.scenario.compute;

import java.util.List;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.ProtocolSection;
import org.raschet.examples.scenario.input.PolicySetting;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The results of one compute section and the protocol section that explains them. The report prints every
 * section's results, then the protocol of all sections, in the order the sections were computed.
 */
public interface SectionResult {
    /** The key of the section that produced it, e.g. {@code "intervals"}. */
    String key();

    /**
     * The policies these results depend on; the report's header lists them (with any the scenario set itself).
     */
    default List<PolicySetting<?>> policies() {
        return List.of();
    }

    /** The section's protocol: a titled section whose steps explain every figure of the results. */
    ProtocolSection protocol();

    /**
     * The results as text lines (each ending with {@code "\n"}), indented by the report; independent of the JVM's
     * locale and time zone.
     *
     * @param language the language
     * @return the lines, not including the section's title
     */
    String text(Language language);

    /**
     * The results as JSON, with exact decimals written as strings.
     *
     * @param nodes the node factory
     * @return the results
     */
    JsonNode json(JsonNodeFactory nodes);
}
