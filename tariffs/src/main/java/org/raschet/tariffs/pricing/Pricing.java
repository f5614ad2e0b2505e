package org.raschet.tariffs.pricing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.raschet.core.consumption.ServiceConsumption;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.error.MissingPolicyInputException;
import org.raschet.core.error.NormMissingException;
import org.raschet.core.error.TariffCoverageException;
import org.raschet.core.error.TariffZoneException;
import org.raschet.core.ledger.ChargeKind;
import org.raschet.core.protocol.Formulas;
import org.raschet.core.protocol.Note;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.error.TariffPriceException;
import org.raschet.core.time.Days;
import org.raschet.tariffs.internal.CommonHouseSource;
import org.raschet.tariffs.internal.Engine;
import org.raschet.tariffs.internal.MeteredSource;
import org.raschet.tariffs.internal.NormativeSource;
import org.raschet.tariffs.internal.Steps;
import org.raschet.core.time.Timeline;
import org.raschet.tariffs.schedule.Coefficient;
import org.raschet.tariffs.schedule.Effective;
import org.raschet.tariffs.schedule.Rates;
import org.raschet.tariffs.schedule.NormSchedule;
import org.raschet.tariffs.schedule.TariffSchedule;

/**
 * Pricing of per-day quantities into charge lines (тарификация), the readable object API.
 *
 * <p>The billed days are cut into segments: a segment lies in one calendar month and has one set of rates, one
 * block-limit rule and resident count where a norm counts residents, one basis and one coefficient. A price change
 * on any day therefore splits the days at that day, and each day is priced at the tariff in force on it (LEGAL §2).
 * In each segment the meter's registers are mapped onto the tariff's zones (a finer meter is summed; a coarser one
 * is shared by {@link ZoneSharePolicy}), the volume is split into blocks at the norm prorated to the segment's days
 * (Decree No. 614; {@link NormZoneSplit} shares blocks among zones), and one {@link PricedLine} is issued per zone
 * and block with a non-zero volume (a zone whose volume is zero keeps one zero line, so its days show as billed).
 * A line's money is {@code round(V × K × T, 2)}, rounded once (LEGAL §11); totals are sums of lines.
 *
 * <p>With a recording sink, one protocol section per calculation holds one section per segment with the steps:
 * normative volume, zone sums or shares, prorated norms, block volumes, zone parts of blocks, and each line's charge
 * (354 App. 2 formula 1 or 4, Decree No. 614, …) naming the policies applied.
 */
public final class Pricing {
    private Pricing() {
    }

    /**
     * Prices an account's per-day consumption (metered, forecast, or normative days reported by the per-day engine).
     *
     * @param request what to price
     * @param sink    where the protocol goes ({@link ProtocolSink#NONE} for none)
     * @return the priced lines over the consumption's days
     * @throws TariffCoverageException     if a billed day has no tariff period, or two
     * @throws NormMissingException        if a block tariff's norm is missing for a billed month
     * @throws MissingPolicyInputException if residents, a coefficient or a zone share is missing for a billed day
     * @throws TariffZoneException         never for register sets: every meter maps onto every zone structure
     * @throws InvalidValueException       if block limits decrease, or arithmetic overflows
     */
    public static PricingResult consumption(ConsumptionRequest request, ProtocolSink sink) {
        TariffSchedule t = request.tariff();
        MeteredSource source = new MeteredSource(request.consumption(), request.policies().coefficient());
        return Engine.run(new Engine.Job(request.account(), t, request.limits(), request.residents(),
                request.policies(), request.consumption().range(), source, null,
                "Начисление: лицевой счёт " + request.account() + ", " + t.service().nameRu() + ", тариф " + t.id()
                        + " (группа " + t.group() + ")",
                "Charges: account " + request.account() + ", " + t.service().nameEn() + ", tariff " + t.id()
                        + " (group " + t.group() + ")"), sink);
    }

    /**
     * Prices a premise by the normative (354 p.42, App. 2, formula 4): per day, the day's residents × the day's exact
     * share of the month's normative; the increasing coefficient multiplies the money where the reason says so
     * (LEGAL §5), and the volume stays n × N.
     *
     * @param request what to price
     * @param sink    where the protocol goes
     * @return the priced lines, of kind {@link ChargeKind#NORMATIVE}
     * @throws TariffCoverageException     if a billed day has no tariff period, or two
     * @throws NormMissingException        if the normative (or a block tariff's norm) is missing for a billed month
     * @throws MissingPolicyInputException if residents or the coefficient are missing for a billed day
     */
    public static PricingResult normative(NormativeRequest request, ProtocolSink sink) {
        TariffSchedule t = request.tariff();
        // 354 p.60(3) sets its own 1.5 after two refused accesses: not the formula-4 increasing coefficient
        boolean refusal = request.reason() == NormativeReason.TWO_REFUSALS;
        boolean increased = request.reason().increased() && !refusal;
        List<Note> notes = new ArrayList<>();
        notes.add(request.reason().note());
        if (increased) {
            notes.add(request.policies().coefficient().note());
        }
        if (refusal) {
            notes.add(Steps.REFUSAL);
        }
        PricingBasis basis = refusal ? PricingBasis.NORMATIVE_REFUSAL
                : increased ? PricingBasis.NORMATIVE_INCREASED : PricingBasis.NORMATIVE;
        List<LocalDate> kCuts = increased
                ? new ArrayList<>(request.policies().coefficient().values().entries().keySet()) : List.of();
        NormativeSource source = new NormativeSource(request.account(), request.residents(), request.normative(),
                request.days(), ChargeKind.NORMATIVE, Optional.of(basis),
                day -> refusal ? Steps.REFUSAL_COEFFICIENT
                        : increased ? request.policies().coefficient().on(day) : Coefficient.ONE, kCuts,
                Formulas.CHARGE_BY_NORMATIVE,
                refusal ? Formulas.CHARGE_BY_NORMATIVE_REFUSAL : Formulas.CHARGE_BY_NORMATIVE_INCREASED, notes);
        return Engine.run(new Engine.Job(request.account(), t, request.limits(), request.residents(),
                request.policies(), request.days(), source, null,
                "Начисление по нормативу: лицевой счёт " + request.account() + ", " + t.service().nameRu()
                        + ", норматив " + request.normative().id() + ", тариф " + t.id() + " (группа " + t.group()
                        + ")",
                "Charges by the normative: account " + request.account() + ", " + t.service().nameEn()
                        + ", normative " + request.normative().id() + ", tariff " + t.id() + " (group " + t.group()
                        + ")"), sink);
    }

    /**
     * Prices the per-day engine's result directly: its pieces ({@link DailyConsumption#of(ServiceConsumption)}, one
     * per run of days carried by the same registers) are priced in order and their lines joined.
     *
     * @param consumption the per-day engine's result for one service of one account
     * @param tariff      the tariff schedule
     * @param limits      block limits (empty for a flat tariff)
     * @param residents   residents per day (for norms that count them; may be empty otherwise)
     * @param policies    the policies
     * @param sink        where the protocol goes
     * @return the priced lines over the consumption's range
     * @throws TariffCoverageException     if a billed day has no tariff period, or two
     * @throws NormMissingException        if a block tariff's norm is missing for a billed month
     * @throws MissingPolicyInputException if residents, a coefficient or a zone share is missing for a billed day
     */
    public static PricingResult consumption(ServiceConsumption consumption, TariffSchedule tariff,
                                            List<NormSchedule> limits, Timeline<Integer> residents,
                                            PricingPolicies policies, ProtocolSink sink) {
        List<PricedLine> lines = new ArrayList<>();
        for (DailyConsumption piece : DailyConsumption.of(consumption)) {
            lines.addAll(consumption(new ConsumptionRequest(consumption.account(), tariff, limits, residents, piece,
                    policies), sink).lines());
        }
        return new PricingResult(consumption.range(), tariff.currency(), lines);
    }

    /**
     * Prices a premise's common-house share for a month (плата за КР на СОИ, 354 p.44; LEGAL §6) at the tariffs of
     * the month's days: the share is spread over the days by the request's {@link MonthSpreadPolicy} (exactly, so
     * the days sum to it), and each run of days at one price gets one line of kind {@link ChargeKind#COMMON_HOUSE},
     * {@code round(V × T, 2)}, rounded once on its own (LEGAL §6, §11: no kopeck moves between lines or premises).
     * A price change on any day of the month (LEGAL §10) therefore splits the share into two lines, each at its own
     * tariff; a constant price gives one line equal to {@code T.chargeMinor(share)} over the whole month. A zoned
     * tariff shares each run's volume among its zones by the {@link ZoneSharePolicy} of the request's policies.
     *
     * <p>With a recording sink, one section holds one section per run with the steps {@code odn.share-days} (the
     * run's part of the share, naming the spread policy) and {@code odn.charge-days} (its charge, naming the
     * rounding and, where the price changes in the month, the per-day tariff policy).
     *
     * @param request what to price
     * @param sink    where the protocol goes ({@link ProtocolSink#NONE} for none)
     * @return the priced lines over the month's days, in day order (lines of a zoned tariff by zone within a run)
     * @throws TariffCoverageException if a day of the month has no tariff period, or two
     * @throws TariffPriceException    if the tariff has price blocks (a social norm or bands) on a day of the month:
     *                                 no block limit applies to a common-house share, so it is priced by a flat
     *                                 schedule
     * @throws InvalidValueException   if the spread policy gives no usable weights, or arithmetic overflows
     */
    public static PricingResult commonHouse(CommonHouseRequest request, ProtocolSink sink) {
        TariffSchedule t = request.tariff();
        org.threeten.extra.LocalDateRange days = Days.of(request.period());
        for (Effective<Rates> run : t.runs(days)) {
            if (run.value().blockCount() > 1) {
                throw new TariffPriceException(ErrorCode.TARIFF_PRICE_INVALID, "tariff " + t.id(), t.group().code(),
                        run.span().getStart(), "the rates " + run.value() + " have " + run.value().blockCount()
                                + " price blocks; the common-house share of account " + request.account()
                                + " has no block limit and is priced by a flat tariff",
                        "pricing.common-house-flat-tariff");
            }
        }
        CommonHouseSource source = new CommonHouseSource(request.account(), request.share(), days, request.spread());
        return Engine.run(new Engine.Job(request.account(), t, List.of(), Timeline.of(java.util.Map.of()),
                request.policies(), days, source, null,
                "Начисление за общедомовые нужды: лицевой счёт " + request.account() + ", " + t.service().nameRu()
                        + ", период " + org.raschet.tariffs.internal.Steps.monthRu(request.period()) + ", тариф " + t.id() + " (группа " + t.group() + ")",
                "Common-house charges: account " + request.account() + ", " + t.service().nameEn() + ", period "
                        + request.period() + ", tariff " + t.id() + " (group " + t.group() + ")"),
                sink);
    }
}
