package org.raschet.core.consumption;

import org.raschet.core.protocol.Note;

/**
 * Whether a later reading below an earlier one may be read as the register rolling over past its capacity
 * (LEGAL §2: V = later + 10^k − earlier, accepted only where the policy allows it). A decrease the policy does not
 * accept is a {@link org.raschet.core.error.ErrorCode#READING_DECREASE} error (or, later, an overruled reading).
 * The protocol step of an accepted rollover carries the policy's {@link #note()}.
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
     * Federal default as Raschet reads it: a rollover is accepted when the implied volume {@code C − R1 + R2} is
     * below half the register's capacity {@code C} — a real rollover leaves a small volume, a typing error or a
     * swapped pair a huge one. A 5-digit register read 99950 then 00030 gives 80 units: accepted.
     */
    RolloverPolicy BELOW_HALF_CAPACITY = new RolloverPolicy() {
        @Override
        public boolean accepts(long earlierMicros, long laterMicros, long capacityMicros) {
            if (laterMicros >= earlierMicros) {
                return false;
            }
            // implied = C − (R1 − R2); R1 − R2 > 0 is computed first so that no intermediate overflows
            long implied = capacityMicros - (earlierMicros - laterMicros);
            return implied < capacityMicros / 2;
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
     *
     * @param earlierMicros  the earlier reading, in 10⁻⁶ units, in {@code [0, capacity)}
     * @param laterMicros    the later reading, below the earlier one
     * @param capacityMicros the register's capacity {@code 10^digits}, in 10⁻⁶ units
     * @return whether to read the decrease as a rollover
     */
    boolean accepts(long earlierMicros, long laterMicros, long capacityMicros);

    /**
     * The note the protocol shows when this policy accepted a rollover (its id starts with {@code policy:}).
     *
     * @return the note
     */
    Note note();
}
