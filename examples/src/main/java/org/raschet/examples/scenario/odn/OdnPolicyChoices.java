package org.raschet.examples.scenario.odn;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.raschet.allocation.odn.NegativeVolumePolicy;
import org.raschet.allocation.odn.NetworkNode;
import org.raschet.allocation.odn.NodeKind;
import org.raschet.allocation.odn.OdnPolicy;
import org.raschet.allocation.odn.SplitLevelPolicy;
import org.raschet.core.protocol.Note;
import org.raschet.examples.scenario.input.Policies;
import org.raschet.examples.scenario.input.PolicyChoice;

/**
 * The policies of the common-house split a scenario may choose under {@code policies}: what a negative volume does
 * ({@code commonHouseNegative}) and at which nodes the volume is split ({@code commonHouseSplitLevel}).
 */
public final class OdnPolicyChoices {
    /**
     * A negative common-house volume (LEGAL §6): {@code carry-forward}, the federal default
     * ({@link NegativeVolumePolicy#CARRY_FORWARD}, Minstroy letter of 04.06.2025 No. 32320-ДН/04), or
     * {@code zero-for-month} ({@link NegativeVolumePolicy#ZERO_FOR_MONTH}).
     */
    public static final PolicyChoice<NegativeVolumePolicy> NEGATIVE = new PolicyChoice<>("commonHouseNegative",
            negatives(), "carry-forward", NegativeVolumePolicy::note);

    /**
     * The split level: {@code house}, the federal default ({@link SplitLevelPolicy#HOUSE}, 354 p.44), or the house
     * and also its metered entrances, risers, or both ({@link SplitLevelPolicy#atMetered}).
     */
    public static final PolicyChoice<SplitLevelPolicy> SPLIT_LEVEL = new PolicyChoice<>("commonHouseSplitLevel",
            levels(), "house", SplitLevelPolicy::note);

    private OdnPolicyChoices() {
    }

    private static Map<String, NegativeVolumePolicy> negatives() {
        Map<String, NegativeVolumePolicy> m = new LinkedHashMap<>();
        m.put("carry-forward", NegativeVolumePolicy.CARRY_FORWARD);
        m.put("zero-for-month", NegativeVolumePolicy.ZERO_FOR_MONTH);
        return m;
    }

    private static Map<String, SplitLevelPolicy> levels() {
        Map<String, SplitLevelPolicy> m = new LinkedHashMap<>();
        m.put("house", SplitLevelPolicy.HOUSE);
        m.put("house-and-entrances", atMetered(EnumSet.of(NodeKind.ENTRANCE)));
        m.put("house-and-risers", atMetered(EnumSet.of(NodeKind.RISER)));
        m.put("house-entrances-and-risers", atMetered(EnumSet.of(NodeKind.ENTRANCE, NodeKind.RISER)));
        return m;
    }

    /**
     * {@link SplitLevelPolicy#atMetered} with its identifier (and so the id of its protocol note) written in lower
     * case whatever the JVM's default locale. The library lower-cases the kinds' names by the default locale, so
     * under a Turkish locale {@code RISER} became {@code rıser} and the report changed with the locale; the split
     * itself is the library's.
     */
    private static SplitLevelPolicy atMetered(Set<NodeKind> kinds) {
        SplitLevelPolicy policy = SplitLevelPolicy.atMetered(kinds);
        String id = "house+" + kinds.stream().sorted().map(k -> k.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(","));
        return new SplitLevelPolicy() {
            @Override
            public boolean splitsAt(NetworkNode node) {
                return policy.splitsAt(node);
            }

            @Override
            public Set<NodeKind> levels() {
                return policy.levels();
            }

            @Override
            public String id() {
                return id;
            }

            @Override
            public Note note() {
                Note note = policy.note();
                return new Note("policy:odn.split-level." + id, note.ru(), note.en());
            }
        };
    }

    /**
     * The split's policies as the scenario chose them.
     *
     * @param policies the scenario's policies
     * @return the common-house policy
     */
    public static OdnPolicy of(Policies policies) {
        return new OdnPolicy(policies.get(NEGATIVE), policies.get(SPLIT_LEVEL));
    }
}
