package org.raschet.examples.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.raschet.core.protocol.Protocol;
import org.raschet.examples.scenario.compute.SectionResult;
import org.raschet.examples.scenario.input.Metadata;
import org.raschet.examples.scenario.input.Policies;
import org.raschet.examples.scenario.input.PoliciesSection;
import org.raschet.examples.scenario.input.PolicySetting;

/**
 * Everything a scenario run produced: what the scenario is, the policies it ran with, and each compute section's
 * results with its protocol section, in computing order.
 *
 * @param metadata the scenario's metadata
 * @param policies the policies applied
 * @param sections the results of each compute section asked for
 */
public record ScenarioResult(Metadata metadata, Policies policies, List<SectionResult> sections) {
    /** Validates the parts. */
    public ScenarioResult {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(policies, "policies");
        sections = List.copyOf(sections);
    }

    /**
     * The policies to report: those the computed sections depend on, and those the scenario set itself, in the
     * order of {@link PoliciesSection#CHOICES}.
     */
    public List<PolicySetting<?>> reportedPolicies() {
        Set<String> used = new HashSet<>();
        for (SectionResult s : sections) {
            s.policies().forEach(p -> used.add(p.key()));
        }
        return PoliciesSection.CHOICES.stream().filter(c -> used.contains(c.key()) || policies.isExplicit(c))
                .toList();
    }

    /** The protocol of the whole run: one top-level section per compute section. */
    public Protocol protocol() {
        return new Protocol(sections.stream().map(s -> (org.raschet.core.protocol.ProtocolEntry) s.protocol())
                .toList());
    }
}
