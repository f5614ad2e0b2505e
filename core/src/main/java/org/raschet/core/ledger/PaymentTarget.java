package org.raschet.core.ledger;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.raschet.core.quantity.Resource;

/**
 * What a payment names (назначение платежа): a billing period, and optionally one service of it (ГК РФ
 * ст. 319.1 п. 1).
 *
 * @param period  the billing period named
 * @param service the service named, or empty for every service of the period
 */
public record PaymentTarget(YearMonth period, Optional<Resource> service) {
    /** Validates the parts. */
    public PaymentTarget {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(service, "service");
    }

    /** Every service of {@code period}. */
    public static PaymentTarget period(YearMonth period) {
        return new PaymentTarget(period, Optional.empty());
    }

    /** One service of {@code period}. */
    public static PaymentTarget of(YearMonth period, Resource service) {
        return new PaymentTarget(period, Optional.of(service));
    }

    /** Whether this target names the obligation {@code key} (period, and service where one is named). */
    public boolean names(ObligationKey key) {
        return key.period().equals(period) && service.map(s -> s == key.service()).orElse(true);
    }

    /** Canonical text: {@code "2024-01"} or {@code "2024-01/ELECTRICITY"}. */
    @Override
    public String toString() {
        return period + service.map(s -> "/" + s).orElse("");
    }
}
