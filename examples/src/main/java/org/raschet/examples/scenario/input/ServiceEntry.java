package org.raschet.examples.scenario.input;

import java.util.Objects;
import org.raschet.core.account.AccountId;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.time.Timeline;
import org.raschet.examples.scenario.json.JsonPath;

/**
 * A utility service of an account (коммунальная услуга лицевого счёта) read from a scenario: what the per-day
 * engine needs beyond meters and readings.
 *
 * @param account                     the account
 * @param resource                    the service's resource
 * @param normativePerResident        the normative per resident per month (норматив потребления), effective-dated
 * @param meterInstallationImpossible an inspection act states a meter cannot be installed (no increasing
 *                                    coefficient without a meter; LEGAL §5)
 * @param path                        where it was declared, e.g. {@code $.services[0]}
 */
public record ServiceEntry(AccountId account, Resource resource, Timeline<Quantity> normativePerResident,
                           boolean meterInstallationImpossible, JsonPath path) {
    /** Validates the parts. */
    public ServiceEntry {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(normativePerResident, "normativePerResident");
        Objects.requireNonNull(path, "path");
    }
}
