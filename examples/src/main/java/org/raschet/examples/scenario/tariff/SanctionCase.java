package org.raschet.examples.scenario.tariff;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.raschet.core.quantity.Resource;
import org.raschet.examples.scenario.input.PremiseEntry;
import org.raschet.examples.scenario.json.JsonPath;
import org.raschet.tariffs.pricing.Power;

/**
 * A found violation to charge by sanction, as a scenario gives it.
 *
 * @param premise      the premise and its account
 * @param service      the service
 * @param connection   true for an unauthorised connection (354 p.62), false for interference (354 p.81(11))
 * @param foundOn      the date of the check that found it
 * @param since        the date of the violation, if the act states it
 * @param eliminatedOn the date it was eliminated (the charge runs until the day before)
 * @param power        the nominal power of an unauthorised connection
 * @param document     the act's reference, if given
 * @param path         where it was given
 */
public record SanctionCase(PremiseEntry premise, Resource service, boolean connection, LocalDate foundOn,
                           Optional<LocalDate> since, LocalDate eliminatedOn, Optional<Power> power,
                           Optional<String> document, JsonPath path) {
    /** Validates the parts. */
    public SanctionCase {
        Objects.requireNonNull(premise, "premise");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(foundOn, "foundOn");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(eliminatedOn, "eliminatedOn");
        Objects.requireNonNull(power, "power");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(path, "path");
    }
}
