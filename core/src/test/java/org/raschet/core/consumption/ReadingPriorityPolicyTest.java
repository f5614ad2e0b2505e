package org.raschet.core.consumption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.raschet.core.consumption.ReadingPriorityPolicy.SourceRanks;
import org.raschet.core.meter.ReadingSource;

class ReadingPriorityPolicyTest {

    @Test
    void federal_note_names_the_federal_order_legal_4() {
        assertEquals("policy: reading priority — control, then remote, then the consumer's",
                SourceRanks.FEDERAL.note().en());
    }

    @Test
    void custom_ranks_note_lists_the_ranks_actually_applied() {
        // a contract that trusts the remote system above the inspector: the protocol must say so, not the federal order
        Map<ReadingSource, Integer> ranks = new EnumMap<>(SourceRanks.FEDERAL.ranks());
        ranks.put(ReadingSource.REMOTE, 4);
        SourceRanks custom = new SourceRanks("amr-first", ranks);
        assertEquals("policy: reading priority (amr-first) — remote (AMR) 4, control reading 3, consumer via web 1,"
                + " consumer via SMS 1, consumer via receipt 1, estimated 0", custom.note().en());
        assertEquals("policy:reading-priority.amr-first", custom.note().id());
    }
}
