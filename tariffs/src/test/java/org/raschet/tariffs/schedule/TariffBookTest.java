package org.raschet.tariffs.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raschet.tariffs.support.Fixtures.d;
import static org.raschet.tariffs.support.Fixtures.kwh;
import static org.raschet.tariffs.support.Fixtures.rub;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.error.MissingPolicyInputException;
import org.raschet.core.meter.Register;
import org.raschet.core.meter.RegisterSet;
import org.raschet.core.quantity.Resource;

/** A region's tariff book: one schedule per service, group and zones (regional tariff decisions). */
class TariffBookTest {
    static final TariffSchedule URBAN_1 = TariffSchedule.from("u1", Resource.ELECTRICITY, ConsumerGroup.URBAN,
            RegisterSet.SINGLE, d("2026-01-01"), Rates.single(rub("5.67")));
    static final TariffSchedule URBAN_2 = TariffSchedule.from("u2", Resource.ELECTRICITY, ConsumerGroup.URBAN,
            RegisterSet.TWO_ZONE, d("2026-01-01"), Rates.zoned(Map.of(Register.DAY, rub("6.5"),
                    Register.NIGHT, rub("3.2"))));
    static final TariffSchedule RURAL_1 = TariffSchedule.from("r1", Resource.ELECTRICITY, ConsumerGroup.RURAL,
            RegisterSet.SINGLE, d("2026-01-01"), Rates.single(rub("3.97")));
    static final NormSchedule NORMATIVE = NormSchedule.from("n", NormKind.NORMATIVE, Resource.ELECTRICITY,
            ConsumerGroup.URBAN, d("2026-01-01"), NormRule.flat(NormBasis.PER_RESIDENT, kwh("100")));

    @Test
    void finds_the_schedule_of_a_group_and_zones() {
        TariffBook book = new TariffBook(List.of(URBAN_1, URBAN_2, RURAL_1), List.of(NORMATIVE));
        assertEquals(URBAN_2, book.tariff(Resource.ELECTRICITY, ConsumerGroup.of("urban"), RegisterSet.TWO_ZONE));
        assertEquals(RURAL_1, book.tariff("r1"));
        assertEquals(NORMATIVE, book.findNorm(NormKind.NORMATIVE, Resource.ELECTRICITY, ConsumerGroup.URBAN)
                .orElseThrow());
        assertTrue(book.findNorm(NormKind.SOCIAL_NORM, Resource.ELECTRICITY, ConsumerGroup.URBAN).isEmpty());
        MissingPolicyInputException e = assertThrows(MissingPolicyInputException.class,
                () -> book.tariff(Resource.ELECTRICITY, ConsumerGroup.RURAL, RegisterSet.TWO_ZONE));
        assertTrue(e.getMessage().contains("group rural"), e.getMessage());
    }

    @Test
    void ids_are_unique() {
        assertThrows(InvalidValueException.class, () -> new TariffBook(List.of(URBAN_1, URBAN_1), List.of()));
    }
}
