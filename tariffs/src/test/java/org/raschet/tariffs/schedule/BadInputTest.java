package org.raschet.tariffs.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raschet.tariffs.support.Fixtures.ACCOUNT;
import static org.raschet.tariffs.support.Fixtures.d;
import static org.raschet.tariffs.support.Fixtures.days;
import static org.raschet.tariffs.support.Fixtures.evenly;
import static org.raschet.tariffs.support.Fixtures.kwh;
import static org.raschet.tariffs.support.Fixtures.rub;

import java.time.Month;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.raschet.core.account.Premise;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.NormMissingException;
import org.raschet.core.error.TariffCoverageException;
import org.raschet.core.error.TariffException;
import org.raschet.core.error.TariffPriceException;
import org.raschet.core.error.TariffZoneException;
import org.raschet.core.meter.Register;
import org.raschet.core.meter.RegisterSet;
import org.raschet.core.money.Price;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.quantity.Resource;
import org.raschet.core.quantity.Unit;
import org.raschet.tariffs.pricing.ConsumptionRequest;
import org.raschet.tariffs.pricing.DailyConsumption;
import org.raschet.tariffs.pricing.NormativeReason;
import org.raschet.tariffs.pricing.NormativeRequest;
import org.raschet.tariffs.pricing.Pricing;

/** Bad input (issue 4): typed exceptions naming the tariff, the group, the date and the value. */
class BadInputTest {
    static final Rates R1 = Rates.single(rub("5.00"));
    static final Rates R2 = Rates.single(rub("6.00"));
    static final Premise PREMISE = Premise.residential("A-1", "H-1", "54.3", 2, d("2020-01-01"), "urban");

    static TariffSchedule schedule(TariffPeriod... periods) {
        return new TariffSchedule("el-urban", Resource.ELECTRICITY, ConsumerGroup.URBAN, RegisterSet.SINGLE,
                List.of(periods));
    }

    static void price(TariffSchedule t, String from, String until) {
        Pricing.consumption(ConsumptionRequest.of(ACCOUNT, t, DailyConsumption.single(evenly(days(from, until),
                "100"))), ProtocolSink.NONE);
    }

    static void assertNames(TariffException e, String schedule, String date, String value) {
        assertEquals(schedule, e.schedule());
        assertEquals("urban", e.group());
        assertTrue(e.getMessage().contains(schedule + " (group urban)"), e.getMessage());
        if (date != null) {
            assertEquals(d(date), e.date().orElseThrow());
            assertTrue(e.getMessage().contains(" on " + date), e.getMessage());
        }
        assertTrue(e.getMessage().contains(value), e.getMessage());
    }

    @Test
    void overlapping_periods_for_a_billed_day() {
        TariffSchedule t = schedule(TariffPeriod.from(d("2026-01-01"), R1), TariffPeriod.from(d("2026-07-01"), R2));
        TariffCoverageException e = assertThrows(TariffCoverageException.class,
                () -> price(t, "2026-06-21", "2026-07-26"));
        assertEquals(ErrorCode.TARIFF_OVERLAP, e.code());
        assertNames(e, "tariff el-urban", "2026-07-01", "[2026-07-01, …)");
    }

    @Test
    void an_overlap_outside_the_billed_days_does_not_matter() {
        TariffSchedule t = schedule(TariffPeriod.of(d("2026-01-01"), d("2026-07-01"), R1),
                TariffPeriod.from(d("2026-07-01"), R2), TariffPeriod.of(d("2025-01-01"), d("2026-02-01"), R2));
        price(t, "2026-03-01", "2026-08-01");
    }

    @Test
    void a_gap_between_periods_for_a_billed_day() {
        TariffSchedule t = schedule(TariffPeriod.of(d("2026-01-01"), d("2026-06-30"), R1),
                TariffPeriod.from(d("2026-07-01"), R2));
        TariffCoverageException e = assertThrows(TariffCoverageException.class,
                () -> price(t, "2026-06-21", "2026-07-26"));
        assertEquals(ErrorCode.SCHEDULE_GAP, e.code());
        assertNames(e, "tariff el-urban", "2026-06-30", "[2026-01-01, 2026-06-30)");
    }

    @Test
    void a_non_positive_price() {
        TariffPriceException e = assertThrows(TariffPriceException.class, () -> schedule(
                TariffPeriod.from(d("2026-07-01"), Rates.single(Price.rub("0", Unit.KWH)))));
        assertEquals(ErrorCode.TARIFF_PRICE_INVALID, e.code());
        assertNames(e, "tariff el-urban", "2026-07-01", "0.0000 RUB/kWh");
        assertThrows(TariffPriceException.class, () -> schedule(
                TariffPeriod.from(d("2026-07-01"), Rates.single(Price.rub("-5.67", Unit.KWH)))));
    }

    @Test
    void a_zone_price_without_its_register() {
        TariffZoneException e = assertThrows(TariffZoneException.class, () -> TariffSchedule.from("el-2z",
                Resource.ELECTRICITY, ConsumerGroup.URBAN, RegisterSet.TWO_ZONE, d("2026-07-01"),
                Rates.zoned(Map.of(Register.DAY, rub("6.50"), Register.NIGHT, rub("3.20"),
                        Register.SEMI_PEAK, rub("5.00")))));
        assertEquals(ErrorCode.TARIFF_ZONE_MISMATCH, e.code());
        assertNames(e, "tariff el-2z", "2026-07-01", "T3 (semi-peak) at 5.0000 RUB/kWh");
        TariffZoneException missing = assertThrows(TariffZoneException.class, () -> TariffSchedule.from("el-2z",
                Resource.ELECTRICITY, ConsumerGroup.URBAN, RegisterSet.TWO_ZONE, d("2026-07-01"),
                Rates.zoned(Map.of(Register.DAY, rub("6.50")))));
        assertNames(missing, "tariff el-2z", "2026-07-01", "register T2 (night) has no price");
    }

    @Test
    void a_social_norm_missing_for_a_billed_month() {
        // the seasonal norm has no value for July
        NormSchedule seasonal = NormSchedule.from("sn-winter", NormKind.SOCIAL_NORM, Resource.ELECTRICITY,
                ConsumerGroup.URBAN, d("2026-01-01"), NormRule.seasonal(NormBasis.PER_PREMISE,
                        Map.of(Month.JANUARY, kwh("200"), Month.DECEMBER, kwh("200"))));
        TariffSchedule t = TariffSchedule.from("el-sn", Resource.ELECTRICITY, ConsumerGroup.URBAN, RegisterSet.SINGLE,
                d("2026-01-01"), Rates.socialNorm(rub("5.00"), rub("7.00")));
        NormMissingException e = assertThrows(NormMissingException.class, () -> Pricing.consumption(
                ConsumptionRequest.of(PREMISE, t, List.of(seasonal), DailyConsumption.single(
                        evenly(days("2026-07-01", "2026-08-01"), "100"))), ProtocolSink.NONE));
        assertEquals(ErrorCode.NORM_MISSING, e.code());
        assertNames(e, "social norm sn-winter", "2026-07-01", "2026-07");
    }

    @Test
    void a_block_tariff_without_its_norm() {
        TariffSchedule t = TariffSchedule.from("el-sn", Resource.ELECTRICITY, ConsumerGroup.URBAN, RegisterSet.SINGLE,
                d("2026-01-01"), Rates.socialNorm(rub("5.00"), rub("7.00")));
        NormMissingException e = assertThrows(NormMissingException.class, () -> Pricing.consumption(
                ConsumptionRequest.of(PREMISE, t, List.of(), DailyConsumption.single(
                        evenly(days("2026-07-01", "2026-08-01"), "100"))), ProtocolSink.NONE));
        assertNames(e, "tariff el-sn", "2026-07-01", "2 blocks");
    }

    @Test
    void a_normative_missing_for_a_billed_month() {
        NormSchedule fromAugust = NormSchedule.from("n-1room", NormKind.NORMATIVE, Resource.ELECTRICITY,
                ConsumerGroup.URBAN, d("2026-08-01"), NormRule.flat(NormBasis.PER_RESIDENT, kwh("100")));
        NormMissingException e = assertThrows(NormMissingException.class, () -> Pricing.normative(
                NormativeRequest.of(PREMISE, org.raschet.tariffs.support.Fixtures.single("5.67"), fromAugust,
                        days("2026-07-01", "2026-09-01"), NormativeReason.NO_METER), ProtocolSink.NONE));
        assertEquals(ErrorCode.NORM_MISSING, e.code());
        assertNames(e, "consumption normative n-1room", "2026-07-01", "2026-07");
    }
}
