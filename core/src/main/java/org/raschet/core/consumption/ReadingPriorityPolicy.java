package org.raschet.core.consumption;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.raschet.core.meter.ReadingSource;
import org.raschet.core.protocol.Note;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;

/**
 * Which reading source outranks which (приоритет источников показаний). A reading of a higher rank overrules a
 * contradicting earlier reading of a lower rank (LEGAL §4; 354 p.61, p.82–85): the overruled reading stays visible
 * in the result and the protocol. On one day, the reading of the highest rank is the one used.
 */
public interface ReadingPriorityPolicy {
    /**
     * Federal default: a control reading by the supplier (354 p.82–85) outranks a remote (AMR) reading, which
     * outranks the consumer's readings (web, SMS, receipt, all equal); an estimated value ranks lowest.
     */
    ReadingPriorityPolicy FEDERAL = SourceRanks.FEDERAL;

    /** The rank of {@code source}: higher outranks lower. */
    int rank(ReadingSource source);

    /** The note naming this policy in the protocol ({@code policy:...}). */
    Note note();

    /**
     * A priority policy given as a rank per source.
     *
     * @param id    the policy's identifier, shown in the protocol as {@code policy:reading-priority.<id>}
     * @param ranks the rank of every reading source
     */
    record SourceRanks(String id, Map<ReadingSource, Integer> ranks) implements ReadingPriorityPolicy {
        /** Federal default ranks: control 3, remote 2, consumer 1, estimated 0. */
        public static final SourceRanks FEDERAL = new SourceRanks("federal", Map.of(
                ReadingSource.CONTROL, 3, ReadingSource.REMOTE, 2, ReadingSource.CONSUMER_WEB, 1,
                ReadingSource.CONSUMER_SMS, 1, ReadingSource.RECEIPT, 1, ReadingSource.ESTIMATED, 0));

        /**
         * Validates that every source has a rank.
         *
         * @throws InvalidValueException if a source has no rank
         */
        public SourceRanks {
            Objects.requireNonNull(id, "id");
            EnumMap<ReadingSource, Integer> copy = new EnumMap<>(ReadingSource.class);
            copy.putAll(ranks);
            for (ReadingSource s : ReadingSource.values()) {
                if (!copy.containsKey(s)) {
                    throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "reading-priority policy", null, "reading source " + s + " has no rank in policy " + id, "policy.reading-priority-ranks");
                }
            }
            ranks = Map.copyOf(copy);
        }

        @Override
        public int rank(ReadingSource source) {
            return ranks.get(source);
        }

        @Override
        public Note note() {
            if (equals(FEDERAL)) {
                return new Note("policy:reading-priority." + id,
                        "политика: приоритет показаний — контрольное снятие, затем дистанционное, затем потребителя",
                        "policy: reading priority — control, then remote, then the consumer's");
            }
            // other ranks: list the sources from the highest rank down, so the note says what was applied
            StringBuilder ru = new StringBuilder("политика: приоритет показаний (" + id + ") — ");
            StringBuilder en = new StringBuilder("policy: reading priority (" + id + ") — ");
            java.util.List<ReadingSource> order = new java.util.ArrayList<>(java.util.List.of(ReadingSource.values()));
            order.sort(java.util.Comparator.comparingInt((ReadingSource r) -> -rank(r))
                    .thenComparing(Enum::ordinal));
            for (int i = 0; i < order.size(); i++) {
                ReadingSource r = order.get(i);
                ru.append(i == 0 ? "" : ", ").append(r.nameRu()).append(' ').append(rank(r));
                en.append(i == 0 ? "" : ", ").append(r.nameEn()).append(' ').append(rank(r));
            }
            return new Note("policy:reading-priority." + id, ru.toString(), en.toString());
        }
    }
}
