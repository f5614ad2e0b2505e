package org.raschet.allocation.odn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.raschet.allocation.odn.Houses.kwh;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raschet.core.account.AccountId;
import org.raschet.core.consumption.BasisRun;
import org.raschet.core.consumption.DailySeries;
import org.raschet.core.consumption.DayBasis;
import org.raschet.core.consumption.ForecastCase;
import org.raschet.core.consumption.RegisterDays;
import org.raschet.core.consumption.ServiceConsumption;
import org.raschet.core.meter.Register;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.quantity.Unit;
import org.raschet.core.time.Days;
import org.threeten.extra.LocalDateRange;

/** The input volumes: by basis, from the per-day engine's series, and their validation. */
class VolumeByBasisTest {

    @Test
    void a_span_of_a_daily_series_gives_the_volume_of_the_span() {
        // 310 kWh spread evenly over January 2026 (cumulative rounding, exact): 10 kWh a day
        DailySeries jan = DailySeries.evenly(Days.of(YearMonth.of(2026, 1)), kwh("310"));
        LocalDateRange firstTen = LocalDateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 11));
        VolumeByBasis v = VolumeByBasis.of(jan, VolumeBasis.FORECAST, firstTen);
        assertEquals(kwh("100"), v.total());
        assertEquals(kwh("100"), v.estimated());
        assertEquals(kwh("0"), v.measured());
        VolumeByBasis mixed = v.plus(VolumeByBasis.of(jan, VolumeBasis.MEASURED,
                LocalDateRange.of(LocalDate.of(2026, 1, 11), LocalDate.of(2026, 2, 1))));
        assertEquals(kwh("310"), mixed.total());
        assertEquals(kwh("210"), mixed.get(VolumeBasis.MEASURED));
        assertEquals(kwh("100"), mixed.get(VolumeBasis.FORECAST));
    }

    @Test
    void the_per_day_engine_result_is_counted_by_each_day_basis() {
        // January 2026 on one register: 1–10 by readings (10 kWh a day), 11–20 by the average (354 p.59(б)),
        // 21–31 by the normative (354 p.60): 100 + 100 + 110 kWh
        LocalDate d1 = LocalDate.of(2026, 1, 1);
        DailySeries days = DailySeries.evenly(Days.of(YearMonth.of(2026, 1)), kwh("310"));
        org.raschet.core.meter.MeterId meter = org.raschet.core.meter.MeterId.of("m1");
        List<BasisRun> runs = List.of(
                new BasisRun(LocalDateRange.of(d1, d1.plusDays(10)), DayBasis.actual(meter)),
                new BasisRun(LocalDateRange.of(d1.plusDays(10), d1.plusDays(20)), new DayBasis(DayBasis.Kind.AVERAGE,
                        Optional.of(ForecastCase.NO_READINGS), 1, 6, false, Optional.of(meter))),
                new BasisRun(LocalDateRange.of(d1.plusDays(20), d1.plusDays(31)), new DayBasis(
                        DayBasis.Kind.NORMATIVE, Optional.of(ForecastCase.NO_READINGS), 7, 6, false,
                        Optional.empty())));
        ServiceConsumption c = new ServiceConsumption(AccountId.of("kv1"), Resource.ELECTRICITY, days.range(),
                LocalDate.of(2026, 2, 5), List.of(new RegisterDays(Register.TOTAL, days, runs)), List.of(), List.of(),
                List.of(), List.of(), List.of());
        VolumeByBasis v = VolumeByBasis.of(c, Days.of(YearMonth.of(2026, 1)));
        assertEquals(new VolumeByBasis(kwh("100"), kwh("100"), kwh("110")), v);
        // a span inside the month: 15–24 January = 6 days by the average + 4 by the normative
        VolumeByBasis part = VolumeByBasis.of(c, LocalDateRange.of(d1.plusDays(14), d1.plusDays(24)));
        assertEquals(new VolumeByBasis(kwh("0"), kwh("60"), kwh("40")), part);
        assertThrows(InvalidValueException.class, () -> VolumeByBasis.of(c, Days.of(YearMonth.of(2026, 2))));
    }

    @Test
    void a_negative_part_or_mixed_units_are_refused() {
        InvalidValueException negative = assertThrows(InvalidValueException.class,
                () -> VolumeByBasis.measured(kwh("-1")));
        assertEquals(ErrorCode.VALUE_OUT_OF_RANGE, negative.code());
        assertThrows(InvalidValueException.class, () -> new VolumeByBasis(kwh("1"), Quantity.zero(Unit.M3),
                kwh("0")));
        // a volume in m³ for an electricity network
        InvalidValueException unit = assertThrows(InvalidValueException.class, () -> NetworkVolumes.of(
                YearMonth.of(2026, 1), Resource.ELECTRICITY,
                Map.of(NodeId.of("kv1"), VolumeByBasis.measured("1", Unit.M3))));
        assertEquals(ErrorCode.VALUE_UNIT_MISMATCH, unit.code());
    }

    @Test
    void a_month_needs_volumes_of_exactly_its_days() {
        NetworkVolumes feb = NetworkVolumes.of(YearMonth.of(2026, 2), Resource.ELECTRICITY, Map.of());
        assertThrows(InvalidValueException.class, () -> HouseMonth.of(YearMonth.of(2026, 1), feb));
        assertEquals(Optional.empty(), feb.find(NodeId.of("kv1")));
        assertEquals("1.200000 kWh/m2", CommonNormative.of("1.2", Unit.KWH).toString());
        assertThrows(InvalidValueException.class, () -> CommonNormative.of("-0.1", Unit.KWH));
    }
}
