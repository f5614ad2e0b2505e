package org.raschet.tariffs.schedule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.meter.Register;
import org.raschet.core.money.Price;

/**
 * The prices of one tariff period (цены (тарифы) периода): one price per zone register, for each block of a block
 * tariff. A flat tariff has one block; a social-norm tariff (Decree No. 614) has two, within and above the norm;
 * regional volume bands have one more block than they have limits. The limits themselves are norms
 * ({@link NormSchedule}), given beside the tariff.
 *
 * <p>Which registers a block must price is the business of its {@link TariffSchedule} (its zones); this value only
 * holds the prices. Two {@code Rates} are equal when all their prices are: consecutive periods with equal rates are
 * priced as one run.
 *
 * @param blocks the prices of each block, in block order (first = within the norm), register → price
 */
public record Rates(List<Map<Register, Price>> blocks) {
    /**
     * Copies the parts.
     *
     * @throws InvalidValueException if there is no block or a block has no price
     */
    public Rates {
        Objects.requireNonNull(blocks, "blocks");
        if (blocks.isEmpty()) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "rates", null,
                    "no block of prices is given", "rates.non-empty");
        }
        List<Map<Register, Price>> copy = new ArrayList<>(blocks.size());
        for (Map<Register, Price> b : blocks) {
            Objects.requireNonNull(b, "block");
            if (b.isEmpty()) {
                throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "rates", null,
                        "block #" + (copy.size() + 1) + " has no price", "rates.block-non-empty");
            }
            EnumMap<Register, Price> m = new EnumMap<>(Register.class);
            b.forEach((r, p) -> m.put(Objects.requireNonNull(r, "register"), Objects.requireNonNull(p, "price")));
            copy.add(Collections.unmodifiableMap(m));
        }
        blocks = List.copyOf(copy);
    }

    /** A single-rate flat price (одноставочный тариф), register {@link Register#TOTAL}. */
    public static Rates single(Price price) {
        return new Rates(List.of(Map.of(Register.TOTAL, price)));
    }

    /** Flat zone prices, e.g. {@code {DAY: 6.50, NIGHT: 3.20}}. */
    public static Rates zoned(Map<Register, Price> prices) {
        return new Rates(List.of(prices));
    }

    /** A social-norm tariff (Decree No. 614): prices within the norm and above it, per register. */
    public static Rates socialNorm(Map<Register, Price> withinNorm, Map<Register, Price> aboveNorm) {
        return new Rates(List.of(withinNorm, aboveNorm));
    }

    /** A single-rate social-norm tariff: one price within the norm, another above it. */
    public static Rates socialNorm(Price withinNorm, Price aboveNorm) {
        return socialNorm(Map.of(Register.TOTAL, withinNorm), Map.of(Register.TOTAL, aboveNorm));
    }

    /** The number of blocks (1 for a flat tariff). */
    public int blockCount() {
        return blocks.size();
    }

    /**
     * The price of {@code register} in block {@code block} (0 = the first).
     *
     * @throws InvalidValueException if the block or the register has no price
     */
    public Price price(int block, Register register) {
        if (block < 0 || block >= blocks.size()) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "rates " + this, null,
                    "block #" + (block + 1) + " does not exist", "rates.block-exists");
        }
        Price p = blocks.get(block).get(register);
        if (p == null) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "rates " + this, null,
                    "register " + register.code() + " has no price in block #" + (block + 1), "rates.register-priced");
        }
        return p;
    }

    /** Canonical text, e.g. {@code "[{T=5.6700 RUB/kWh}]"}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < blocks.size(); i++) {
            sb.append(i == 0 ? "{" : ", {");
            boolean first = true;
            for (Map.Entry<Register, Price> e : blocks.get(i).entrySet()) {
                sb.append(first ? "" : ", ").append(e.getKey().code()).append('=').append(e.getValue());
                first = false;
            }
            sb.append('}');
        }
        return sb.append(']').toString();
    }
}
