package org.raschet.core.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.raschet.core.account.AccountId;
import org.raschet.core.consumption.AnomalyFlag;
import org.raschet.core.consumption.AnomalyKind;
import org.raschet.core.consumption.AnomalyThresholds;
import org.raschet.core.consumption.BasisRun;
import org.raschet.core.consumption.BilledVolume;
import org.raschet.core.consumption.DailyProfile;
import org.raschet.core.consumption.DailySeries;
import org.raschet.core.consumption.DayBasis;
import org.raschet.core.consumption.ForecastCase;
import org.raschet.core.consumption.ForecastRules;
import org.raschet.core.consumption.IntervalVolume;
import org.raschet.core.consumption.MonthlyAverage;
import org.raschet.core.consumption.PeriodVolume;
import org.raschet.core.consumption.PointDays;
import org.raschet.core.consumption.ReadingOutcome;
import org.raschet.core.consumption.ReadingStatus;
import org.raschet.core.consumption.RecalculationMode;
import org.raschet.core.consumption.RegisterDays;
import org.raschet.core.consumption.ServiceConsumption;
import org.raschet.core.consumption.VolumeCorrection;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.ledger.ChargeKind;
import org.raschet.core.meter.MeterId;
import org.raschet.core.meter.Register;
import org.raschet.core.protocol.Input;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.quantity.Unit;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The JSON form of the per-day consumption's results and inputs (package {@code org.raschet.core.consumption}),
 * written field by field in record component order and read back strictly, like {@link Codec}. A rule of a model
 * record that throws {@link IllegalArgumentException} is reported as {@link InvalidValueException} with
 * {@link ErrorCode#VALUE_OUT_OF_RANGE} naming the entity.
 */
final class ConsumptionCodec {
    private ConsumptionCodec() {
    }

    // ---------------------------------------------------------------- helpers

    private static <T> T checked(String entity, Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "json " + entity, null, e.getMessage(),
                    "json.model-rule");
        }
    }

    private static void quantityField(String name, Quantity q, JsonGenerator g) {
        g.writeStringProperty(name, Codec.quantity(q));
    }

    private static Quantity quantity(Codec.Obj o, String name) {
        return Codec.quantity(o.text(name));
    }

    private static Optional<Quantity> optionalQuantity(Codec.Obj o, String name) {
        return o.has(name) ? Optional.of(quantity(o, name)) : Optional.empty();
    }

    private static int integer(Codec.Obj o, String name) {
        return Math.toIntExact(o.integer(name, Integer.MIN_VALUE, Integer.MAX_VALUE));
    }

    private static boolean boolOr(Codec.Obj o, String name, boolean absent) {
        return o.has(name) ? o.bool(name) : absent;
    }

    private static <T> void array(String name, List<T> items, java.util.function.BiConsumer<T, JsonGenerator> write,
                                  JsonGenerator g) {
        g.writeName(name);
        g.writeStartArray();
        for (T t : items) {
            write.accept(t, g);
        }
        g.writeEndArray();
    }

    // ---------------------------------------------------------------- days and their bases

    static void dayBasis(DayBasis b, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("kind", b.kind().name());
        Codec.optional("forecastCase", b.forecastCase().map(Enum::name), g);
        g.writeNumberProperty("period", b.period());
        g.writeNumberProperty("limit", b.limit());
        g.writeBooleanProperty("increasingCoefficient", b.increasingCoefficient());
        Codec.optional("meter", b.meter().map(MeterId::value), g);
        g.writeBooleanProperty("refusalCoefficient", b.refusalCoefficient());
        g.writeEndObject();
    }

    static DayBasis dayBasis(JsonNode n) {
        Codec.Obj o = new Codec.Obj(n, "day basis", "kind", "forecastCase", "period", "limit",
                "increasingCoefficient", "meter", "refusalCoefficient");
        Optional<ForecastCase> fc = o.has("forecastCase") ? Optional.of(o.enumValue("forecastCase",
                ForecastCase.class)) : Optional.empty();
        DayBasis.Kind kind = o.enumValue("kind", DayBasis.Kind.class);
        int period = Math.toIntExact(o.integer("period", 0, Integer.MAX_VALUE));
        int limit = Math.toIntExact(o.integer("limit", 0, Integer.MAX_VALUE));
        boolean increasing = o.bool("increasingCoefficient");
        Optional<MeterId> meter = o.optionalText("meter").map(MeterId::of);
        boolean refusal = boolOr(o, "refusalCoefficient", false);
        return checked("day basis", () -> new DayBasis(kind, fc, period, limit, increasing, meter, refusal));
    }

    static void basisRun(BasisRun r, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("days", Codec.range(r.days()));
        g.writeName("basis");
        dayBasis(r.basis(), g);
        g.writeEndObject();
    }

    static BasisRun basisRun(JsonNode n) {
        Codec.Obj o = new Codec.Obj(n, "basis run", "days", "basis");
        var days = Codec.range(o.text("days"));
        DayBasis b = dayBasis(o.node("basis"));
        return checked("basis run", () -> new BasisRun(days, b));
    }

    static void dailySeries(DailySeries s, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("start", s.range().getStart().toString());
        g.writeStringProperty("unit", s.unit().code());
        g.writeName("values");
        g.writeStartArray();
        for (int i = 0; i < s.length(); i++) {
            // decimal strings: the exact 10⁻⁶ value, never a binary floating number
            g.writeString(BigDecimal.valueOf(s.microsAt(i), Quantity.SCALE).toPlainString());
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static DailySeries dailySeries(JsonNode n) {
        Codec.Obj o = new Codec.Obj(n, "daily series", "start", "unit", "values");
        LocalDate start = o.date("start");
        Unit unit = Unit.parse(o.text("unit"));
        List<Long> values = o.list("values", v -> {
            if (v == null || !v.isString()) {
                throw Codec.unparseable("daily series", "a value is not a decimal string: " + v);
            }
            return Quantity.of(Codec.decimal(v.stringValue(), "daily series value"), unit).micros();
        });
        long[] micros = new long[values.size()];
        for (int i = 0; i < micros.length; i++) {
            micros[i] = values.get(i);
        }
        return DailySeries.of(start, unit, micros);
    }

    static void registerDays(RegisterDays r, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("register", r.register().name());
        g.writeName("volumes");
        dailySeries(r.volumes(), g);
        array("runs", r.runs(), ConsumptionCodec::basisRun, g);
        g.writeEndObject();
    }

    static RegisterDays registerDays(JsonNode n) {
        Codec.Obj o = new Codec.Obj(n, "register days", "register", "volumes", "runs");
        return new RegisterDays(o.enumValue("register", Register.class), dailySeries(o.node("volumes")),
                o.list("runs", ConsumptionCodec::basisRun));
    }

    static void pointDays(PointDays p, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("point", p.point());
        g.writeName("meters");
        g.writeStartArray();
        for (MeterId m : p.meters()) {
            g.writeString(m.value());
        }
        g.writeEndArray();
        array("registers", p.registers(), ConsumptionCodec::registerDays, g);
        g.writeEndObject();
    }

    static PointDays pointDays(JsonNode n) {
        Codec.Obj o = new Codec.Obj(n, "metering point days", "point", "meters", "registers");
        return new PointDays(o.text("point"), o.list("meters", v -> MeterId.of(text(v, "metering point meter"))),
                o.list("registers", ConsumptionCodec::registerDays));
    }

    private static String text(JsonNode v, String entity) {
        if (v == null || !v.isString()) {
            throw Codec.unparseable(entity, "a string is expected, found " + v);
        }
        return v.stringValue();
    }

    // ---------------------------------------------------------------- periods, intervals, averages, readings, flags

    static void periodVolume(PeriodVolume p, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("period", p.period().toString());
        g.writeStringProperty("register", p.register().name());
        g.writeStringProperty("days", Codec.range(p.days()));
        quantityField("total", p.total(), g);
        quantityField("actual", p.actual(), g);
        quantityField("average", p.average(), g);
        quantityField("normative", p.normative(), g);
        quantityField("normativeIncreased", p.normativeIncreased(), g);
        quantityField("normativeRefusal", p.normativeRefusal(), g);
        g.writeEndObject();
    }

    static PeriodVolume periodVolume(JsonNode n) {
        Codec.Obj o = new Codec.Obj(n, "period volume", "period", "register", "days", "total", "actual", "average",
                "normative", "normativeIncreased", "normativeRefusal");
        Quantity total = quantity(o, "total");
        return new PeriodVolume(Codec.yearMonth(o.text("period")), o.enumValue("register", Register.class),
                Codec.range(o.text("days")), total, quantity(o, "actual"), quantity(o, "average"),
                quantity(o, "normative"), quantity(o, "normativeIncreased"),
                optionalQuantity(o, "normativeRefusal").orElse(Quantity.zero(total.unit())));
    }

    static void intervalVolume(IntervalVolume v, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("meter", v.meter().value());
        g.writeStringProperty("register", v.register().name());
        g.writeName("earlier");
        Codec.reading(v.earlier(), g);
        g.writeName("later");
        Codec.reading(v.later(), g);
        quantityField("volume", v.volume(), g);
        g.writeBooleanProperty("rolledOver", v.rolledOver());
        g.writeEndObject();
    }

    static IntervalVolume intervalVolume(JsonNode n) {
        Codec.Obj o = new Codec.Obj(n, "interval volume", "meter", "register", "earlier", "later", "volume",
                "rolledOver");
        return new IntervalVolume(MeterId.of(o.text("meter")), o.enumValue("register", Register.class),
                Codec.reading(o.node("earlier")), Codec.reading(o.node("later")), quantity(o, "volume"),
                o.bool("rolledOver"));
    }

    static void monthlyAverage(MonthlyAverage a, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("meter", a.meter().value());
        g.writeStringProperty("register", a.register().name());
        g.writeStringProperty("gapStart", a.gapStart().toString());
        g.writeName("months");
        g.writeStartArray();
        for (YearMonth m : a.months()) {
            g.writeString(m.toString());
        }
        g.writeEndArray();
        quantityField("sum", a.sum(), g);
        Codec.optional("average", a.average().map(Codec::quantity), g);
        g.writeEndObject();
    }

    static MonthlyAverage monthlyAverage(JsonNode n) {
        Codec.Obj o = new Codec.Obj(n, "monthly average", "meter", "register", "gapStart", "months", "sum",
                "average");
        return new MonthlyAverage(MeterId.of(o.text("meter")), o.enumValue("register", Register.class),
                o.date("gapStart"), o.list("months", v -> Codec.yearMonth(text(v, "monthly average month"))),
                quantity(o, "sum"), optionalQuantity(o, "average"));
    }

    static void readingOutcome(ReadingOutcome r, JsonGenerator g) {
        g.writeStartObject();
        g.writeName("reading");
        Codec.reading(r.reading(), g);
        g.writeStringProperty("status", r.status().name());
        g.writeName("by");
        if (r.by().isPresent()) {
            Codec.reading(r.by().get(), g);
        } else {
            g.writeNull();
        }
        g.writeEndObject();
    }

    static ReadingOutcome readingOutcome(JsonNode n) {
        Codec.Obj o = new Codec.Obj(n, "reading outcome", "reading", "status", "by");
        return new ReadingOutcome(Codec.reading(o.node("reading")), o.enumValue("status", ReadingStatus.class),
                o.has("by") ? Optional.of(Codec.reading(o.node("by"))) : Optional.empty());
    }

    static void anomalyFlag(AnomalyFlag f, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("kind", f.kind().name());
        g.writeStringProperty("meter", f.meter().value());
        g.writeStringProperty("register", f.register().name());
        g.writeStringProperty("days", Codec.range(f.days()));
        array("figures", f.figures(), Codec::input, g);
        g.writeEndObject();
    }

    static AnomalyFlag anomalyFlag(JsonNode n) {
        Codec.Obj o = new Codec.Obj(n, "anomaly flag", "kind", "meter", "register", "days", "figures");
        List<Input> figures = o.list("figures", Codec::input);
        return new AnomalyFlag(o.enumValue("kind", AnomalyKind.class), MeterId.of(o.text("meter")),
                o.enumValue("register", Register.class), Codec.range(o.text("days")), figures);
    }

    static void serviceConsumption(ServiceConsumption c, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("account", c.account().value());
        g.writeStringProperty("resource", c.resource().name());
        g.writeStringProperty("range", Codec.range(c.range()));
        g.writeStringProperty("asKnownOn", c.asKnownOn().toString());
        array("registers", c.registers(), ConsumptionCodec::registerDays, g);
        array("periods", c.periods(), ConsumptionCodec::periodVolume, g);
        array("intervals", c.intervals(), ConsumptionCodec::intervalVolume, g);
        array("averages", c.averages(), ConsumptionCodec::monthlyAverage, g);
        array("readings", c.readings(), ConsumptionCodec::readingOutcome, g);
        array("flags", c.flags(), ConsumptionCodec::anomalyFlag, g);
        array("points", c.points(), ConsumptionCodec::pointDays, g);
        g.writeEndObject();
    }

    static ServiceConsumption serviceConsumption(JsonNode n) {
        Codec.Obj o = new Codec.Obj(n, "service consumption", "account", "resource", "range", "asKnownOn",
                "registers", "periods", "intervals", "averages", "readings", "flags", "points");
        return new ServiceConsumption(AccountId.of(o.text("account")), o.enumValue("resource", Resource.class),
                Codec.range(o.text("range")), o.date("asKnownOn"), o.list("registers", ConsumptionCodec::registerDays),
                o.list("periods", ConsumptionCodec::periodVolume),
                o.list("intervals", ConsumptionCodec::intervalVolume),
                o.list("averages", ConsumptionCodec::monthlyAverage),
                o.list("readings", ConsumptionCodec::readingOutcome), o.list("flags", ConsumptionCodec::anomalyFlag),
                o.list("points", ConsumptionCodec::pointDays));
    }

    // ---------------------------------------------------------------- recalculation

    static void volumeCorrection(VolumeCorrection c, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("account", c.account().value());
        g.writeStringProperty("service", c.service().name());
        g.writeStringProperty("period", c.period().toString());
        g.writeStringProperty("register", c.register().name());
        g.writeBooleanProperty("increasingCoefficient", c.increasingCoefficient());
        g.writeStringProperty("issuedIn", c.issuedIn().toString());
        g.writeStringProperty("mode", c.mode().name());
        g.writeName("periodsCorrected");
        g.writeStartArray();
        for (YearMonth m : c.periodsCorrected()) {
            g.writeString(m.toString());
        }
        g.writeEndArray();
        quantityField("knownNow", c.knownNow(), g);
        quantityField("billed", c.billed(), g);
        quantityField("quantity", c.quantity(), g);
        g.writeBooleanProperty("refusalCoefficient", c.refusalCoefficient());
        g.writeEndObject();
    }

    static VolumeCorrection volumeCorrection(JsonNode n) {
        Codec.Obj o = new Codec.Obj(n, "volume correction", "account", "service", "period", "register",
                "increasingCoefficient", "issuedIn", "mode", "periodsCorrected", "knownNow", "billed", "quantity",
                "refusalCoefficient");
        AccountId account = AccountId.of(o.text("account"));
        Resource service = o.enumValue("service", Resource.class);
        YearMonth period = Codec.yearMonth(o.text("period"));
        Register register = o.enumValue("register", Register.class);
        boolean increasing = o.bool("increasingCoefficient");
        YearMonth issuedIn = Codec.yearMonth(o.text("issuedIn"));
        RecalculationMode mode = o.enumValue("mode", RecalculationMode.class);
        List<YearMonth> periods = o.list("periodsCorrected", v -> Codec.yearMonth(text(v, "corrected period")));
        Quantity knownNow = quantity(o, "knownNow");
        Quantity billed = quantity(o, "billed");
        Quantity quantity = quantity(o, "quantity");
        boolean refusal = boolOr(o, "refusalCoefficient", false);
        return checked("volume correction", () -> new VolumeCorrection(account, service, period, register,
                increasing, issuedIn, mode, periods, knownNow, billed, quantity, refusal));
    }

    static void billedVolume(BilledVolume b, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("account", b.account().value());
        g.writeStringProperty("service", b.service().name());
        g.writeStringProperty("period", b.period().toString());
        g.writeStringProperty("register", b.register().name());
        g.writeBooleanProperty("increasingCoefficient", b.increasingCoefficient());
        g.writeStringProperty("kind", b.kind().name());
        g.writeStringProperty("issuedIn", b.issuedIn().toString());
        quantityField("quantity", b.quantity(), g);
        Codec.optional("document", b.document(), g);
        g.writeBooleanProperty("refusalCoefficient", b.refusalCoefficient());
        g.writeEndObject();
    }

    static BilledVolume billedVolume(JsonNode n) {
        Codec.Obj o = new Codec.Obj(n, "billed volume", "account", "service", "period", "register",
                "increasingCoefficient", "kind", "issuedIn", "quantity", "document", "refusalCoefficient");
        YearMonth period = Codec.yearMonth(o.text("period"));
        // an original line may leave out issuedIn: it was issued in its own period
        YearMonth issuedIn = o.has("issuedIn") ? Codec.yearMonth(o.text("issuedIn")) : period;
        return new BilledVolume(AccountId.of(o.text("account")), o.enumValue("service", Resource.class), period,
                o.enumValue("register", Register.class), o.bool("increasingCoefficient"),
                o.enumValue("kind", ChargeKind.class), issuedIn, quantity(o, "quantity"), o.optionalText("document"),
                boolOr(o, "refusalCoefficient", false));
    }

    // ---------------------------------------------------------------- policies a scenario states

    static void dailyProfile(DailyProfile p, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("id", p.id());
        g.writeName("monthWeights");
        g.writeStartArray();
        for (long w : p.monthWeights()) {
            g.writeNumber(w);
        }
        g.writeEndArray();
        g.writeName("dayWeights");
        g.writeStartObject();
        for (Map.Entry<LocalDate, Long> e : p.dayWeights().entrySet()) {
            g.writeNumberProperty(e.getKey().toString(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    static DailyProfile dailyProfile(JsonNode n) {
        Codec.Obj o = new Codec.Obj(n, "daily profile", "id", "monthWeights", "dayWeights");
        List<Long> months = o.list("monthWeights", v -> weight(v, "month weight"));
        Map<LocalDate, Long> days = new TreeMap<>();
        if (o.has("dayWeights")) {
            JsonNode d = o.node("dayWeights");
            if (!d.isObject()) {
                throw Codec.unparseable("daily profile", "field 'dayWeights' is not an object date → weight");
            }
            for (Map.Entry<String, JsonNode> e : d.properties()) {
                days.put(Codec.date(e.getKey(), "daily profile day"), weight(e.getValue(), "day weight"));
            }
        }
        String id = o.text("id");
        return checked("daily profile", () -> new DailyProfile(id, months, days));
    }

    private static long weight(JsonNode v, String entity) {
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) {
            throw Codec.unparseable("daily profile", entity + " is not an integer: " + v);
        }
        return v.longValue();
    }

    static void anomalyThresholds(AnomalyThresholds t, JsonGenerator g) {
        g.writeStartObject();
        g.writeNumberProperty("jumpPercent", t.jumpPercent());
        g.writeNumberProperty("dropPercent", t.dropPercent());
        g.writeNumberProperty("longGapDays", t.longGapDays());
        Codec.optional("floorPerResidentPerDay", t.floorPerResidentPerDay().map(Codec::quantity), g);
        Codec.optional("floorPerAreaPerDay", t.floorPerAreaPerDay().map(Codec::quantity), g);
        g.writeNumberProperty("seasonalJumpPercent", t.seasonalJumpPercent());
        g.writeNumberProperty("seasonalDropPercent", t.seasonalDropPercent());
        g.writeEndObject();
    }

    static AnomalyThresholds anomalyThresholds(JsonNode n) {
        Codec.Obj o = new Codec.Obj(n, "anomaly thresholds", "jumpPercent", "dropPercent", "longGapDays",
                "floorPerResidentPerDay", "floorPerAreaPerDay", "seasonalJumpPercent", "seasonalDropPercent");
        int jump = integer(o, "jumpPercent");
        int drop = integer(o, "dropPercent");
        int gap = integer(o, "longGapDays");
        Optional<Quantity> perResident = optionalQuantity(o, "floorPerResidentPerDay");
        Optional<Quantity> perArea = optionalQuantity(o, "floorPerAreaPerDay");
        int seasonalJump = o.has("seasonalJumpPercent") ? integer(o, "seasonalJumpPercent")
                : AnomalyThresholds.DEFAULT_SEASONAL_JUMP_PERCENT;
        int seasonalDrop = o.has("seasonalDropPercent") ? integer(o, "seasonalDropPercent")
                : AnomalyThresholds.DEFAULT_SEASONAL_DROP_PERCENT;
        return checked("anomaly thresholds", () -> new AnomalyThresholds(jump, drop, gap, perResident, perArea,
                seasonalJump, seasonalDrop));
    }

    static void forecastRules(ForecastRules r, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("id", r.id());
        g.writeNumberProperty("averageMonths", r.averageMonths());
        g.writeNumberProperty("minimumMonths", r.minimumMonths());
        g.writeNumberProperty("limitOutOfOrder", r.limitOutOfOrder());
        g.writeNumberProperty("limitNoReadings", r.limitNoReadings());
        g.writeNumberProperty("limitNoAccess", r.limitNoAccess());
        g.writeBooleanProperty("coefficientOutOfOrder", r.coefficientOutOfOrder());
        g.writeBooleanProperty("coefficientNoReadings", r.coefficientNoReadings());
        g.writeBooleanProperty("coefficientNoAccess", r.coefficientNoAccess());
        g.writeBooleanProperty("supplierReplacementUnlimited", r.supplierReplacementUnlimited());
        g.writeNumberProperty("limitOutOfOrderNonResidential", r.limitOutOfOrderNonResidential());
        g.writeNumberProperty("repeatedRefusals", r.repeatedRefusals());
        g.writeEndObject();
    }

    static ForecastRules forecastRules(JsonNode n) {
        Codec.Obj o = new Codec.Obj(n, "forecast rules", "id", "averageMonths", "minimumMonths", "limitOutOfOrder",
                "limitNoReadings", "limitNoAccess", "coefficientOutOfOrder", "coefficientNoReadings",
                "coefficientNoAccess", "supplierReplacementUnlimited", "limitOutOfOrderNonResidential",
                "repeatedRefusals");
        String id = o.text("id");
        int average = integer(o, "averageMonths");
        int minimum = integer(o, "minimumMonths");
        int outOfOrder = integer(o, "limitOutOfOrder");
        int noReadings = integer(o, "limitNoReadings");
        int noAccess = integer(o, "limitNoAccess");
        boolean cOutOfOrder = o.bool("coefficientOutOfOrder");
        boolean cNoReadings = o.bool("coefficientNoReadings");
        boolean cNoAccess = o.bool("coefficientNoAccess");
        boolean supplier = o.bool("supplierReplacementUnlimited");
        // the two later choices may be left out: then the federal defaults (LEGAL §3)
        int nonResidential = o.has("limitOutOfOrderNonResidential") ? integer(o, "limitOutOfOrderNonResidential")
                : ForecastRules.NON_RESIDENTIAL_OUT_OF_ORDER_LIMIT;
        int refusals = o.has("repeatedRefusals") ? integer(o, "repeatedRefusals")
                : ForecastRules.FEDERAL.repeatedRefusals();
        return checked("forecast rules", () -> new ForecastRules(id, average, minimum, outOfOrder, noReadings,
                noAccess, cOutOfOrder, cNoReadings, cNoAccess, supplier, nonResidential, refusals));
    }
}
