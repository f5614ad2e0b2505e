package org.raschet.tariffs.pricing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.raschet.core.account.AccountId;
import org.raschet.core.time.Timeline;
import org.raschet.tariffs.schedule.NormSchedule;
import org.raschet.tariffs.schedule.TariffSchedule;

/**
 * A found unauthorised connection to the network (несанкционированное подключение, 354 p.62).
 *
 * @param account      the account
 * @param power        the nominal power of the connected equipment
 * @param tariff       the tariff schedule
 * @param limits       block limits of a block tariff (empty for a flat one)
 * @param residents    residents per day (only for limits that count them)
 * @param since        the date of the connection (or of the previous check), if known
 * @param foundOn      the date it was found
 * @param eliminatedOn the date it was eliminated (the charge runs until the day before); not before {@code foundOn}
 * @param policy       the sanction policy
 */
public record UnauthorisedConnectionCase(AccountId account, Power power, TariffSchedule tariff,
                                         List<NormSchedule> limits, Timeline<Integer> residents,
                                         Optional<LocalDate> since, LocalDate foundOn, LocalDate eliminatedOn,
                                         SanctionPolicy policy) {
    /**
     * Validates the parts.
     *
     * @throws org.raschet.core.error.InvalidValueException if the dates are out of order
     */
    public UnauthorisedConnectionCase {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(power, "power");
        Objects.requireNonNull(tariff, "tariff");
        limits = List.copyOf(limits);
        Objects.requireNonNull(residents, "residents");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(foundOn, "foundOn");
        Objects.requireNonNull(eliminatedOn, "eliminatedOn");
        Objects.requireNonNull(policy, "policy");
        Sanctions.checkDates(account, since, foundOn, eliminatedOn);
        Requests.checkLimits(account, tariff, limits);
    }

    /** A connection found and eliminated on {@code foundOn}, its date unknown, flat tariff, default policy. */
    public static UnauthorisedConnectionCase of(AccountId account, Power power, TariffSchedule tariff,
                                                LocalDate foundOn) {
        return new UnauthorisedConnectionCase(account, power, tariff, List.of(), Timeline.of(Map.of()),
                Optional.empty(), foundOn, foundOn, SanctionPolicy.UNAUTHORISED_CONNECTION);
    }
}
