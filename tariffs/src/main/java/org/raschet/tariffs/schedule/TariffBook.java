package org.raschet.tariffs.schedule;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.error.MissingPolicyInputException;
import org.raschet.core.meter.RegisterSet;
import org.raschet.core.quantity.Resource;

/**
 * A region's tariff book (тарифные решения региона): its tariff schedules and norm schedules, looked up by id or by
 * service, consumer group and zones — what a scenario or a host gives once and every account picks from.
 *
 * @param tariffs the tariff schedules, ids unique
 * @param norms   the norm schedules (social norms, bands, normatives), ids unique
 */
public record TariffBook(List<TariffSchedule> tariffs, List<NormSchedule> norms) {
    /**
     * Validates the parts.
     *
     * @throws InvalidValueException if two tariffs or two norms share an id
     */
    public TariffBook {
        tariffs = List.copyOf(tariffs);
        norms = List.copyOf(norms);
        Set<String> seen = new HashSet<>();
        for (TariffSchedule t : tariffs) {
            if (!seen.add(t.id())) {
                throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "tariff book", null,
                        "tariff id " + t.id() + " is given twice", "tariff-book.unique-ids");
            }
        }
        seen.clear();
        for (NormSchedule n : norms) {
            if (!seen.add(n.id())) {
                throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "tariff book", null,
                        "norm id " + n.id() + " is given twice", "tariff-book.unique-ids");
            }
        }
    }

    /**
     * The tariff with this id.
     *
     * @throws MissingPolicyInputException if there is none
     */
    public TariffSchedule tariff(String id) {
        return tariffs.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow(() ->
                missing("no tariff with id " + id));
    }

    /**
     * The one tariff of {@code service} for {@code group} with {@code zones}.
     *
     * @throws MissingPolicyInputException if there is none, or more than one
     */
    public TariffSchedule tariff(Resource service, ConsumerGroup group, RegisterSet zones) {
        List<TariffSchedule> found = tariffs.stream()
                .filter(t -> t.service() == service && t.group().equals(group) && t.zones() == zones).toList();
        if (found.size() != 1) {
            throw missing((found.isEmpty() ? "no" : found.size() + "") + " tariffs of " + service.nameEn()
                    + " for group " + group + " with zones " + zones + " (exactly one needed)");
        }
        return found.get(0);
    }

    /**
     * The norm with this id.
     *
     * @throws MissingPolicyInputException if there is none
     */
    public NormSchedule norm(String id) {
        return norms.stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow(() ->
                missing("no norm with id " + id));
    }

    /** The one norm of {@code kind} of {@code service} for {@code group}, if there is exactly one. */
    public Optional<NormSchedule> findNorm(NormKind kind, Resource service, ConsumerGroup group) {
        List<NormSchedule> found = norms.stream()
                .filter(n -> n.kind() == kind && n.service() == service && n.group().equals(group)).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static MissingPolicyInputException missing(String detail) {
        return new MissingPolicyInputException(ErrorCode.POLICY_INPUT_MISSING, "tariff book", null, detail,
                "tariff-book.has-schedule");
    }
}
