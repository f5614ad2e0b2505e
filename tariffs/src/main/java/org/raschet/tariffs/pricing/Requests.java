package org.raschet.tariffs.pricing;

import java.util.List;
import org.raschet.core.account.AccountId;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.tariffs.schedule.NormSchedule;
import org.raschet.tariffs.schedule.TariffSchedule;

/** Checks shared by the requests. */
final class Requests {
    private Requests() {
    }

    static void checkLimits(AccountId account, TariffSchedule tariff, List<NormSchedule> limits) {
        for (NormSchedule n : limits) {
            if (!ConsumptionRequest.isLimit(n.kind()) || n.service() != tariff.service()) {
                throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "account " + account, null,
                        n.label() + " of " + n.service().nameEn() + " is not a block limit of tariff " + tariff.id()
                                + " (" + tariff.service().nameEn() + ")", "pricing.limits-are-block-norms");
            }
        }
    }
}
