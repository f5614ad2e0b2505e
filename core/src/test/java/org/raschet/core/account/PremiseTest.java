package org.raschet.core.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raschet.core.error.Faults.assertFault;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidAccountException;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.quantity.Area;
import org.raschet.core.time.Days;
import org.raschet.core.time.Timeline;
import org.threeten.extra.LocalDateRange;

/** Premises with residents per day (354 p.56(2): permanent and temporary residents; a move-in on any day). */
class PremiseTest {
    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
    private static final LocalDate MAR_15 = LocalDate.of(2025, 3, 15);

    @Test
    void residents_per_day_with_a_move_in_mid_month() {
        Premise p = Premise.residential("42", "H1", "54.3", 2, JAN_1, "urban").withResidents(MAR_15, 3);
        assertEquals(2, p.residentsOn(LocalDate.of(2025, 3, 14)));
        assertEquals(3, p.residentsOn(MAR_15));
        assertEquals(3, p.residentsOn(LocalDate.of(2025, 3, 31)));
        // person-days of March: 14 days × 2 + 17 days × 3 = 28 + 51 = 79 — what a per-day normative charge
        // (354 App. 2 formula 4, n per day) multiplies
        int personDays = 0;
        LocalDateRange march = Days.of(java.time.YearMonth.of(2025, 3));
        for (LocalDate d = march.getStart(); d.isBefore(march.getEnd()); d = d.plusDays(1)) {
            personDays += p.residentsOn(d);
        }
        assertEquals(79, personDays);
    }

    @Test
    void parts_of_a_premise() {
        Premise p = Premise.residential("42", "H1", "54.3", 2, JAN_1, "urban");
        assertEquals(AccountId.of("42"), p.id());
        assertEquals(HouseId.of("H1"), p.house());
        assertEquals(Area.of("54.3"), p.area());
        assertTrue(p.residential());
        assertEquals("urban", p.tariffGroup());
        assertEquals(Timeline.from(JAN_1, 2), p.residents());
        assertEquals("42", p.id().toString());
        assertEquals("H1", p.house().toString());
        // nobody registered: zero residents is valid (the owners count then, 354 p.56(2) — the caller's input)
        Premise shop = new Premise(AccountId.of("N-1"), HouseId.of("H1"), Area.of("120"), false,
                Timeline.of(Map.of(JAN_1, 0)), "non-residential");
        assertEquals(0, shop.residentsOn(JAN_1));
    }

    @Test
    void bad_premises() {
        assertFault(InvalidAccountException.class, ErrorCode.VALUE_OUT_OF_RANGE,
                () -> new Premise(AccountId.of("42"), HouseId.of("H1"), Area.of("54.3"), true,
                        Timeline.of(Map.of(JAN_1, 2, MAR_15, -1)), "urban"),
                "account 42 on 2025-03-15", "resident count -1 is negative", "residents.non-negative");
        assertFault(InvalidAccountException.class, ErrorCode.VALUE_OUT_OF_RANGE,
                () -> Premise.residential("42", "H1", "54.3", 2, JAN_1, " "), "account 42", "tariff group ' '",
                "premise.tariff-group-named");
        assertFault(InvalidValueException.class, ErrorCode.VALUE_UNPARSEABLE,
                () -> Premise.residential("42", "H1", "54,3", 2, JAN_1, "urban"), "area", "'54,3'");
        assertFault(InvalidValueException.class, ErrorCode.VALUE_OUT_OF_RANGE, () -> AccountId.of(" "),
                "account id", "identifier ' ' is blank", "id.non-blank");
        assertFault(InvalidValueException.class, ErrorCode.VALUE_OUT_OF_RANGE, () -> HouseId.of(""),
                "house id", "id.non-blank");
        assertFault(InvalidValueException.class, ErrorCode.VALUE_OUT_OF_RANGE, () -> new AccountId(null),
                "account id", "identifier 'null'");
    }
}
