package org.raschet.core.error;

import java.time.LocalDate;

/** A billed day that no period of a tariff or norm schedule covers (a gap), or that two periods cover (an overlap). */
public final class TariffCoverageException extends TariffException {
    private static final long serialVersionUID = 1L;

    /**
     * @param code     the stable error code
     * @param schedule the schedule concerned, with its kind, e.g. {@code "tariff el-urban-2026"}
     * @param group    the consumer group of the schedule
     * @param date     the date concerned, or {@code null}
     * @param detail   what is wrong, naming the value
     * @param rule     the rule broken
     */
    public TariffCoverageException(ErrorCode code, String schedule, String group, LocalDate date, String detail, String rule) {
        super(code, schedule, group, date, detail, rule);
    }
}
