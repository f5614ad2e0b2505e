package org.raschet.allocation.odn;

import org.raschet.core.protocol.Note;

/**
 * What happens to a negative common-house volume (the premises' individual volumes above the node meter's): the
 * month's shares are zero and nothing is subtracted from individual charges in any case; the policy decides whether
 * the negative volume is carried forward to reduce the following months' positive volumes until used up.
 */
public interface NegativeVolumePolicy {
    /**
     * Federal default (Minstroy letter of 04.06.2025 No. 32320-ДН/04, LEGAL §6): carried forward, reducing the
     * following months' positive volumes until used up.
     */
    NegativeVolumePolicy CARRY_FORWARD = new NegativeVolumePolicy() {
        @Override
        public boolean carriesForward() {
            return true;
        }

        @Override
        public String id() {
            return "carry-forward";
        }

        @Override
        public Note note() {
            return new Note("policy:odn.negative.carry-forward",
                    "политика: отрицательный объём не распределяется, переносится на следующие периоды и уменьшает "
                            + "их положительные объёмы до полного погашения (письмо Минстроя России от 04.06.2025 "
                            + "№ 32320-ДН/04)",
                    "policy: a negative volume is not shared; it is carried forward and reduces the following "
                            + "periods' positive volumes until used up (Minstroy letter of 04.06.2025 "
                            + "No. 32320-ДН/04)");
        }
    };

    /** The month's shares are zero and the negative volume is dropped, not carried. */
    NegativeVolumePolicy ZERO_FOR_MONTH = new NegativeVolumePolicy() {
        @Override
        public boolean carriesForward() {
            return false;
        }

        @Override
        public String id() {
            return "zero-for-month";
        }

        @Override
        public Note note() {
            return new Note("policy:odn.negative.zero-for-month",
                    "политика: при отрицательном объёме доли за месяц равны нулю, объём не переносится",
                    "policy: a negative volume gives zero shares for the month and is not carried");
        }
    };

    /** Whether a negative volume is carried forward to reduce the following months' positive volumes. */
    boolean carriesForward();

    /** A short stable identifier, e.g. {@code carry-forward}, for scenarios and reports. */
    String id();

    /** The note the protocol shows where this policy applied. */
    Note note();
}
