package org.raschet.core.consumption;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.raschet.core.account.AccountId;
import org.raschet.core.account.Premise;
import org.raschet.core.meter.Meter;
import org.raschet.core.meter.Reading;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.time.Timeline;

/**
 * Everything known about one utility service of one account (коммунальная услуга лицевого счёта), with the dates
 * things became known: the succession of its meters, every reading, the premise (residents per day, area) and the
 * normative per resident.
 *
 * <p>Knowledge dates: a reading is known from its {@link Reading#knownOn()}; a meter from its installation day; its
 * removal and every act ({@link org.raschet.core.meter.MeterEvent}) from the act's date (acts are the supplier's own
 * documents, known when drawn up); a verification due date from the start (it is in the meter's passport). The
 * premise and the normative are taken as given.
 *
 * <p>The meters form one metering point: they succeed each other (a replacement closes the old meter with its
 * removal reading and opens the new one with its installation reading); their service periods must not overlap.
 *
 * @param account                    the account
 * @param resource                   the service's resource
 * @param meters                     the meters, in any order
 * @param readings                   every reading of those meters, in any order
 * @param premise                    the premise (residents per day, area), needed for the normative and floors
 * @param normativePerResident       the normative per resident per month, effective-dated (a value holds from its
 *                                   date); needed only where a day is billed by the normative
 * @param meterInstallationImpossible an inspection act states a meter cannot be installed: no increasing coefficient
 *                                   without a meter (LEGAL §5)
 */
public record ServiceInputs(AccountId account, Resource resource, List<Meter> meters, List<Reading> readings,
                            Optional<Premise> premise, Timeline<Quantity> normativePerResident,
                            boolean meterInstallationImpossible) {
    /** Validates the parts. */
    public ServiceInputs {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(resource, "resource");
        meters = List.copyOf(meters);
        readings = List.copyOf(readings);
        Objects.requireNonNull(premise, "premise");
        Objects.requireNonNull(normativePerResident, "normativePerResident");
    }

    /** Inputs with meters and readings only (no premise, no normative). */
    public static ServiceInputs of(AccountId account, Resource resource, List<Meter> meters,
                                   List<Reading> readings) {
        return new ServiceInputs(account, resource, meters, readings, Optional.empty(), Timeline.of(Map.of()),
                false);
    }

    /** These inputs with the premise and the normative per resident per month. */
    public ServiceInputs withNormative(Premise premise, Timeline<Quantity> normativePerResident) {
        return new ServiceInputs(account, resource, meters, readings, Optional.of(premise), normativePerResident,
                meterInstallationImpossible);
    }

    /** These inputs with more readings. */
    public ServiceInputs withReadings(List<Reading> more) {
        List<Reading> all = new ArrayList<>(readings);
        all.addAll(more);
        return new ServiceInputs(account, resource, meters, all, premise, normativePerResident,
                meterInstallationImpossible);
    }

    /** These inputs with other meters. */
    public ServiceInputs withMeters(List<Meter> meters) {
        return new ServiceInputs(account, resource, meters, readings, premise, normativePerResident,
                meterInstallationImpossible);
    }
}
