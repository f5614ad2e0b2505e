package org.raschet.core.account;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidAccountException;
import org.raschet.core.quantity.Area;
import org.raschet.core.time.Timeline;

/**
 * Premise and its account (помещение, лицевой счёт): the unit that is billed.
 *
 * <p>Residents (permanent and temporary; where nobody is registered, the owners — 354 p.56(2)) are effective-dated,
 * so a move-in on any day changes the count from that day.
 *
 * @param id          the account
 * @param house       the house the premise belongs to
 * @param area        its total area (S_i in 354 App. 2)
 * @param residential whether it is a dwelling (жилое помещение)
 * @param residents   residents per day, effective-dated; each count ≥ 0
 * @param tariffGroup the consumer group for tariffs, e.g. {@code "urban"}, {@code "rural"}, {@code "electric-stove"}
 */
public record Premise(AccountId id, HouseId house, Area area, boolean residential, Timeline<Integer> residents,
                      String tariffGroup) {
    /**
     * Validates the parts.
     *
     * @throws InvalidAccountException with {@link ErrorCode#VALUE_OUT_OF_RANGE} if a resident count is negative,
     *                                 the area is zero or the tariff group is blank
     */
    public Premise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(house, "house");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(residents, "residents");
        Objects.requireNonNull(tariffGroup, "tariffGroup");
        for (Map.Entry<LocalDate, Integer> e : residents.entries().entrySet()) {
            if (e.getValue() < 0) {
                throw new InvalidAccountException(ErrorCode.VALUE_OUT_OF_RANGE, "account " + id, e.getKey(),
                        "resident count " + e.getValue() + " is negative", "residents.non-negative");
            }
        }
        if (area.isZero()) {
            throw new InvalidAccountException(ErrorCode.VALUE_OUT_OF_RANGE, "account " + id, null,
                    "area " + area + " is zero", "premise.area-positive");
        }
        if (tariffGroup.isBlank()) {
            throw new InvalidAccountException(ErrorCode.VALUE_OUT_OF_RANGE, "account " + id, null,
                    "tariff group '" + tariffGroup + "' is blank", "premise.tariff-group-named");
        }
    }

    /**
     * A residential premise with a constant resident count from {@code from} on.
     *
     * @param id          the account identifier
     * @param house       the house identifier
     * @param area        the total area in m², as decimal text, e.g. {@code "54.3"}
     * @param residents   the resident count from {@code from} on
     * @param from        the first day the count holds
     * @param tariffGroup the consumer group for tariffs
     * @return the premise
     * @throws org.raschet.core.error.InvalidValueException if an identifier is blank or the area malformed,
     *                                                      negative or too precise
     * @throws InvalidAccountException                      as the canonical constructor
     */
    public static Premise residential(String id, String house, String area, int residents, LocalDate from,
                                      String tariffGroup) {
        return new Premise(AccountId.of(id), HouseId.of(house), Area.of(area), true,
                Timeline.from(from, residents), tariffGroup);
    }

    /**
     * This premise with {@code count} residents from {@code from} on (a move-in or move-out on that day).
     *
     * @param from  the first day of the new count
     * @param count the resident count from that day
     * @return a new premise; this one is unchanged
     * @throws InvalidAccountException if {@code count} is negative
     */
    public Premise withResidents(LocalDate from, int count) {
        return new Premise(id, house, area, residential, residents.with(from, count), tariffGroup);
    }

    /**
     * Residents on {@code day}.
     *
     * @param day the day
     * @return the count that holds on that day
     * @throws org.raschet.core.error.MissingPolicyInputException if no count is given for that day
     */
    public int residentsOn(LocalDate day) {
        return residents.get(day, "residents of account " + id);
    }
}
