package org.raschet.allocation.odn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SplitLevelPolicyTest {

    @Test
    void split_level_id_does_not_depend_on_the_default_locale() {
        // protocols are byte-identical under any JVM locale (DESIGN principle 1); Turkish lower-cases I to ı
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            SplitLevelPolicy p = SplitLevelPolicy.atMetered(EnumSet.of(NodeKind.RISER));
            assertEquals("policy:odn.split-level.house+riser", p.note().id());
        } finally {
            Locale.setDefault(before);
        }
    }
}
