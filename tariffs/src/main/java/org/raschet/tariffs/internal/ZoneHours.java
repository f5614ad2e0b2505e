package org.raschet.tariffs.internal;

import java.util.List;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.Note;
import org.raschet.tariffs.pricing.ZoneSharePolicy;

/** Zone shares by the hours of each zone of the day: day 16, night 8; peak 7, semi-peak 9. */
public final class ZoneHours implements ZoneSharePolicy {
    @Override
    public long[] weights(Register from, List<Register> to) {
        long[] w = new long[to.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = switch (to.get(i)) {
                case DAY -> 16;
                case NIGHT -> 8;
                case PEAK -> 7;
                case SEMI_PEAK -> 9;
                case TOTAL -> 24;
            };
        }
        return w;
    }

    @Override
    public int weightScale() {
        return 0;
    }

    @Override
    public String weightUnit() {
        return "h";
    }

    @Override
    public Note note() {
        return new Note("policy:zone.share.zone-hours",
                "политика: объём без показаний зон распределён пропорционально часам зон (день 16 ч, ночь 8 ч;"
                        + " пик 7 ч, полупик 9 ч, ночь 8 ч)",
                "policy: a volume without zone readings shared in proportion to the zones' hours (day 16 h,"
                        + " night 8 h; peak 7 h, semi-peak 9 h, night 8 h)");
    }

    @Override
    public String toString() {
        return "ZoneSharePolicy.ZONE_HOURS";
    }
}
