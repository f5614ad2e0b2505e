package org.raschet.tariffs.columnar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.raschet.core.account.AccountId;
import org.raschet.core.ledger.ChargeKind;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.meter.Register;
import org.raschet.core.money.Amounts;
import org.raschet.core.money.Price;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.split.Exact;
import org.raschet.tariffs.schedule.TariffSchedule;
import org.threeten.extra.LocalDateRange;

/**
 * The charge lines of the columnar fast path, as parallel primitive columns (one index per line), in account order
 * and within an account in the order of the object API (by day, zone, block). Every line is of kind
 * {@link ChargeKind#CONSUMPTION}, issued in its own period, with no coefficient. {@link #toChargeLines()} turns them
 * into ledger lines.
 */
public final class ChargeColumns {
    private final PricingColumns in;
    private final int[] account;
    private final Register[] register;
    private final int[] spanStart;
    private final int[] spanEnd;
    private final int[] block;
    private final int[] blocks;
    private final long[] quantityMicros;
    private final long[] priceE4;
    private final long[] amountMinor;

    ChargeColumns(PricingColumns in, int[] account, Register[] register, int[] spanStart, int[] spanEnd, int[] block,
                  int[] blocks, long[] quantityMicros, long[] priceE4, long[] amountMinor) {
        this.in = in;
        this.account = account;
        this.register = register;
        this.spanStart = spanStart;
        this.spanEnd = spanEnd;
        this.block = block;
        this.blocks = blocks;
        this.quantityMicros = quantityMicros;
        this.priceE4 = priceE4;
        this.amountMinor = amountMinor;
    }

    /** The number of lines. */
    public int size() {
        return account.length;
    }

    /** The index of line {@code i}'s account in the input columns. */
    public int accountIndex(int i) {
        return account[i];
    }

    /** Line {@code i}'s account. */
    public AccountId account(int i) {
        return in.accounts[account[i]];
    }

    /** Line {@code i}'s register (zone). */
    public Register register(int i) {
        return register[i];
    }

    /** The days of line {@code i}, half-open. */
    public LocalDateRange span(int i) {
        LocalDate start = in.range.getStart();
        return LocalDateRange.of(start.plusDays(spanStart[i]), start.plusDays(spanEnd[i]));
    }

    /** Line {@code i}'s billing period. */
    public YearMonth period(int i) {
        return YearMonth.from(in.range.getStart().plusDays(spanStart[i]));
    }

    /** Line {@code i}'s price block (0 = within the social norm, or the only one). */
    public int block(int i) {
        return block[i];
    }

    /** The number of blocks of the tariff on line {@code i}'s days. */
    public int blocks(int i) {
        return blocks[i];
    }

    /** Line {@code i}'s quantity, in 10⁻⁶ units. */
    public long quantityMicros(int i) {
        return quantityMicros[i];
    }

    /** Line {@code i}'s price, in 10⁻⁴ of the currency per unit. */
    public long priceE4(int i) {
        return priceE4[i];
    }

    /** Line {@code i}'s amount, in minor units (kopecks), rounded once. */
    public long amountMinor(int i) {
        return amountMinor[i];
    }

    /** The sum of all lines' amounts in minor units. */
    public long totalMinor() {
        long t = 0;
        for (long a : amountMinor) {
            t = Exact.add(t, a, "columnar total");
        }
        return t;
    }

    /** Line {@code i} as a ledger charge line. */
    public ChargeLine line(int i) {
        TariffSchedule t = in.tariffs.get(in.tariffOf[account[i]]);
        YearMonth period = period(i);
        Price price = new Price(priceE4[i], t.currency(), t.service().unit());
        return new ChargeLine(in.accounts[account[i]], t.service(), period, period, register[i],
                ChargeKind.CONSUMPTION, span(i), Quantity.ofMicros(quantityMicros[i], t.service().unit()), price,
                Amounts.ofMinor(amountMinor[i], t.currency()));
    }

    /** All lines as ledger charge lines, in order. */
    public List<ChargeLine> toChargeLines() {
        List<ChargeLine> out = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            out.add(line(i));
        }
        return out;
    }
}
