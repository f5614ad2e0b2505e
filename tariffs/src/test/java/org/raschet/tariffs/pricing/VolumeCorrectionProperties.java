package org.raschet.tariffs.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.raschet.core.account.AccountId;
import org.raschet.core.consumption.DailySeries;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Unit;
import org.raschet.core.time.Days;
import org.raschet.tariffs.schedule.TariffSchedule;
import org.raschet.tariffs.support.Fixtures;
import org.threeten.extra.LocalDateRange;

/** Period volume corrections at historical prices equal a fresh calculation (issue 4, "Done when"). */
class VolumeCorrectionProperties {
    static final AccountId ACCOUNT = AccountId.of("V-1");

    @Provide
    Arbitrary<long[]> days() {
        return Arbitraries.longs().between(0, 30_000_000L).array(long[].class).ofSize(31);
    }

    @Property(tries = 200)
    void a_corrected_period_equals_its_fresh_calculation_in_volume_and_within_one_kopeck(
            @ForAll @IntRange(min = 0, max = 23) int month, @ForAll("days") long[] old, @ForAll("days") long[] now,
            @ForAll @IntRange(min = 1, max = 200_000) int oldE4, @ForAll @IntRange(min = 1, max = 200_000) int newE4) {
        // the price changes on 1 July 2026 (a month boundary): every period has one price
        TariffSchedule t = Fixtures.singleChange(price(oldE4), LocalDate.of(2026, 7, 1), price(newE4));
        YearMonth period = YearMonth.of(2026, 1).plusMonths(month);
        LocalDateRange range = Days.of(period);
        int n = period.lengthOfMonth();
        DailySeries billedDays = DailySeries.of(range.getStart(), Unit.KWH, java.util.Arrays.copyOf(old, n));
        DailySeries nowDays = DailySeries.of(range.getStart(), Unit.KWH, java.util.Arrays.copyOf(now, n));
        PricingResult billed = Pricing.consumption(ConsumptionRequest.of(ACCOUNT, t,
                DailyConsumption.single(billedDays)), ProtocolSink.NONE);
        PricingResult fresh = Pricing.consumption(ConsumptionRequest.of(ACCOUNT, t,
                DailyConsumption.single(nowDays)), ProtocolSink.NONE);
        Quantity dv = nowDays.total().minus(billedDays.total());
        PricingResult c = Corrections.priceVolume(new VolumeCorrectionRequest(ACCOUNT, t, period, Register.TOTAL, dv,
                false, nowDays, period.plusMonths(2), PricingPolicies.DEFAULT), ProtocolSink.NONE);
        assertEquals(fresh.totalMicros(), billed.totalMicros() + c.totalMicros());
        assertTrue(Math.abs(fresh.totalMinor() - billed.totalMinor() - c.totalMinor()) <= 1);
        c.lines().forEach(l -> assertEquals(t.ratesOn(l.line().span().getStart()).price(0, Register.TOTAL),
                l.line().price()));
    }

    static String price(int e4) {
        return java.math.BigDecimal.valueOf(e4, 4).toPlainString();
    }
}
