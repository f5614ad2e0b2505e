package org.raschet.tariffs.columnar;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.raschet.core.account.AccountId;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.error.TariffZoneException;
import org.raschet.core.meter.Register;
import org.raschet.tariffs.schedule.NormKind;
import org.raschet.tariffs.schedule.NormSchedule;
import org.raschet.tariffs.schedule.TariffSchedule;
import org.threeten.extra.LocalDateRange;

/**
 * The input of the columnar fast path (колонки для массового расчёта): many accounts' metered registers over one
 * range of days, as primitive day arrays, with each account's tariff schedule, block limits and residents per day.
 *
 * <p>Every account's registers must be exactly the zones of its tariff (a meter whose zones differ from the
 * tariff's, normative days and coefficients go through the object API, {@link org.raschet.tariffs.pricing.Pricing}).
 * Build it with {@link #builder(LocalDateRange)}; arrays are copied in, so the caller may reuse its buffers.
 * Schedules shared by many accounts are resolved once.
 */
public final class PricingColumns {
    final LocalDateRange range;
    final int days;
    final List<TariffSchedule> tariffs;
    final List<NormSchedule> norms;
    final AccountId[] accounts;
    final int[] tariffOf;
    final int[][] limitsOf;
    final int[][] residents;
    final int[][] rowsOf;
    final Register[] rowRegister;
    final long[] micros;

    private PricingColumns(Builder b) {
        this.range = b.range;
        this.days = Math.toIntExact(b.range.lengthInDays());
        this.tariffs = List.copyOf(b.tariffs);
        this.norms = List.copyOf(b.norms);
        int n = b.accounts.size();
        this.accounts = b.accounts.toArray(new AccountId[0]);
        this.tariffOf = new int[n];
        this.limitsOf = new int[n][];
        this.residents = new int[n][];
        this.rowsOf = new int[n][];
        int rows = b.rowRegister.size();
        this.rowRegister = b.rowRegister.toArray(new Register[0]);
        this.micros = new long[Math.multiplyExact(rows, days)];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(b.rowMicros.get(r), 0, micros, r * days, days);
        }
        for (int a = 0; a < n; a++) {
            tariffOf[a] = b.tariffOf.get(a);
            limitsOf[a] = b.limitsOf.get(a);
            residents[a] = b.residents.get(a);
            TariffSchedule t = tariffs.get(tariffOf[a]);
            List<Register> zones = t.zones().registers();
            int[] rowsOfA = new int[zones.size()];
            Set<Register> seen = EnumSet.noneOf(Register.class);
            for (int r = 0; r < rows; r++) {
                if (b.rowAccount.get(r) != a) {
                    continue;
                }
                Register reg = rowRegister[r];
                if (!seen.add(reg)) {
                    throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "account " + accounts[a],
                            range.getStart(), "register " + reg.code() + " is given twice", "columns.register-once");
                }
                int z = zones.indexOf(reg);
                if (z < 0) {
                    throw new TariffZoneException(ErrorCode.TARIFF_ZONE_MISMATCH, "tariff " + t.id(),
                            t.group().code(), range.getStart(), "account " + accounts[a] + " has register "
                                    + reg.code() + ", not a zone of the tariff (" + t.zones() + ")",
                            "columns.registers-are-tariff-zones");
                }
                rowsOfA[z] = r;
            }
            if (seen.size() != zones.size()) {
                throw new TariffZoneException(ErrorCode.TARIFF_ZONE_MISMATCH, "tariff " + t.id(), t.group().code(),
                        range.getStart(), "account " + accounts[a] + " has registers " + seen + ", the tariff's zones"
                                + " are " + zones, "columns.registers-are-tariff-zones");
            }
            rowsOf[a] = rowsOfA;
        }
    }

    /** A builder of columns over {@code range}. */
    public static Builder builder(LocalDateRange range) {
        return new Builder(range);
    }

    /** The days priced. */
    public LocalDateRange range() {
        return range;
    }

    /** The number of accounts. */
    public int accountCount() {
        return accounts.length;
    }

    /** The account with index {@code a}. */
    public AccountId account(int a) {
        return accounts[a];
    }

    /** The number of register rows. */
    public int rowCount() {
        return rowRegister.length;
    }

    /** Builds {@link PricingColumns}. Not thread-safe. */
    public static final class Builder {
        private final LocalDateRange range;
        private final int days;
        private final List<TariffSchedule> tariffs = new ArrayList<>();
        private final Map<TariffSchedule, Integer> tariffIndex = new IdentityHashMap<>();
        private final List<NormSchedule> norms = new ArrayList<>();
        private final Map<NormSchedule, Integer> normIndex = new IdentityHashMap<>();
        private final List<AccountId> accounts = new ArrayList<>();
        private final List<Integer> tariffOf = new ArrayList<>();
        private final List<int[]> limitsOf = new ArrayList<>();
        private final List<int[]> residents = new ArrayList<>();
        private final List<Integer> rowAccount = new ArrayList<>();
        private final List<Register> rowRegister = new ArrayList<>();
        private final List<long[]> rowMicros = new ArrayList<>();

        private Builder(LocalDateRange range) {
            this.range = Objects.requireNonNull(range, "range");
            this.days = Math.toIntExact(range.lengthInDays());
        }

        /**
         * Adds an account.
         *
         * @param id        the account
         * @param tariff    its tariff schedule (shared schedules are resolved once)
         * @param limits    its block limits (social norm, bands), possibly empty
         * @param residents residents on each day of the range, or {@code null} when no limit counts residents
         * @return the account's index
         * @throws InvalidValueException if the residents do not cover the range, a count is negative, or a limit is
         *                               not a block norm of the tariff's service
         */
        public int account(AccountId id, TariffSchedule tariff, List<NormSchedule> limits, int[] residents) {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(tariff, "tariff");
            int[] l = new int[limits.size()];
            for (int j = 0; j < l.length; j++) {
                NormSchedule n = limits.get(j);
                if ((n.kind() != NormKind.SOCIAL_NORM && n.kind() != NormKind.VOLUME_BAND)
                        || n.service() != tariff.service()) {
                    throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "account " + id, null,
                            n.label() + " is not a block limit of tariff " + tariff.id(),
                            "pricing.limits-are-block-norms");
                }
                l[j] = normIndex.computeIfAbsent(n, k -> {
                    norms.add(k);
                    return norms.size() - 1;
                });
            }
            if (residents != null) {
                if (residents.length != days) {
                    throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "account " + id, range.getStart(),
                            residents.length + " resident counts for " + days + " days", "columns.one-value-a-day");
                }
                for (int i = 0; i < days; i++) {
                    if (residents[i] < 0) {
                        throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "account " + id,
                                range.getStart().plusDays(i), "resident count " + residents[i] + " is negative",
                                "residents.non-negative");
                    }
                }
            }
            int t = tariffIndex.computeIfAbsent(tariff, k -> {
                tariffs.add(k);
                return tariffs.size() - 1;
            });
            accounts.add(id);
            tariffOf.add(t);
            limitsOf.add(l);
            this.residents.add(residents == null ? null : residents.clone());
            return accounts.size() - 1;
        }

        /**
         * Adds a register row of account {@code account}: its volume on each day of the range, in 10⁻⁶ units.
         *
         * @return this builder
         * @throws InvalidValueException if the account is unknown, the days do not match the range, or a day is
         *                               negative
         */
        public Builder register(int account, Register register, long[] dailyMicros) {
            if (account < 0 || account >= accounts.size()) {
                throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "columns", range.getStart(),
                        "account index " + account + " is unknown", "columns.account-known");
            }
            Objects.requireNonNull(register, "register");
            if (dailyMicros.length != days) {
                throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "account " + accounts.get(account),
                        range.getStart(), dailyMicros.length + " daily values for " + days + " days",
                        "columns.one-value-a-day");
            }
            for (int i = 0; i < days; i++) {
                if (dailyMicros[i] < 0) {
                    throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "account " + accounts.get(account),
                            range.getStart().plusDays(i), "register " + register.code() + " has a negative day "
                                    + dailyMicros[i] + " x 10^-6", "consumption.non-negative");
                }
            }
            rowAccount.add(account);
            rowRegister.add(register);
            rowMicros.add(dailyMicros.clone());
            return this;
        }

        /**
         * The columns.
         *
         * @throws TariffZoneException   if an account's registers are not exactly its tariff's zones
         * @throws InvalidValueException if an account has a register twice
         */
        public PricingColumns build() {
            return new PricingColumns(this);
        }
    }
}
