package org.raschet.tariffs.pricing;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.money.Amounts;
import org.raschet.core.split.Exact;
import org.threeten.extra.LocalDateRange;

/**
 * The priced lines of one calculation, in order (by day, zone, block), and the days it priced. Totals are sums of
 * the rounded lines (LEGAL §11).
 *
 * @param range    the days priced
 * @param currency the currency of the amounts
 * @param lines    the lines
 */
public record PricingResult(LocalDateRange range, CurrencyUnit currency, List<PricedLine> lines) {
    /** Validates the parts. */
    public PricingResult {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(currency, "currency");
        lines = List.copyOf(lines);
    }

    /** The ledger charge lines. */
    public List<ChargeLine> chargeLines() {
        return lines.stream().map(PricedLine::line).toList();
    }

    /** The sum of the lines' amounts in minor units (kopecks). */
    public long totalMinor() {
        long total = 0;
        for (PricedLine l : lines) {
            total = Exact.add(total, l.amountMinor(), "pricing total");
        }
        return total;
    }

    /** The sum of the lines' amounts. */
    public MonetaryAmount total() {
        return Amounts.ofMinor(totalMinor(), currency);
    }

    /** The sum of the lines' quantities, in 10⁻⁶ units. */
    public long totalMicros() {
        long total = 0;
        for (PricedLine l : lines) {
            total = Exact.add(total, l.line().quantity().micros(), "pricing total");
        }
        return total;
    }

    /** The billing periods the lines belong to. */
    public SortedSet<YearMonth> periods() {
        TreeSet<YearMonth> out = new TreeSet<>();
        lines.forEach(l -> out.add(l.line().period()));
        return out;
    }
}
