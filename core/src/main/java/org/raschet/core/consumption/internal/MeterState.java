package org.raschet.core.consumption.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.raschet.core.meter.Meter;
import org.raschet.core.meter.MeterEvent;

/**
 * The state of one meter on each day, from its acts and verification date as known on the as-known-on date.
 *
 * <p>An episode {@code (a, x]} means the days {@code a+1 … x} are affected: an act dated {@code a} describes the
 * end of that day (its reading, if any, still closes the last interval), and the reading at the end of day {@code x}
 * (the repair, re-verification or check) opens the next. A reading dated {@code t} with {@code a < t < x} is not
 * a basis for billing.
 */
public final class MeterState {
    /** Why a meter is out of order. */
    public enum Cause {
        /** A failure act (354 p.81(12)). */
        FAILED,
        /** A broken seal or mark (354 p.81(11), p.81(12)). */
        SEAL_BROKEN,
        /** The verification interval expired (354 p.81(12)). */
        VERIFICATION_EXPIRED,
        /** Removed and not replaced yet. */
        REMOVED
    }

    /** Days {@code a+1 … x} affected ({@code x = Long.MAX_VALUE}: still open), epoch days. */
    public record Episode(long a, long x, Cause cause) {
        /** Whether day {@code d} (epoch) is affected. */
        public boolean coversDay(long d) {
            return a < d && d <= x;
        }

        /** Whether a reading dated {@code t} (epoch) falls strictly inside. */
        public boolean rejects(long t) {
            return a < t && t < x;
        }

        /** Whether the episode touches any day of {@code (d1, d2]}. */
        public boolean intersects(long d1, long d2) {
            return a < d2 && x > d1;
        }
    }

    private final Meter meter;
    private final List<Episode> outOfOrder = new ArrayList<>();
    private final List<Long> refusals = new ArrayList<>();

    /**
     * The states of {@code meter}, whose events are those known on the as-known-on date.
     */
    public MeterState(Meter meter) {
        this.meter = meter;
        List<MeterEvent> events = new ArrayList<>(meter.events());
        events.sort(Comparator.comparing(MeterEvent::date).thenComparing(MeterEvent::kind));
        long failedFrom = Long.MIN_VALUE;
        long sealFrom = Long.MIN_VALUE;
        for (MeterEvent e : events) {
            long d = e.date().toEpochDay();
            switch (e.kind()) {
                case FAILED -> {
                    if (failedFrom == Long.MIN_VALUE) {
                        failedFrom = d;
                    }
                }
                case REPAIRED -> {
                    if (failedFrom != Long.MIN_VALUE) {
                        outOfOrder.add(new Episode(failedFrom, d, Cause.FAILED));
                        failedFrom = Long.MIN_VALUE;
                    }
                }
                case SEAL_BROKEN -> {
                    if (sealFrom == Long.MIN_VALUE) {
                        sealFrom = d;
                    }
                }
                case SEAL_PLACED, SEAL_RESTORED -> {
                    if (sealFrom != Long.MIN_VALUE) {
                        outOfOrder.add(new Episode(sealFrom, d, Cause.SEAL_BROKEN));
                        sealFrom = Long.MIN_VALUE;
                    }
                }
                case ACCESS_REFUSED, ACCESS_GRANTED -> refusals.add(d * 2 + (e.kind() == MeterEvent.Kind.ACCESS_REFUSED
                        ? 0 : 1));
                default -> throw new IllegalStateException(String.valueOf(e.kind()));
            }
        }
        if (failedFrom != Long.MIN_VALUE) {
            outOfOrder.add(new Episode(failedFrom, Long.MAX_VALUE, Cause.FAILED));
        }
        if (sealFrom != Long.MIN_VALUE) {
            outOfOrder.add(new Episode(sealFrom, Long.MAX_VALUE, Cause.SEAL_BROKEN));
        }
        meter.verificationDue().ifPresent(v -> {
            long due = v.toEpochDay();
            long until = events.stream().filter(e -> e.kind() == MeterEvent.Kind.REPAIRED)
                    .mapToLong(e -> e.date().toEpochDay()).filter(x -> x >= due).min().orElse(Long.MAX_VALUE);
            if (until > due) {
                outOfOrder.add(new Episode(due, until, Cause.VERIFICATION_EXPIRED));
            }
        });
        meter.removed().ifPresent(r -> outOfOrder.add(new Episode(r.toEpochDay(), Long.MAX_VALUE, Cause.REMOVED)));
        outOfOrder.sort(Comparator.comparingLong(Episode::a).thenComparing(Episode::cause));
    }

    /** The meter. */
    public Meter meter() {
        return meter;
    }

    /** The out-of-order episodes, earliest first (including the removal). */
    public List<Episode> outOfOrder() {
        return outOfOrder;
    }

    /** The earliest-started episode covering day {@code d}, if the meter is out of order that day. */
    public Optional<Episode> outOfOrderOn(long d) {
        for (Episode e : outOfOrder) {
            if (e.coversDay(d)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * The index in {@link #outOfOrder()} of the earliest-started episode covering day {@code d}, or {@code -1}: the
     * same episode as {@link #outOfOrderOn(long)}, without an object per day.
     */
    public int outOfOrderIndex(long d) {
        for (int i = 0; i < outOfOrder.size(); i++) {
            if (outOfOrder.get(i).coversDay(d)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first episode of {@code episodes} covering day {@code d}, or {@code -1}. */
    public static int indexCovering(List<Episode> episodes, long d) {
        for (int i = 0; i < episodes.size(); i++) {
            if (episodes.get(i).coversDay(d)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a reading dated {@code t} falls inside an out-of-order episode (the removal excluded). */
    public boolean rejectsReading(long t) {
        for (Episode e : outOfOrder) {
            if (e.cause() != Cause.REMOVED && e.rejects(t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an out-of-order episode (the removal excluded) touches a day of {@code (d1, d2]}. */
    public boolean breaksInterval(long d1, long d2) {
        for (Episode e : outOfOrder) {
            if (e.cause() != Cause.REMOVED && e.intersects(d1, d2)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The access refusals {@code (a, x]}: from each refusal act to the first access granted or control reading
     * after it ({@code controlDates}, epoch days, sorted).
     */
    public List<Episode> refusals(List<Long> controlDates) {
        List<Episode> out = new ArrayList<>();
        long open = Long.MIN_VALUE;
        for (long code : refusals) {
            long d = code / 2;
            boolean refused = code % 2 == 0;
            if (open != Long.MIN_VALUE) {
                long end = d;
                long control = firstAfter(controlDates, open);
                if (control < end) {
                    out.add(new Episode(open, control, Cause.FAILED));
                    open = Long.MIN_VALUE;
                } else if (!refused) {
                    out.add(new Episode(open, end, Cause.FAILED));
                    open = Long.MIN_VALUE;
                }
            }
            if (refused && open == Long.MIN_VALUE) {
                open = d;
            }
        }
        if (open != Long.MIN_VALUE) {
            out.add(new Episode(open, firstAfter(controlDates, open), Cause.FAILED));
        }
        return out;
    }

    private static long firstAfter(List<Long> sorted, long a) {
        for (long t : sorted) {
            if (t > a) {
                return t;
            }
        }
        return Long.MAX_VALUE;
    }

    /** The date of an epoch day. */
    static LocalDate date(long epochDay) {
        return LocalDate.ofEpochDay(epochDay);
    }
}
