package org.raschet.core.consumption;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.raschet.core.account.AccountId;
import org.raschet.core.account.Premise;
import org.raschet.core.meter.Meter;
import org.raschet.core.meter.MeterEvent;
import org.raschet.core.meter.MeterId;
import org.raschet.core.meter.Reading;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.time.Timeline;

/**
 * Everything known about one utility service of one account (коммунальная услуга лицевого счёта), with the dates
 * things became known: its meters, every reading, the premise (residents per day, area), the normative per
 * resident, and the acts about the service as a whole.
 *
 * <p>Knowledge dates: a reading is known from its {@link Reading#knownOn()}; a meter from its installation day; its
 * removal and every act ({@link MeterEvent}, of a meter or of the service) from the act's date (acts are the
 * supplier's own documents, known when drawn up); a verification due date from the start (it is in the meter's
 * passport). The premise, the normative and the metering points are taken as given.
 *
 * <p>Metering points (точки учёта): the meters of one point succeed each other (a replacement closes the old meter
 * with its removal reading and opens the new one with its installation reading), and their service periods must
 * not overlap. Meters of different points measure in parallel (kitchen and bathroom water): the service's volume
 * is the sum of its points, a missing reading of one meter forecasts only that meter, and a day that one point
 * must bill by the normative is billed by the normative for the whole service, once (see {@link PointDays}).
 * Every meter not named in {@code meteringPoints} belongs to the point {@code ""}; with no map at all, every meter
 * is of one point, as for most services.
 *
 * @param account                     the account
 * @param resource                    the service's resource
 * @param meters                      the meters, in any order
 * @param readings                    every reading of those meters, in any order
 * @param premise                     the premise (residents per day, area, residential or not), needed for the
 *                                    normative, the floors and the non-residential limit of p.59(a)
 * @param normativePerResident        the normative per resident per month, effective-dated (a value holds from its
 *                                    date); needed only where a day is billed by the normative
 * @param meterInstallationImpossible an inspection act states a meter cannot be installed: no increasing
 *                                    coefficient without a meter (LEGAL §5)
 * @param meteringPoints              the metering point of each meter that is not of the default point {@code ""}
 * @param serviceEvents               acts about the service rather than one meter, any order: access refused
 *                                    ({@link MeterEvent.Kind#ACCESS_REFUSED}) to install or replace a meter, and
 *                                    access granted after it (354 p.60(3)); a refusal recorded on a meter is one
 *                                    for its check (it also starts case p.59(c) of that meter), a refusal recorded
 *                                    here only counts for p.60(3)
 */
public record ServiceInputs(AccountId account, Resource resource, List<Meter> meters, List<Reading> readings,
                            Optional<Premise> premise, Timeline<Quantity> normativePerResident,
                            boolean meterInstallationImpossible, Map<MeterId, String> meteringPoints,
                            List<MeterEvent> serviceEvents) {
    /** Validates the parts. */
    public ServiceInputs {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(resource, "resource");
        meters = List.copyOf(meters);
        readings = List.copyOf(readings);
        Objects.requireNonNull(premise, "premise");
        Objects.requireNonNull(normativePerResident, "normativePerResident");
        TreeMap<MeterId, String> points = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
        meteringPoints.forEach((m, p) -> points.put(Objects.requireNonNull(m, "meter"),
                Objects.requireNonNull(p, "point")));
        meteringPoints = java.util.Collections.unmodifiableMap(points);
        serviceEvents = List.copyOf(serviceEvents);
    }

    /** Inputs of one metering point and no acts about the service (the form before parallel meters). */
    public ServiceInputs(AccountId account, Resource resource, List<Meter> meters, List<Reading> readings,
                         Optional<Premise> premise, Timeline<Quantity> normativePerResident,
                         boolean meterInstallationImpossible) {
        this(account, resource, meters, readings, premise, normativePerResident, meterInstallationImpossible,
                Map.of(), List.of());
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
                meterInstallationImpossible, meteringPoints, serviceEvents);
    }

    /** These inputs with more readings. */
    public ServiceInputs withReadings(List<Reading> more) {
        List<Reading> all = new ArrayList<>(readings);
        all.addAll(more);
        return new ServiceInputs(account, resource, meters, all, premise, normativePerResident,
                meterInstallationImpossible, meteringPoints, serviceEvents);
    }

    /** These inputs with other meters. */
    public ServiceInputs withMeters(List<Meter> meters) {
        return new ServiceInputs(account, resource, meters, readings, premise, normativePerResident,
                meterInstallationImpossible, meteringPoints, serviceEvents);
    }

    /** These inputs with the metering point of each meter not of the default point {@code ""}. */
    public ServiceInputs withMeteringPoints(Map<MeterId, String> meteringPoints) {
        return new ServiceInputs(account, resource, meters, readings, premise, normativePerResident,
                meterInstallationImpossible, meteringPoints, serviceEvents);
    }

    /** These inputs with {@code event}, an act about the service as a whole, added. */
    public ServiceInputs withServiceEvent(MeterEvent event) {
        List<MeterEvent> more = new ArrayList<>(serviceEvents);
        more.add(event);
        return new ServiceInputs(account, resource, meters, readings, premise, normativePerResident,
                meterInstallationImpossible, meteringPoints, more);
    }

    /** The metering point of {@code meter}: its entry in {@link #meteringPoints()}, or {@code ""}. */
    public String pointOf(MeterId meter) {
        return meteringPoints.getOrDefault(meter, "");
    }
}
