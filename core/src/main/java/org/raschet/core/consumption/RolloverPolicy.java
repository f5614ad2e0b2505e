package org.raschet.core.consumption;

import org.raschet.core.protocol.Note;

/**
 * Whether a later reading below an earlier one may be read as the register rolling over past its capacity
 * (LEGAL §2: V = later + 10^k − earlier, accepted only where the policy allows it).
 */
public interface RolloverPolicy {
    /** Never accept a rollover: a decrease is an error (or an overruled reading). */
    RolloverPolicy NEVER = new RolloverPolicy() {
        @Override
        public boolean accepts(long earlierMicros, long laterMicros, long capacityMicros) {
            return false;
        }

        @Override
        public Note note() {
            return new Note("policy:rollover.never", "политика: переход через ноль не допускается",
                    "policy: no register rollover accepted");
        }
    };

    /**
     * Federal default as Raschet reads it: a rollover is accepted when the implied volume is below half the
     * register's capacity — a real rollover leaves a small volume, a typing error a huge one.
     */
    RolloverPolicy BELOW_HALF_CAPACITY = new RolloverPolicy() {
        @Override
        public boolean accepts(long earlierMicros, long laterMicros, long capacityMicros) {
            long implied = capacityMicros - earlierMicros + laterMicros;
            return laterMicros < earlierMicros && implied < capacityMicros / 2;
        }

        @Override
        public Note note() {
            return new Note("policy:rollover.below-half-capacity",
                    "политика: переход через ноль признаётся, если объём меньше половины ёмкости счётного механизма",
                    "policy: a rollover is accepted when the volume is below half the register capacity");
        }
    };

    /**
     * Whether the decrease from {@code earlierMicros} to {@code laterMicros} is accepted as a rollover of a
     * register of capacity {@code capacityMicros}.
     */
    boolean accepts(long earlierMicros, long laterMicros, long capacityMicros);

    /** The note the protocol shows when this policy accepted a rollover. */
    Note note();
}
