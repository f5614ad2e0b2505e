package org.raschet.core.split;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.raschet.core.error.Faults.assertFault;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.error.OverflowException;

/**
 * Exact splits (DESIGN principle 2 and "Numeric model"): largest remainder with ties broken by the caller's order for
 * parts among owners; cumulative rounding for days. Every expected array is worked by hand in the comment.
 */
class SplitTest {
    private static final long MAX = Long.MAX_VALUE;
    private static final long MIN = Long.MIN_VALUE;

    @Test
    void largest_remainder_ties_go_to_the_lower_index() {
        // 100 / 3 = 33 r 1 each: the one unit left goes to the first of the equal remainders
        assertArrayEquals(new long[] {34, 33, 33}, Split.largestRemainder(100, new long[] {1, 1, 1}));
        // 2 / 3: floors 0,0,0, two units left → the first two
        assertArrayEquals(new long[] {1, 1, 0}, Split.largestRemainder(2, new long[] {1, 1, 1}));
        // a negative total splits as its magnitude, negated: −100 → −34, −33, −33
        assertArrayEquals(new long[] {-34, -33, -33}, Split.largestRemainder(-100, new long[] {1, 1, 1}));
        assertArrayEquals(new long[] {0, 0, 0}, Split.largestRemainder(0, new long[] {1, 1, 1}));
    }

    @Test
    void largest_remainder_common_house_volume_by_area() {
        // LEGAL §6 (354 p.44, App. 2): V_common × S_i / S_total. V = 123.456789 kWh = 123 456 789 micros,
        // areas 54.3, 32.1, 70.0 m² (10⁻⁴ m²: 543 000, 321 000, 700 000; S_total 1 564 000):
        //   123456789 × 543000 / 1564000 = 42 862 555 r 407 000
        //   123456789 × 321000 / 1564000 = 25 338 637 r 1 001 000
        //   123456789 × 700000 / 1564000 = 55 255 596 r 156 000
        // floors sum to 123 456 788; the one micro left goes to the largest remainder (the second premise)
        assertArrayEquals(new long[] {42_862_555, 25_338_638, 55_255_596},
                Split.largestRemainder(123_456_789L, new long[] {543_000, 321_000, 700_000}));
    }

    @Test
    void largest_remainder_zero_weights_get_zero() {
        assertArrayEquals(new long[] {0, 5, 0, 5}, Split.largestRemainder(10, new long[] {0, 1, 0, 1}));
        // 11: floors 5, 5, remainders 1, 1 → the lower index of the tie
        assertArrayEquals(new long[] {0, 6, 0, 5}, Split.largestRemainder(11, new long[] {0, 1, 0, 1}));
        // a single positive weight takes all
        assertArrayEquals(new long[] {0, 7, 0}, Split.largestRemainder(7, new long[] {0, 3, 0}));
    }

    @Test
    void largest_remainder_at_extreme_totals() {
        // MAX = 2·4611686018427387903 + 1: floors sum to MAX − 1, the unit left goes to the first
        assertArrayEquals(new long[] {4_611_686_018_427_387_904L, 4_611_686_018_427_387_903L},
                Split.largestRemainder(MAX, new long[] {1, 1}));
        // |MIN| = 2^63 halves exactly
        assertArrayEquals(new long[] {-4_611_686_018_427_387_904L, -4_611_686_018_427_387_904L},
                Split.largestRemainder(MIN, new long[] {1, 1}));
        // a part of magnitude 2^63 (all of MIN to one weight) is representable as MIN
        assertArrayEquals(new long[] {MIN}, Split.largestRemainder(MIN, new long[] {7}));
        assertArrayEquals(new long[] {0, MIN}, Split.largestRemainder(MIN, new long[] {0, 5}));
        // 2^63 by 1:2 → floors 3074457345618258602 (r 2) and 6148914691236517205 (r 1), sum 2^63 − 1:
        // the unit left goes to the larger remainder, the first
        assertArrayEquals(new long[] {-3_074_457_345_618_258_603L, -6_148_914_691_236_517_205L},
                Split.largestRemainder(MIN, new long[] {1, 2}));
        assertArrayEquals(new long[] {3_074_457_345_618_258_602L, 6_148_914_691_236_517_205L},
                Split.largestRemainder(MAX, new long[] {1, 2}));
    }

    @Test
    void largest_remainder_with_extreme_weights() {
        // 1000 by (MAX − 1) : 1 → floors 999 (r MAX − 1000) and 0 (r 1000): the unit left goes to the first
        assertArrayEquals(new long[] {1000, 0}, Split.largestRemainder(1000, new long[] {MAX - 1, 1}));
        assertArrayEquals(new long[] {MAX / 3 + 1, MAX / 3, MAX / 3},
                Split.largestRemainder(MAX, new long[] {MAX / 3, MAX / 3, MAX / 3}));
    }

    @Test
    void cumulative_rounding_over_a_31_day_month() {
        // DESIGN "Numeric model": 100 kWh over the 31 days of a month, day i gets round(V·i/31) − round(V·(i−1)/31).
        // V/31 = 3 225 806.4516… micros: days alternate 3 225 806 and 3 225 807; e.g. day 1 = round(3225806.45) = 3225806,
        // day 2 = round(6451612.90) − 3225806 = 3225807, and the 14 days with the extra micro are 2,4,…,10,13,…,30
        long[] days = Split.evenly(100_000_000L, 31);
        assertEquals(31, days.length);
        assertEquals(100_000_000L, LongStream.of(days).sum());
        long[] expected = new long[31];
        int[] plusOne = {2, 4, 6, 8, 10, 13, 15, 17, 19, 22, 24, 26, 28, 30};
        java.util.Arrays.fill(expected, 3_225_806L);
        for (int d : plusOne) {
            expected[d - 1] = 3_225_807L;
        }
        assertArrayEquals(expected, days);
        // the first half-month (15 days) is round(100 000 000 × 15 / 31) = round(48 387 096.77) = 48 387 097
        assertEquals(48_387_097L, LongStream.of(days).limit(15).sum());
        assertEquals(48_387_097L, Split.evenlyPrefix(100_000_000L, 15, 31));
        // the same month by equal weights, and by cumulative weights of 10 and 21 days (a tariff change on the 11th)
        long[] ones = new long[31];
        java.util.Arrays.fill(ones, 1);
        assertArrayEquals(expected, Split.cumulative(100_000_000L, ones));
    }

    @Test
    void cumulative_differs_from_largest_remainder_where_it_should() {
        // 10 over 3 equal slots: cumulative round(10/3)=3, round(20/3)=7 → 3, 4, 3 (every run within one unit);
        // largest remainder → 4, 3, 3 (ties to the lower index)
        assertArrayEquals(new long[] {3, 4, 3}, Split.cumulative(10, new long[] {1, 1, 1}));
        assertArrayEquals(new long[] {3, 4, 3}, Split.evenly(10, 3));
        assertArrayEquals(new long[] {-3, -4, -3}, Split.evenly(-10, 3));
        assertArrayEquals(new long[] {4, 3, 3}, Split.largestRemainder(10, new long[] {1, 1, 1}));
        // a half rounds away from zero: 1 over 2 → round(0.5) = 1 → 1, 0; −1 → −1, 0
        assertArrayEquals(new long[] {1, 0}, Split.evenly(1, 2));
        assertArrayEquals(new long[] {-1, 0}, Split.evenly(-1, 2));
        // weights 1, 0, 2 of 9: round(3) = 3, round(3) = 3, 9 → 3, 0, 6
        assertArrayEquals(new long[] {3, 0, 6}, Split.cumulative(9, new long[] {1, 0, 2}));
        // trailing zero weights get zero
        assertArrayEquals(new long[] {9, 0, 0}, Split.cumulative(9, new long[] {4, 0, 0}));
    }

    @Test
    void cumulative_and_evenly_at_extreme_totals() {
        assertArrayEquals(new long[] {MIN / 2, MIN / 2}, Split.evenly(MIN, 2));
        assertArrayEquals(new long[] {MAX}, Split.evenly(MAX, 1));
        // MAX / 2 = 4611686018427387903.5 → 4611686018427387904 first, the rest second
        assertArrayEquals(new long[] {4_611_686_018_427_387_904L, 4_611_686_018_427_387_903L}, Split.evenly(MAX, 2));
        assertArrayEquals(new long[] {MIN, 0}, Split.cumulative(MIN, new long[] {MAX, 0}));
        // MAX × 3 passes 64 bits, so the prefix MAX·3/6 = 4611686018427387903.5 is rounded in wide arithmetic:
        // an exact half, away from zero
        assertArrayEquals(new long[] {4_611_686_018_427_387_904L, 4_611_686_018_427_387_903L},
                Split.cumulative(MAX, new long[] {3, 3}));
        assertArrayEquals(new long[] {-4_611_686_018_427_387_904L, -4_611_686_018_427_387_903L},
                Split.cumulative(-MAX, new long[] {3, 3}));
        // MAX − 3 is even: (MAX − 3)·3/6 = 4611686018427387902 exactly, no rounding
        assertArrayEquals(new long[] {4_611_686_018_427_387_902L, 4_611_686_018_427_387_902L},
                Split.cumulative(MAX - 3, new long[] {3, 3}));
        long[] parts = Split.cumulative(MIN, new long[] {MAX / 2, MAX / 2 - 1, 1});
        assertEquals(MIN, parts[0] + parts[1] + parts[2]);
        // the weights sum past a long: a typed overflow
        assertFault(OverflowException.class, ErrorCode.VALUE_OVERFLOW,
                () -> Split.cumulative(1, new long[] {MAX, 1}), "split weights");
        assertFault(OverflowException.class, ErrorCode.VALUE_OVERFLOW,
                () -> Split.largestRemainder(1, new long[] {MAX, 1}), "split weights");
    }

    @Test
    void evenly_prefix() {
        assertEquals(0L, Split.evenlyPrefix(10, 0, 3));
        assertEquals(3L, Split.evenlyPrefix(10, 1, 3));
        assertEquals(7L, Split.evenlyPrefix(10, 2, 3));
        assertEquals(10L, Split.evenlyPrefix(10, 3, 3));
        assertEquals(MIN, Split.evenlyPrefix(MIN, 5, 5));
        assertEquals(MIN / 2, Split.evenlyPrefix(MIN, 1, 2));
        assertFault(InvalidValueException.class, ErrorCode.VALUE_OUT_OF_RANGE, () -> Split.evenlyPrefix(10, 4, 3),
                "prefix length 4 is outside 0..3");
        assertFault(InvalidValueException.class, ErrorCode.VALUE_OUT_OF_RANGE, () -> Split.evenlyPrefix(10, -1, 3),
                "prefix length -1");
        assertFault(InvalidValueException.class, ErrorCode.VALUE_OUT_OF_RANGE, () -> Split.evenlyPrefix(10, 0, 0),
                "slot count 0 is not positive");
    }

    @Test
    void bad_weights_and_slot_counts() {
        assertFault(InvalidValueException.class, ErrorCode.VALUE_OUT_OF_RANGE,
                () -> Split.largestRemainder(10, new long[0]), "split", "no weights given");
        assertFault(InvalidValueException.class, ErrorCode.VALUE_OUT_OF_RANGE,
                () -> Split.largestRemainder(10, new long[] {1, -2}), "weight #1 = -2 is negative");
        assertFault(InvalidValueException.class, ErrorCode.VALUE_OUT_OF_RANGE,
                () -> Split.cumulative(10, new long[] {0, 0}), "all 2 weights are zero");
        assertFault(InvalidValueException.class, ErrorCode.VALUE_OUT_OF_RANGE, () -> Split.evenly(10, 0),
                "slot count 0 is not positive", "split.slots-positive");
    }
}
