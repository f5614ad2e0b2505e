package org.raschet.core.error;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A tariff or norm schedule that cannot price a billed day: its periods leave a gap or overlap, a price is not
 * positive, a zone price lacks its register, a norm is missing. The message names the schedule, the consumer group,
 * the date and the offending value.
 */
public class TariffException extends RaschetException {
    private static final long serialVersionUID = 1L;

    private final String schedule;
    private final String group;

    /**
     * @param code     the stable error code
     * @param schedule the schedule concerned, with its kind, e.g. {@code "tariff el-urban-2026"}
     * @param group    the consumer group of the schedule, e.g. {@code "urban"}
     * @param date     the date concerned, or {@code null}
     * @param detail   what is wrong, naming the value
     * @param rule     the rule broken
     */
    public TariffException(ErrorCode code, String schedule, String group, LocalDate date, String detail,
                           String rule) {
        super(code, Objects.requireNonNull(schedule, "schedule") + " (group " + group + ")", date, detail, rule);
        this.schedule = schedule;
        this.group = Objects.requireNonNull(group, "group");
    }

    /** The schedule concerned, with its kind, e.g. {@code "tariff el-urban-2026"}. */
    public String schedule() {
        return schedule;
    }

    /** The consumer group of the schedule. */
    public String group() {
        return group;
    }
}
