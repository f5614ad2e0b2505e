package org.raschet.core.error;

import java.time.LocalDate;

/** A tariff price that is not positive where a positive one is required, or of another unit or currency than its schedule. */
public final class TariffPriceException extends TariffException {
    private static final long serialVersionUID = 1L;

    /**
     * @param code     the stable error code
     * @param schedule the schedule concerned, with its kind, e.g. {@code "tariff el-urban-2026"}
     * @param group    the consumer group of the schedule
     * @param date     the date concerned, or {@code null}
     * @param detail   what is wrong, naming the value
     * @param rule     the rule broken
     */
    public TariffPriceException(ErrorCode code, String schedule, String group, LocalDate date, String detail, String rule) {
        super(code, schedule, group, date, detail, rule);
    }
}
