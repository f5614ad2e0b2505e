package org.raschet.tariffs.columnar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.raschet.tariffs.support.Fixtures.d;
import static org.raschet.tariffs.support.Fixtures.days;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.raschet.core.account.AccountId;
import org.raschet.core.error.TariffZoneException;
import org.raschet.core.meter.Register;
import org.raschet.tariffs.schedule.TariffSchedule;
import org.raschet.tariffs.support.Fixtures;
import org.threeten.extra.LocalDateRange;

/** The columnar path on a hand-computed example (354 App. 2, formula 1; LEGAL §2: each day at its own tariff). */
class ColumnarTest {
    static final LocalDateRange JUNE_JULY = days("2026-06-21", "2026-07-26");
    static final TariffSchedule TARIFF = Fixtures.singleChange("5.67", d("2026-07-01"), "6.12");

    @Test
    void two_accounts_share_one_schedule_and_each_day_is_priced_at_its_own_tariff() {
        long[] tenADay = new long[35];
        Arrays.fill(tenADay, 10_000_000L);
        long[] twoADay = new long[35];
        Arrays.fill(twoADay, 2_000_000L);
        PricingColumns.Builder b = PricingColumns.builder(JUNE_JULY);
        b.register(b.account(AccountId.of("A-1"), TARIFF, List.of(), null), Register.TOTAL, tenADay);
        b.register(b.account(AccountId.of("A-2"), TARIFF, List.of(), null), Register.TOTAL, twoADay);
        ChargeColumns c = ColumnarPricing.price(b.build());
        // June 100 kWh × 5.67 = 567.00; July 250 kWh × 6.12 = 1530.00
        // June 20 kWh × 5.67 = 113.40; July 50 kWh × 6.12 = 306.00
        assertEquals(4, c.size());
        assertEquals(56700, c.amountMinor(0));
        assertEquals(153000, c.amountMinor(1));
        assertEquals(11340, c.amountMinor(2));
        assertEquals(30600, c.amountMinor(3));
        assertEquals(AccountId.of("A-2"), c.account(3));
        assertEquals(days("2026-07-01", "2026-07-26"), c.span(3));
        assertEquals(61200, c.priceE4(3));
        assertEquals(56700 + 153000 + 11340 + 30600, c.totalMinor());
    }

    @Test
    void registers_that_are_not_the_tariffs_zones_are_rejected() {
        PricingColumns.Builder b = PricingColumns.builder(JUNE_JULY);
        b.register(b.account(AccountId.of("A-1"), TARIFF, List.of(), null), Register.DAY, new long[35]);
        TariffZoneException e = assertThrows(TariffZoneException.class, b::build);
        assertEquals("tariff el-urban", e.schedule());
    }
}
