package org.raschet.tariffs.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.raschet.core.protocol.Formulas;

class IncreasingCoefficientNoteTest {

    @Test
    void federal_coefficient_note_uses_the_decimal_comma_in_russian_legal_5() {
        // 354 App. 2 formula 4: K = 1.5 since 01.01.2017; Russian protocol numbers use the decimal comma
        assertEquals("политика: повышающий коэффициент 1,5 с 01.01.2017", IncreasingCoefficient.FEDERAL.note().ru());
        assertEquals("policy: increasing coefficient 1.5 from 2017-01-01", IncreasingCoefficient.FEDERAL.note().en());
    }

    @Test
    void the_sanction_multiple_is_not_called_an_increasing_coefficient_354_p81_11() {
        assertFalse(Formulas.CHARGE_SANCTION_INTERFERENCE.symbol("K").orElseThrow().en().contains("increasing"));
        assertFalse(Formulas.CHARGE_SANCTION_INTERFERENCE.symbol("K").orElseThrow().ru().contains("повышающий"));
    }
}
