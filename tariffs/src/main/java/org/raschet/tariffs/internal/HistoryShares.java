package org.raschet.tariffs.internal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.error.MissingPolicyInputException;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.Note;
import org.raschet.core.quantity.Quantity;
import org.raschet.tariffs.pricing.ZoneSharePolicy;

/** Zone shares in proportion to the account's historical zone volumes. */
public final class HistoryShares implements ZoneSharePolicy {
    private final Map<Register, Quantity> volumes;

    /** @param volumes register → historical volume, each ≥ 0 */
    public HistoryShares(Map<Register, Quantity> volumes) {
        EnumMap<Register, Quantity> copy = new EnumMap<>(Register.class);
        volumes.forEach((r, q) -> {
            if (Objects.requireNonNull(q, "volume").isNegative()) {
                throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "zone history", null,
                        "historical volume " + q + " of register " + r.code() + " is negative", "zone-history.non-negative");
            }
            copy.put(Objects.requireNonNull(r, "register"), q);
        });
        this.volumes = Collections.unmodifiableMap(copy);
    }

    @Override
    public long[] weights(Register from, List<Register> to) {
        long[] w = new long[to.size()];
        long sum = 0;
        for (int i = 0; i < w.length; i++) {
            Quantity q = volumes.get(to.get(i));
            if (q == null) {
                throw new MissingPolicyInputException(ErrorCode.POLICY_INPUT_MISSING, "zone history", null,
                        "no historical volume of register " + to.get(i).code() + " to share " + from.code()
                                + " into " + to, "zone-share.history-covers-zones");
            }
            w[i] = q.micros();
            sum += w[i];
        }
        if (sum == 0) {
            throw new MissingPolicyInputException(ErrorCode.POLICY_INPUT_MISSING, "zone history", null,
                    "the historical volumes of " + to + " are all zero", "zone-share.history-positive");
        }
        return w;
    }

    @Override
    public int weightScale() {
        return Quantity.SCALE;
    }

    @Override
    public String weightUnit() {
        return volumes.values().iterator().next().unit().code();
    }

    @Override
    public Note note() {
        return new Note("policy:zone.share.history",
                "политика: объём без показаний зон распределён пропорционально объёмам зон за прошлые периоды " + volumes,
                "policy: a volume without zone readings shared in proportion to the account's past zone volumes "
                        + volumes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HistoryShares h && h.volumes.equals(volumes);
    }

    @Override
    public int hashCode() {
        return volumes.hashCode();
    }

    @Override
    public String toString() {
        return "ZoneSharePolicy.history(" + volumes + ")";
    }
}
