package org.raschet.core.consumption;

import java.util.Objects;
import java.util.Optional;
import org.raschet.core.meter.MeterId;
import org.raschet.core.protocol.LegalRef;
import org.raschet.core.protocol.LegalRefs;

/**
 * The basis of a day's volume on one register (основание объёма): measured between readings, forecast by the
 * average monthly volume, or by the normative — with the case of 354 p.59 that applies, the billing period's number
 * within the case's limit, and whether the increasing coefficient applies (passed on to pricing).
 *
 * @param kind                   how the volume was found
 * @param forecastCase           why there is no actual volume (empty for {@link Kind#ACTUAL} and {@link Kind#NONE})
 * @param period                 the billing period's number in the case's count (1 = the first counted period; 0 =
 *                               not counted, e.g. the rest of the month of the last reading in case (b))
 * @param limit                  the case's limit of periods by the average (0 = no limit or not applicable)
 * @param increasingCoefficient  whether pricing applies the increasing coefficient (354 p.60; LEGAL §5)
 * @param meter                  the meter whose readings or history gave the volume, if any
 */
public record DayBasis(Kind kind, Optional<ForecastCase> forecastCase, int period, int limit,
                       boolean increasingCoefficient, Optional<MeterId> meter) {
    /** How a day's volume was found. */
    public enum Kind {
        /** Measured: an interval between two accepted readings (354 p.42, App. 2, formula 1). */
        ACTUAL("по показаниям", "by readings"),
        /** The average monthly volume (354 p.59). */
        AVERAGE("по среднемесячному", "by the monthly average"),
        /** The normative (354 p.42, formula 4; p.59(1); p.60). */
        NORMATIVE("по нормативу", "by the normative"),
        /** Nothing on this register that day (another register or meter carries the day). */
        NONE("нет", "none");

        private final String ru;
        private final String en;

        Kind(String ru, String en) {
            this.ru = ru;
            this.en = en;
        }

        /** Russian name. */
        public String nameRu() {
            return ru;
        }

        /** English name. */
        public String nameEn() {
            return en;
        }
    }

    /** The basis of a day nothing is recorded on. */
    public static final DayBasis NONE = new DayBasis(Kind.NONE, Optional.empty(), 0, 0, false, Optional.empty());

    /** Validates the parts. */
    public DayBasis {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(forecastCase, "forecastCase");
        Objects.requireNonNull(meter, "meter");
        if (period < 0 || limit < 0) {
            throw new IllegalArgumentException("period " + period + " and limit " + limit + " must not be negative");
        }
    }

    /** A day measured by readings of {@code meter}. */
    public static DayBasis actual(MeterId meter) {
        return new DayBasis(Kind.ACTUAL, Optional.empty(), 0, 0, false, Optional.of(meter));
    }

    /** Whether the period is past the case's limit (the normative of p.60). */
    public boolean beyondLimit() {
        return limit > 0 && period > limit;
    }

    /**
     * The legal source of the day's volume: formula 1 for readings; p.59 (its case) for the average; p.60 for the
     * normative after the limit; p.59(1) for the normative of a meter with too short a history; formula 4 without
     * a meter.
     */
    public LegalRef source() {
        return switch (kind) {
            case ACTUAL, NONE -> LegalRefs.RULES_354_P42_F1;
            case AVERAGE -> forecastCase.map(ForecastCase::source).orElse(LegalRefs.RULES_354_P59);
            case NORMATIVE -> forecastCase.filter(c -> c == ForecastCase.NO_METER).isPresent()
                    ? LegalRefs.RULES_354_P42_F4 : beyondLimit() ? LegalRefs.RULES_354_P60 : LegalRefs.RULES_354_P59_1;
        };
    }

    /** A short description in Russian, e.g. {@code "по среднемесячному, п. 59(б), период 2 из 6"}. */
    public String describeRu() {
        StringBuilder b = new StringBuilder(kind.nameRu());
        forecastCase.ifPresent(c -> b.append(", ").append(c.pointRu()));
        if (kind == Kind.NORMATIVE && beyondLimit()) {
            b.append(", п. 60");
        }
        if (forecastCase.isPresent() && forecastCase.get() != ForecastCase.NO_METER) {
            if (period == 0) {
                b.append(", остаток месяца последнего показания (период не считается)");
            } else {
                b.append(", период ").append(period).append(limit > 0 ? " из " + limit : " (без ограничения)");
            }
        }
        if (increasingCoefficient) {
            b.append(", с повышающим коэффициентом");
        }
        return b.toString();
    }

    /** A short description in English, e.g. {@code "by the monthly average, p. 59(b), period 2 of 6"}. */
    public String describeEn() {
        StringBuilder b = new StringBuilder(kind.nameEn());
        forecastCase.ifPresent(c -> b.append(", ").append(c.pointEn()));
        if (kind == Kind.NORMATIVE && beyondLimit()) {
            b.append(", p. 60");
        }
        if (forecastCase.isPresent() && forecastCase.get() != ForecastCase.NO_METER) {
            if (period == 0) {
                b.append(", rest of the month of the last reading (not counted)");
            } else {
                b.append(", period ").append(period).append(limit > 0 ? " of " + limit : " (no limit)");
            }
        }
        if (increasingCoefficient) {
            b.append(", with the increasing coefficient");
        }
        return b.toString();
    }
}
