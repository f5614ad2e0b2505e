package org.raschet.examples.scenario.tariff;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.raschet.core.account.AccountId;
import org.raschet.core.meter.Register;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.examples.scenario.json.JsonPath;
import org.raschet.tariffs.pricing.NormativeReason;
import org.raschet.tariffs.schedule.NormSchedule;
import org.raschet.tariffs.schedule.TariffSchedule;

/**
 * What a scenario says about how one account's service is priced; what it leaves out is looked up by the premise's
 * consumer group.
 *
 * @param account     the account
 * @param service     the service
 * @param tariff      the tariff schedule, if named
 * @param limits      the block limits in block order, if named (an empty list: none)
 * @param normative   the normative, if named
 * @param reason      why the normative applies, if named
 * @param zoneHistory the account's historical volume by zone, if given
 * @param path        where it was given
 */
public record AccountTariff(AccountId account, Resource service, Optional<Entry<TariffSchedule>> tariff,
                            Optional<List<Entry<NormSchedule>>> limits, Optional<Entry<NormSchedule>> normative,
                            Optional<NormativeReason> reason, Optional<Map<Register, Quantity>> zoneHistory,
                            JsonPath path) {
    /** Validates the parts. */
    public AccountTariff {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(tariff, "tariff");
        limits = limits.map(List::copyOf);
        Objects.requireNonNull(normative, "normative");
        Objects.requireNonNull(reason, "reason");
        zoneHistory = zoneHistory.map(AccountTariff::inRegisterOrder);
        Objects.requireNonNull(path, "path");
    }

    private static Map<Register, Quantity> inRegisterOrder(Map<Register, Quantity> volumes) {
        Map<Register, Quantity> copy = new java.util.EnumMap<>(Register.class);
        copy.putAll(volumes);
        return java.util.Collections.unmodifiableMap(copy);
    }
}
