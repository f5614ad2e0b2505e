package org.raschet.tariffs.columnar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.collections.api.list.primitive.MutableIntList;
import org.eclipse.collections.api.list.primitive.MutableLongList;
import org.eclipse.collections.api.set.primitive.MutableIntSet;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;
import org.eclipse.collections.impl.set.mutable.primitive.IntHashSet;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.error.MissingPolicyInputException;
import org.raschet.core.error.NormMissingException;
import org.raschet.core.error.TariffCoverageException;
import org.raschet.core.meter.Register;
import org.raschet.core.money.Price;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.split.Exact;
import org.raschet.tariffs.internal.Arith;
import org.raschet.tariffs.internal.Engine;
import org.raschet.tariffs.pricing.NormZoneSplit;
import org.raschet.tariffs.schedule.Effective;
import org.raschet.tariffs.schedule.NormBasis;
import org.raschet.tariffs.schedule.NormRule;
import org.raschet.tariffs.schedule.NormSchedule;
import org.raschet.tariffs.schedule.Rates;
import org.raschet.tariffs.schedule.TariffSchedule;
import org.threeten.extra.LocalDateRange;

/**
 * The columnar fast path of pricing (массовый расчёт): prices many accounts' metered registers at once, on primitive
 * arrays with no per-day objects, and means exactly what {@link org.raschet.tariffs.pricing.Pricing#consumption}
 * means for the same input (a property test proves they agree line for line).
 *
 * <p>Schedules are resolved once per schedule, not per account. Each account is cut into the same segments as the
 * object API (month, rates, block-limit rule, residents where a norm counts them), its rows are summed per segment,
 * the blocks split as there ({@link NormZoneSplit#PROPORTIONAL}), and the money rounded once per line. The columnar
 * path writes no protocol: for the protocol of one account, price it with the object API.
 */
public final class ColumnarPricing {
    private ColumnarPricing() {
    }

    /**
     * Prices the columns with the default norm zone split ({@link NormZoneSplit#PROPORTIONAL}).
     *
     * @param in the columns
     * @return the lines
     * @throws TariffCoverageException     if a billed day has no tariff period, or two
     * @throws NormMissingException        if a block tariff's norm is missing for a billed month
     * @throws MissingPolicyInputException if residents are needed and not given
     * @throws InvalidValueException       if block limits decrease or arithmetic overflows
     */
    public static ChargeColumns price(PricingColumns in) {
        return price(in, NormZoneSplit.PROPORTIONAL);
    }

    /**
     * Prices the columns.
     *
     * @param in    the columns
     * @param split how the norm is shared among zones
     * @return the lines
     * @throws TariffCoverageException     if a billed day has no tariff period, or two
     * @throws NormMissingException        if a block tariff's norm is missing for a billed month
     * @throws MissingPolicyInputException if residents are needed and not given
     * @throws InvalidValueException       if block limits decrease or arithmetic overflows
     */
    public static ChargeColumns price(PricingColumns in, NormZoneSplit split) {
        int days = in.days;
        LocalDate start = in.range.getStart();
        int[] monthStarts = monthStarts(in.range);
        // per tariff: its runs as day indexes
        List<List<Effective<Rates>>> runs = new ArrayList<>();
        for (TariffSchedule t : in.tariffs) {
            runs.add(t.runs(in.range));
        }
        Map<Long, List<Effective<NormRule>>> limitRuns = new HashMap<>();
        Out out = new Out();
        for (int a = 0; a < in.accounts.length; a++) {
            int t = in.tariffOf[a];
            TariffSchedule tariff = in.tariffs.get(t);
            List<Effective<Rates>> rateRuns = runs.get(t);
            int[] limits = in.limitsOf[a];
            int[] residents = in.residents[a];
            MutableIntSet cuts = new IntHashSet();
            cuts.addAll(monthStarts);
            cuts.add(days);
            int[] runStart = new int[rateRuns.size()];
            List<List<List<Effective<NormRule>>>> accountLimitRuns = new ArrayList<>();
            for (int k = 0; k < rateRuns.size(); k++) {
                Effective<Rates> run = rateRuns.get(k);
                runStart[k] = index(start, run.span().getStart());
                cuts.add(runStart[k]);
                int needed = run.value().blockCount() - 1;
                if (needed > limits.length) {
                    throw new NormMissingException(ErrorCode.NORM_MISSING, "tariff " + tariff.id(),
                            tariff.group().code(), run.span().getStart(), "the rates " + run.value() + " have "
                                    + run.value().blockCount() + " blocks, but only " + limits.length
                                    + " block limits (social norm, bands) are given", "tariff.blocks-have-limits");
                }
                List<List<Effective<NormRule>>> perLimit = new ArrayList<>();
                for (int j = 0; j < needed; j++) {
                    NormSchedule norm = in.norms.get(limits[j]);
                    long key = ((long) t << 48) | ((long) limits[j] << 16) | k;
                    List<Effective<NormRule>> lr = limitRuns.computeIfAbsent(key, x -> norm.runs(run.span()));
                    perLimit.add(lr);
                    for (Effective<NormRule> r : lr) {
                        int from = index(start, r.span().getStart());
                        cuts.add(from);
                        if (Engine.dependsOnResidents(r.value())) {
                            int[] res = residents(in, a, residents, r.span().getStart());
                            int to = index(start, r.span().getEnd());
                            for (int i = from + 1; i < to; i++) {
                                if (res[i] != res[i - 1]) {
                                    cuts.add(i);
                                }
                            }
                        }
                    }
                }
                accountLimitRuns.add(perLimit);
            }
            int[] sorted = cuts.toSortedArray();
            int[] rows = in.rowsOf[a];
            int zones = rows.length;
            int k = 0;
            for (int c = 0; c + 1 < sorted.length; c++) {
                int from = sorted[c];
                int to = sorted[c + 1];
                while (k + 1 < runStart.length && runStart[k + 1] <= from) {
                    k++;
                }
                Rates rates = rateRuns.get(k).value();
                long[] zoneVolumes = new long[zones];
                for (int z = 0; z < zones; z++) {
                    int base = rows[z] * days;
                    long s = 0;
                    for (int i = from; i < to; i++) {
                        s = Exact.add(s, in.micros[base + i], "daily series sum");
                    }
                    zoneVolumes[z] = s;
                }
                int blocks = rates.blockCount();
                long[][] parts;
                if (blocks == 1) {
                    parts = new long[zones][1];
                    for (int z = 0; z < zones; z++) {
                        parts[z][0] = zoneVolumes[z];
                    }
                } else {
                    long[] l = limits(in, a, from, to, accountLimitRuns.get(k), limits, residents);
                    long total = 0;
                    for (long v : zoneVolumes) {
                        total = Exact.add(total, v, "zone volumes");
                    }
                    long[] b = Arith.blocks(total, l);
                    parts = zones == 1 ? new long[][] {b} : split == NormZoneSplit.PROPORTIONAL
                            ? Arith.shareProportional(b, zoneVolumes) : Arith.shareInOrder(b, zoneVolumes);
                }
                List<Register> zoneRegs = tariff.zones().registers();
                for (int z = 0; z < zones; z++) {
                    boolean allZero = true;
                    for (long p : parts[z]) {
                        allZero &= p == 0;
                    }
                    for (int j = 0; j < blocks; j++) {
                        long q = parts[z][j];
                        if (q == 0 && !(allZero && j == 0)) {
                            continue;
                        }
                        Price price = rates.price(j, zoneRegs.get(z));
                        out.add(a, zoneRegs.get(z), from, to, j, blocks, q, price.e4(),
                                Arith.chargeE4(q, price.e4(), price.currency().getDefaultFractionDigits()));
                    }
                }
            }
        }
        return out.toColumns(in);
    }

    private static long[] limits(PricingColumns in, int a, int from, int to,
                                 List<List<Effective<NormRule>>> limitRuns, int[] limits, int[] residents) {
        LocalDate day = in.range.getStart().plusDays(from);
        YearMonth month = YearMonth.from(day);
        int s = day.getDayOfMonth() - 1;
        int e = s + (to - from);
        long[] l = new long[limitRuns.size()];
        for (int j = 0; j < l.length; j++) {
            NormSchedule schedule = in.norms.get(limits[j]);
            NormRule rule = Engine.valueOn(limitRuns.get(j), day);
            int n = Engine.dependsOnResidents(rule) ? residents(in, a, residents, day)[from] : 0;
            long monthly = schedule.monthly(rule, day, n).micros();
            long share = Arith.prorate(monthly, s, e, month.lengthOfMonth());
            l[j] = rule.basis() == NormBasis.PER_RESIDENT ? Exact.multiply(share, n, schedule.label()) : share;
            if (j > 0 && l[j] < l[j - 1]) {
                throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, schedule.label(), day,
                        "limit " + Quantity.ofMicros(l[j], schedule.service().unit())
                                + " is below the previous block's limit "
                                + Quantity.ofMicros(l[j - 1], schedule.service().unit()), "norm.limits-increase");
            }
        }
        return l;
    }

    private static int[] residents(PricingColumns in, int a, int[] residents, LocalDate day) {
        if (residents == null) {
            throw new MissingPolicyInputException(ErrorCode.SCHEDULE_GAP, "residents of account " + in.accounts[a],
                    day, "no value holds on this day (first entry: none)", "schedule.covers-day");
        }
        return residents;
    }

    private static int index(LocalDate start, LocalDate day) {
        return (int) (day.toEpochDay() - start.toEpochDay());
    }

    private static int[] monthStarts(LocalDateRange range) {
        MutableIntList out = new IntArrayList();
        for (LocalDateRange m : org.raschet.core.time.Days.byMonth(range)) {
            out.add(index(range.getStart(), m.getStart()));
        }
        return out.toArray();
    }

    /** Growing output columns. */
    private static final class Out {
        final MutableIntList account = new IntArrayList();
        final List<Register> register = new ArrayList<>();
        final MutableIntList spanStart = new IntArrayList();
        final MutableIntList spanEnd = new IntArrayList();
        final MutableIntList block = new IntArrayList();
        final MutableIntList blocks = new IntArrayList();
        final MutableLongList quantity = new LongArrayList();
        final MutableLongList price = new LongArrayList();
        final MutableLongList amount = new LongArrayList();

        void add(int a, Register r, int from, int to, int j, int k, long q, long p, long m) {
            account.add(a);
            register.add(r);
            spanStart.add(from);
            spanEnd.add(to);
            block.add(j);
            blocks.add(k);
            quantity.add(q);
            price.add(p);
            amount.add(m);
        }

        ChargeColumns toColumns(PricingColumns in) {
            return new ChargeColumns(in, account.toArray(), register.toArray(new Register[0]), spanStart.toArray(),
                    spanEnd.toArray(), block.toArray(), blocks.toArray(), quantity.toArray(), price.toArray(),
                    amount.toArray());
        }
    }
}
