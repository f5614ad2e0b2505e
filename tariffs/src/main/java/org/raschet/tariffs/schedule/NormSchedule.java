package org.raschet.tariffs.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.error.NormMissingException;
import org.raschet.core.error.TariffCoverageException;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.tariffs.internal.Coverage;
import org.threeten.extra.LocalDateRange;

/**
 * Norm schedule (норма, норматив): the effective-dated monthly norms of one service for one consumer group — a
 * social norm (Decree No. 614), a volume band limit, or the consumption normative N of 354 App. 2, formula 4.
 *
 * <p>A norm is a monthly figure: a full month gets it exactly, and a partial month (a move-in, a price change inside
 * the month) gets its days' share by an exact split (see the pricing package). Every billed day must fall in exactly
 * one period, and its month must have a value; otherwise pricing fails naming the norm, the group, the date and the
 * month.
 *
 * @param id      the norm's identifier, named in protocols and errors
 * @param kind    social norm, volume band or normative
 * @param service the service
 * @param group   the consumer group
 * @param periods the effective-dated periods, in any order
 */
public record NormSchedule(String id, NormKind kind, Resource service, ConsumerGroup group, List<NormPeriod> periods) {
    /**
     * Validates the schedule.
     *
     * @throws InvalidValueException if the id is blank or a value is not in the service's unit
     */
    public NormSchedule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(group, "group");
        periods = List.copyOf(periods);
        if (id == null || id.isBlank()) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "norm id", null,
                    "identifier '" + id + "' is blank", "id.non-blank");
        }
        for (NormPeriod p : periods) {
            for (List<Quantity> values : p.rule().byMonth().values()) {
                for (Quantity q : values) {
                    if (q.unit() != service.unit()) {
                        throw new InvalidValueException(ErrorCode.VALUE_UNIT_MISMATCH, kind.nameEn() + " " + id,
                                p.span().getStart(), "value " + q + " is not in " + service.unit().code(),
                                "norm.service-unit");
                    }
                }
            }
        }
    }

    /** A schedule of one rule holding from {@code from} until further notice. */
    public static NormSchedule from(String id, NormKind kind, Resource service, ConsumerGroup group, LocalDate from,
                                    NormRule rule) {
        return new NormSchedule(id, kind, service, group, List.of(NormPeriod.from(from, rule)));
    }

    /** The label used in protocols and errors, e.g. {@code "social norm sn-urban"}. */
    public String label() {
        return kind.nameEn() + " " + id;
    }

    /**
     * The runs of equal rules that cover {@code range}, in order.
     *
     * @throws NormMissingException    if a day of {@code range} is covered by no period
     * @throws TariffCoverageException if two periods cover a day of {@code range}
     */
    public List<Effective<NormRule>> runs(LocalDateRange range) {
        return Coverage.runs(periods.stream().map(NormPeriod::span).toList(),
                periods.stream().map(NormPeriod::rule).toList(), range, new Coverage.Faults() {
                    @Override
                    public RuntimeException gap(LocalDate day, String detail) {
                        return new NormMissingException(ErrorCode.NORM_MISSING, label(), group.code(), day,
                                "no " + kind.nameEn() + " for the billed month " + day.getYear() + "-"
                                        + String.format(java.util.Locale.ROOT, "%02d", day.getMonthValue()) + ": " + detail,
                                "norm.covers-billed-month");
                    }

                    @Override
                    public RuntimeException overlap(LocalDate day, String detail) {
                        return new TariffCoverageException(ErrorCode.TARIFF_OVERLAP, label(), group.code(), day,
                                detail, "norm.periods-do-not-overlap");
                    }
                });
    }

    /**
     * The monthly value of {@code rule} (in force on {@code day}) for the month of {@code day} and a household of
     * {@code residents}.
     *
     * @throws NormMissingException if the rule has no value for that month
     */
    public Quantity monthly(NormRule rule, LocalDate day, int residents) {
        return rule.find(day.getMonth(), residents).orElseThrow(() -> new NormMissingException(
                ErrorCode.NORM_MISSING, label(), group.code(), day,
                "the " + kind.nameEn() + " in force has no value for the billed month " + day.getYear() + "-"
                        + String.format(java.util.Locale.ROOT, "%02d", day.getMonthValue()) + " (months with a value: " + rule.months()
                        + ")", "norm.covers-billed-month"));
    }
}
