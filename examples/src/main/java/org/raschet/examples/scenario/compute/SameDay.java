package org.raschet.examples.scenario.compute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.raschet.core.consumption.ReadingPriorityPolicy;
import org.raschet.core.consumption.ReadingStatus;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.ReadingException;
import org.raschet.core.meter.Meter;
import org.raschet.core.meter.Reading;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.input.ReadingEntry;

/**
 * One reading per register and day, chosen the way Raschet's per-day engine chooses (LEGAL §4): the highest rank by
 * the priority policy, then the latest known; among equal values of that rank the earliest known (the audit trail
 * shows the reading as first received). Two readings of one rank known on one date with different values cannot be
 * ordered: Raschet's conflict {@code readings.no-conflicting-duplicates}.
 */
final class SameDay {
    private SameDay() {
    }

    /** The readings used (one per day, by date) and the other readings of those days. */
    record Choice(List<ReadingEntry> used, List<SameDayReading> notUsed) {
    }

    /** A stable order of the readings of one day, independent of their order in the document. */
    private static final Comparator<Reading> CANONICAL = Comparator.comparing(Reading::source)
            .thenComparing(Reading::knownOn).thenComparing(r -> r.value().micros())
            .thenComparing(r -> r.document().orElse(""));

    /**
     * Chooses among the readings of one register of {@code meter}.
     *
     * @param meter    the meter
     * @param series   the register's readings by date
     * @param priority the reading priority policy
     * @throws ScenarioException at the second reading's value on a conflict
     */
    static Choice choose(Meter meter, List<ReadingEntry> series, ReadingPriorityPolicy priority) {
        List<ReadingEntry> used = new ArrayList<>();
        List<SameDayReading> notUsed = new ArrayList<>();
        Comparator<ReadingEntry> best = Comparator.comparingInt((ReadingEntry e) -> -priority.rank(e.reading().source()))
                .thenComparing((ReadingEntry e) -> e.reading().knownOn(), Comparator.reverseOrder())
                .thenComparing(ReadingEntry::reading, CANONICAL);
        int i = 0;
        while (i < series.size()) {
            int j = i;
            while (j < series.size() && series.get(j).reading().date().equals(series.get(i).reading().date())) {
                j++;
            }
            List<ReadingEntry> day = new ArrayList<>(series.subList(i, j));
            day.sort(best);
            Reading top = day.get(0).reading();
            int topRank = priority.rank(top.source());
            ReadingEntry winner = day.stream()
                    .filter(e -> priority.rank(e.reading().source()) == topRank && e.reading().value().equals(top.value()))
                    .min(Comparator.comparing((ReadingEntry e) -> e.reading().knownOn())
                            .thenComparing(ReadingEntry::reading, CANONICAL))
                    .orElseThrow();
            used.add(winner);
            for (ReadingEntry other : day) {
                if (other == winner) {
                    continue;
                }
                Reading o = other.reading();
                boolean sameRank = priority.rank(o.source()) == topRank;
                if (o.value().equals(winner.reading().value())) {
                    notUsed.add(new SameDayReading(other, ReadingStatus.DUPLICATE, winner));
                } else if (sameRank && o.knownOn().equals(top.knownOn())) {
                    throw new ScenarioException(other.path().property("value"), new ReadingException(
                            ErrorCode.READING_CONFLICT, "meter " + meter.id(), o.date(), "readings " + top.value()
                            + " (" + top.source() + ") and " + o.value() + " (" + o.source() + ") of register "
                            + o.register().code() + " have one rank and are known on one date",
                            "readings.no-conflicting-duplicates"));
                } else if (sameRank) {
                    notUsed.add(new SameDayReading(other, ReadingStatus.SUPERSEDED, winner));
                } else {
                    notUsed.add(new SameDayReading(other, ReadingStatus.OVERRULED, winner));
                }
            }
            i = j;
        }
        return new Choice(used, notUsed);
    }
}
