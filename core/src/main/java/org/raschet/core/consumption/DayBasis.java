package org.raschet.core.consumption;

import java.util.Objects;
import java.util.Optional;
import org.raschet.core.meter.MeterId;
import org.raschet.core.protocol.LegalRef;
import org.raschet.core.protocol.LegalRefs;

/**
 * The basis of a day's volume on one register (основание объёма): measured between readings, forecast by the
 * average monthly volume, or by the normative — with the case of 354 p.59 that applies, the billing period's number
 * within the case's limit, and the coefficient class pricing applies to a normative volume (the increasing
 * coefficient of p.60, or the coefficient for repeated refusal of p.60(3)).
 *
 * @param kind                   how the volume was found
 * @param forecastCase           why there is no actual volume (empty for {@link Kind#ACTUAL}, {@link Kind#NONE}
 *                               and {@link Kind#MIXED})
 * @param period                 the billing period's number in the case's count (1 = the first counted period; 0 =
 *                               not counted, e.g. the rest of the month of the last reading in case (b))
 * @param limit                  the case's limit of periods by the average (0 = no limit or not applicable)
 * @param increasingCoefficient  whether pricing applies the increasing coefficient (354 p.60; LEGAL §5)
 * @param meter                  the meter whose readings or history gave the volume, if any
 * @param refusalCoefficient     whether pricing applies the coefficient for repeated refusal of access (354
 *                               p.60(3); LEGAL §3); never together with {@code increasingCoefficient}
 */
public record DayBasis(Kind kind, Optional<ForecastCase> forecastCase, int period, int limit,
                       boolean increasingCoefficient, Optional<MeterId> meter, boolean refusalCoefficient) {
    /** How a day's volume was found. */
    public enum Kind {
        /** Measured: an interval between two accepted readings (354 p.42, App. 2, formula 1). */
        ACTUAL("по показаниям", "by readings"),
        /** The average monthly volume (354 p.59). */
        AVERAGE("по среднемесячному", "by the monthly average"),
        /** The normative (354 p.42, formula 4; p.59(1); p.60). */
        NORMATIVE("по нормативу", "by the normative"),
        /** Nothing on this register that day (another register or meter carries the day). */
        NONE("нет", "none"),
        /**
         * A service with several metering points whose bases differ that day (one by readings, another by the
         * average): the day is the sum of its points, see {@link ServiceConsumption#points()}.
         */
        MIXED("сумма точек учёта с разными основаниями", "sum of metering points with different bases");

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
    public static final DayBasis NONE = new DayBasis(Kind.NONE, Optional.empty(), 0, 0, false, Optional.empty(),
            false);

    /** The basis of a day of several metering points with different bases (see {@link Kind#MIXED}). */
    public static final DayBasis MIXED = new DayBasis(Kind.MIXED, Optional.empty(), 0, 0, false, Optional.empty(),
            false);

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if a count is negative, or both coefficients are set
     */
    public DayBasis {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(forecastCase, "forecastCase");
        Objects.requireNonNull(meter, "meter");
        if (period < 0 || limit < 0) {
            throw new IllegalArgumentException("period " + period + " and limit " + limit + " must not be negative");
        }
        if (increasingCoefficient && refusalCoefficient) {
            throw new IllegalArgumentException("a day has either the increasing coefficient or the coefficient for"
                    + " repeated refusal, not both");
        }
    }

    /** A basis without the coefficient for repeated refusal (the form before 354 p.60(3) was modelled). */
    public DayBasis(Kind kind, Optional<ForecastCase> forecastCase, int period, int limit,
                    boolean increasingCoefficient, Optional<MeterId> meter) {
        this(kind, forecastCase, period, limit, increasingCoefficient, meter, false);
    }

    /** A day measured by readings of {@code meter}. */
    public static DayBasis actual(MeterId meter) {
        return new DayBasis(Kind.ACTUAL, Optional.empty(), 0, 0, false, Optional.of(meter), false);
    }

    /** The coefficient class pricing applies to the day's volume. */
    public CoefficientClass coefficientClass() {
        return CoefficientClass.of(increasingCoefficient, refusalCoefficient);
    }

    /** Whether the period is past the case's limit (the normative of p.60). */
    public boolean beyondLimit() {
        return limit > 0 && period > limit;
    }

    /**
     * The legal source of the day's volume: formula 1 for readings; p.59 (its case) for the average; p.60 for the
     * normative after the limit; p.60(3) after repeated refusal of access; p.59(1) for the normative of a meter
     * with too short a history; formula 4 without a meter; the parallel-meters policy for a mixed day.
     */
    public LegalRef source() {
        return switch (kind) {
            case ACTUAL, NONE -> LegalRefs.RULES_354_P42_F1;
            case MIXED -> LegalRefs.POLICY_PARALLEL_METERS;
            case AVERAGE -> forecastCase.map(ForecastCase::source).orElse(LegalRefs.RULES_354_P59);
            case NORMATIVE -> forecastCase.filter(c -> c == ForecastCase.NO_METER).isPresent()
                    ? LegalRefs.RULES_354_P42_F4
                    : forecastCase.filter(c -> c == ForecastCase.REPEATED_REFUSAL).isPresent()
                    ? LegalRefs.RULES_354_P60_3
                    : beyondLimit() ? LegalRefs.RULES_354_P60 : LegalRefs.RULES_354_P59_1;
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
        if (refusalCoefficient) {
            b.append(", с коэффициентом 1,5 за повторный недопуск");
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
        if (refusalCoefficient) {
            b.append(", with the coefficient 1.5 for repeated refusal of access");
        }
        return b.toString();
    }
}
