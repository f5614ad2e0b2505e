package org.raschet.core.consumption.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.raschet.core.consumption.ReadingOutcome;
import org.raschet.core.consumption.ReadingPriorityPolicy;
import org.raschet.core.consumption.ReadingStatus;
import org.raschet.core.consumption.RolloverPolicy;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.ReadingException;
import org.raschet.core.meter.Meter;
import org.raschet.core.meter.Reading;

/**
 * Which readings of one register of one meter are accepted, and the chains of accepted readings between which
 * intervals are measured (LEGAL §2, §4).
 */
public final class Acceptance {
    private Acceptance() {
    }

    /** The accepted readings in chains (an out-of-order episode breaks a chain), and every reading's outcome. */
    public record Result(List<List<Reading>> chains, List<ReadingOutcome> outcomes) {
    }

    /** A canonical order of readings, so that no result depends on the order of the inputs. */
    public static final Comparator<Reading> CANONICAL = Comparator.comparing((Reading r) -> r.meter().value())
            .thenComparing(Reading::register).thenComparing(Reading::date).thenComparing(Reading::source)
            .thenComparing(Reading::knownOn).thenComparing(r -> r.value().micros())
            .thenComparing(r -> r.document().orElse(""));

    /**
     * Accepts the readings of one register of {@code state}'s meter (all known on the as-known-on date, already
     * checked against the meter).
     *
     * @param readings   the readings, any order
     * @param refusals   access refusals {@code (a, x]} (consumer readings strictly inside are not accepted)
     * @throws ReadingException on two readings of one day and rank known on one date with different values, or on
     *                          a decrease with no rollover, replacement or overrule to explain it
     */
    public static Result accept(MeterState state, List<Reading> readings, List<MeterState.Episode> refusals,
                                ReadingPriorityPolicy priority, RolloverPolicy rollover) {
        Meter meter = state.meter();
        List<Reading> sorted = new ArrayList<>(readings);
        sorted.sort(CANONICAL);
        List<ReadingOutcome> outcomes = new ArrayList<>();
        List<Reading> eligible = new ArrayList<>();
        for (Reading r : sorted) {
            long t = r.date().toEpochDay();
            if (state.rejectsReading(t)) {
                outcomes.add(new ReadingOutcome(r, ReadingStatus.METER_OUT_OF_ORDER, Optional.empty()));
            } else if (r.source().isConsumer() && refusals.stream().anyMatch(e -> e.rejects(t))) {
                outcomes.add(new ReadingOutcome(r, ReadingStatus.ACCESS_REFUSED, Optional.empty()));
            } else {
                eligible.add(r);
            }
        }
        // One reading per day: the highest rank, then the latest known (LEGAL §4; a consumer's own correction).
        Comparator<Reading> best = Comparator.comparingInt((Reading r) -> -priority.rank(r.source()))
                .thenComparing(Reading::knownOn, Comparator.reverseOrder()).thenComparing(CANONICAL);
        List<Reading> daily = new ArrayList<>();
        int i = 0;
        while (i < eligible.size()) {
            int j = i;
            while (j < eligible.size() && eligible.get(j).date().equals(eligible.get(i).date())) {
                j++;
            }
            List<Reading> day = new ArrayList<>(eligible.subList(i, j));
            day.sort(best);
            Reading top = day.get(0);
            // among equal readings of the winning rank, the earliest known is the one accepted (an audit trail
            // shows the reading as first received); later equal ones are duplicates
            Reading winner = day.stream().filter(r -> priority.rank(r.source()) == priority.rank(top.source())
                    && r.value().equals(top.value())).min(Comparator.comparing(Reading::knownOn)
                    .thenComparing(CANONICAL)).orElseThrow();
            day.remove(winner);
            day.add(0, winner);
            daily.add(winner);
            for (Reading other : day.subList(1, day.size())) {
                boolean sameRank = priority.rank(other.source()) == priority.rank(winner.source());
                if (other.value().equals(winner.value())) {
                    outcomes.add(new ReadingOutcome(other, ReadingStatus.DUPLICATE, Optional.of(winner)));
                } else if (sameRank && other.knownOn().equals(top.knownOn())) {
                    throw new ReadingException(ErrorCode.READING_CONFLICT, "meter " + meter.id(), winner.date(),
                            "readings " + top.value() + " (" + top.source() + ") and " + other.value() + " ("
                                    + other.source() + ") of register " + winner.register().code()
                                    + " have one rank and are known on one date", "readings.no-conflicting-duplicates");
                } else if (sameRank) {
                    outcomes.add(new ReadingOutcome(other, ReadingStatus.SUPERSEDED, Optional.of(winner)));
                } else {
                    outcomes.add(new ReadingOutcome(other, ReadingStatus.OVERRULED, Optional.of(winner)));
                }
            }
            i = j;
        }
        long capacity = meter.capacity().micros();
        List<List<Reading>> chains = new ArrayList<>();
        List<Reading> chain = new ArrayList<>();
        for (Reading c : daily) {
            if (!chain.isEmpty() && state.breaksInterval(chain.get(chain.size() - 1).date().toEpochDay(),
                    c.date().toEpochDay())) {
                chains.add(chain);
                chain = new ArrayList<>();
            }
            int rank = priority.rank(c.source());
            long v = c.value().micros();
            // A higher-ranked reading overrules contradicting earlier readings of lower rank (LEGAL §4).
            while (!chain.isEmpty()) {
                Reading top = chain.get(chain.size() - 1);
                long tv = top.value().micros();
                if (priority.rank(top.source()) < rank && v < tv && !rollover.accepts(tv, v, capacity)) {
                    outcomes.add(new ReadingOutcome(top, ReadingStatus.OVERRULED, Optional.of(c)));
                    chain.remove(chain.size() - 1);
                } else {
                    break;
                }
            }
            if (!chain.isEmpty()) {
                Reading top = chain.get(chain.size() - 1);
                long tv = top.value().micros();
                if (v < tv && !rollover.accepts(tv, v, capacity)) {
                    throw new ReadingException(ErrorCode.READING_DECREASE, "meter " + meter.id(), c.date(),
                            "reading " + c.value() + " (" + c.source() + ") of register " + c.register().code()
                                    + " is below the previous " + top.value() + " (" + top.source() + ") of "
                                    + top.date() + ", with no rollover, replacement or overrule to explain it",
                            "readings.non-decreasing");
                }
            }
            chain.add(c);
        }
        if (!chain.isEmpty()) {
            chains.add(chain);
        }
        for (List<Reading> ch : chains) {
            for (Reading r : ch) {
                outcomes.add(new ReadingOutcome(r, ReadingStatus.ACCEPTED, Optional.empty()));
            }
        }
        return new Result(chains, outcomes);
    }
}
