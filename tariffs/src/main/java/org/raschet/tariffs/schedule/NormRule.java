package org.raschet.tariffs.schedule;

import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Unit;

/**
 * A monthly norm as a regional decision states it (норма в месяц): per premise or per resident, by calendar month
 * (a season is a set of months), and by household size where the decision distinguishes it (1 person, 2 persons,
 * …, the last value for that size and more). Groups with electric stoves, electric heating or in rural areas have
 * their own schedules with larger values.
 *
 * <p>A month missing from {@link #byMonth()} has no norm: billing a day of it fails with
 * {@link org.raschet.core.error.NormMissingException}.
 *
 * @param basis   per premise or per resident
 * @param byMonth month → values by household size (index 0 = one person), each ≥ 0, one unit
 */
public record NormRule(NormBasis basis, Map<Month, List<Quantity>> byMonth) {
    /**
     * Validates and copies the parts.
     *
     * @throws InvalidValueException if a month has no value, a value is negative, or the units differ
     */
    public NormRule {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(byMonth, "byMonth");
        EnumMap<Month, List<Quantity>> copy = new EnumMap<>(Month.class);
        Unit unit = null;
        for (Map.Entry<Month, List<Quantity>> e : byMonth.entrySet()) {
            List<Quantity> values = List.copyOf(e.getValue());
            if (values.isEmpty()) {
                throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "norm rule", null,
                        "month " + e.getKey() + " has no value", "norm.month-has-value");
            }
            for (Quantity q : values) {
                if (q.isNegative()) {
                    throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "norm rule", null,
                            "value " + q + " for " + e.getKey() + " is negative", "norm.non-negative");
                }
                if (unit == null) {
                    unit = q.unit();
                } else if (unit != q.unit()) {
                    throw new InvalidValueException(ErrorCode.VALUE_UNIT_MISMATCH, "norm rule", null,
                            "value " + q + " is not in " + unit.code() + " like the others", "norm.same-unit");
                }
            }
            copy.put(Objects.requireNonNull(e.getKey(), "month"), values);
        }
        byMonth = Collections.unmodifiableMap(copy);
    }

    /** The same value in every month, whatever the household size. */
    public static NormRule flat(NormBasis basis, Quantity monthly) {
        return bySize(basis, List.of(monthly));
    }

    /** Values by household size (index 0 = one person; the last for that size and more), in every month. */
    public static NormRule bySize(NormBasis basis, List<Quantity> bySize) {
        Map<Month, List<Quantity>> m = new EnumMap<>(Month.class);
        for (Month month : Month.values()) {
            m.put(month, bySize);
        }
        return new NormRule(basis, m);
    }

    /** Values by month (a season is a set of months with one value); months not given have no norm. */
    public static NormRule seasonal(NormBasis basis, Map<Month, Quantity> monthly) {
        Map<Month, List<Quantity>> m = new EnumMap<>(Month.class);
        monthly.forEach((month, q) -> m.put(month, List.of(q)));
        return new NormRule(basis, m);
    }

    /**
     * The monthly value for {@code month} and a household of {@code residents} (0 takes the value for one person;
     * per resident it is then multiplied by zero).
     */
    public Optional<Quantity> find(Month month, int residents) {
        List<Quantity> values = byMonth.get(month);
        if (values == null) {
            return Optional.empty();
        }
        int i = Math.min(Math.max(residents, 1), values.size()) - 1;
        return Optional.of(values.get(i));
    }

    /** The months that have a value. */
    public List<Month> months() {
        return new ArrayList<>(byMonth.keySet());
    }
}
