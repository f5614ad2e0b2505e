package org.raschet.tariffs.pricing;

import org.raschet.core.protocol.Note;

/**
 * How the norm of a block tariff is shared among the zones of a zoned meter (распределение социальной нормы по
 * зонам). The blocks are found on the run's total volume; this policy says which zone's volume falls in which block.
 */
public enum NormZoneSplit {
    /**
     * Default: each block in proportion to the zones' volumes (exact cumulative split, formula
     * {@code block.zone-share}); every zone gets the same within-norm fraction.
     */
    PROPORTIONAL("policy:norm.zone-split.proportional",
            "политика: норма распределена по зонам пропорционально объёмам зон",
            "policy: the norm shared among zones in proportion to their volumes"),
    /** Blocks filled zone by zone in the tariff's zone order (day, then night; formula {@code block.zone-order}). */
    IN_ZONE_ORDER("policy:norm.zone-split.in-zone-order",
            "политика: норма распределена по зонам по порядку зон тарифа",
            "policy: the norm given to the zones in the tariff's zone order");

    private final Note note;

    NormZoneSplit(String id, String ru, String en) {
        this.note = new Note(id, ru, en);
    }

    /** The note naming the policy in the protocol. */
    public Note note() {
        return note;
    }
}
