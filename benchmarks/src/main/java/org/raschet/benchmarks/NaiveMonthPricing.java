package org.raschet.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryRounding;
import javax.money.RoundingQueryBuilder;
import org.javamoney.moneta.Money;

/**
 * The naive baseline: what a typical billing system does to price a month at two prices. One object per day holds
 * its {@link BigDecimal} quantity, its price and its Moneta {@link Money} amount; the month's volume is divided into
 * days with {@link BigDecimal} division (the last day takes the remainder so the days sum to the volume exactly);
 * each line sums its days' {@link Money} and is rounded half-up to kopecks at the end.
 *
 * <p>The spread is the cumulative rounding of {@link org.raschet.core.split.Split#evenly} done in {@link BigDecimal}
 * (day {@code d} = {@code round(V·d/n, 6)} − the days before), so both ways bill the same days and must give the
 * same result; the tests prove they do. It relies on Moneta 1.4.5's default {@link Money} context (precision 256),
 * which keeps every product and sum here exact.
 */
public final class NaiveMonthPricing {
    private static final CurrencyUnit RUB = Monetary.getCurrency("RUB");
    private static final MonetaryRounding KOPECKS_HALF_UP = Monetary.getRounding(
            RoundingQueryBuilder.of().setScale(2).set(RoundingMode.HALF_UP).build());

    private NaiveMonthPricing() {
    }

    /** One day's charge, as a typical system stores it. */
    private record DayCharge(LocalDate day, BigDecimal quantityKwh, BigDecimal priceRub, Money amount,
                             boolean newPrice) {
    }

    /** Prices {@code in} the naive way; the same result as {@link LibraryMonthPricing#price}. */
    public static MonthCharges price(MonthPricingInput in) {
        YearMonth month = in.month();
        int days = month.lengthOfMonth();
        BigDecimal volume = in.volume().toBigDecimal();
        BigDecimal oldPrice = in.oldPrice().toBigDecimal();
        BigDecimal newPrice = in.newPrice().toBigDecimal();
        LocalDate changeDate = month.atDay(in.changeDay());
        BigDecimal dayCount = BigDecimal.valueOf(days);

        List<DayCharge> charges = new ArrayList<>(days);
        BigDecimal spread = BigDecimal.ZERO;
        for (int d = 1; d <= days; d++) {
            LocalDate day = month.atDay(d);
            BigDecimal quantity;
            if (d < days) {
                BigDecimal cumulative = volume.multiply(BigDecimal.valueOf(d)).divide(dayCount, 6,
                        RoundingMode.HALF_UP);
                quantity = cumulative.subtract(spread);
            } else {
                quantity = volume.subtract(spread); // the last day takes the remainder: the days sum to the volume
            }
            spread = spread.add(quantity);
            boolean isNew = !day.isBefore(changeDate);
            BigDecimal price = isNew ? newPrice : oldPrice;
            charges.add(new DayCharge(day, quantity, price, Money.of(quantity.multiply(price), RUB), isNew));
        }

        BigDecimal oldQuantity = BigDecimal.ZERO;
        BigDecimal newQuantity = BigDecimal.ZERO;
        Money oldAmount = Money.zero(RUB);
        Money newAmount = Money.zero(RUB);
        for (DayCharge c : charges) {
            if (c.newPrice()) {
                newQuantity = newQuantity.add(c.quantityKwh());
                newAmount = newAmount.add(c.amount());
            } else {
                oldQuantity = oldQuantity.add(c.quantityKwh());
                oldAmount = oldAmount.add(c.amount());
            }
        }
        return new MonthCharges(micros(oldQuantity), kopecks(oldAmount.with(KOPECKS_HALF_UP)),
                micros(newQuantity), kopecks(newAmount.with(KOPECKS_HALF_UP)));
    }

    private static long micros(BigDecimal kwh) {
        return kwh.movePointRight(6).longValueExact();
    }

    private static long kopecks(Money rounded) {
        return rounded.getNumber().numberValueExact(BigDecimal.class).movePointRight(2).longValueExact();
    }
}
