package org.raschet.core.error;

import java.time.LocalDate;

/** A zone price without its register, a register without its price, or metered registers that the tariff's zones cannot take. */
public final class TariffZoneException extends TariffException {
    private static final long serialVersionUID = 1L;

    /**
     * @param code     the stable error code
     * @param schedule the schedule concerned, with its kind, e.g. {@code "tariff el-urban-2026"}
     * @param group    the consumer group of the schedule
     * @param date     the date concerned, or {@code null}
     * @param detail   what is wrong, naming the value
     * @param rule     the rule broken
     */
    public TariffZoneException(ErrorCode code, String schedule, String group, LocalDate date, String detail, String rule) {
        super(code, schedule, group, date, detail, rule);
    }
}
