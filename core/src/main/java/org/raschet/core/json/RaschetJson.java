package org.raschet.core.json;

import java.time.YearMonth;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javax.money.MonetaryAmount;
import org.raschet.core.account.AccountId;
import org.raschet.core.account.HouseId;
import org.raschet.core.account.Premise;
import org.raschet.core.consumption.AnomalyFlag;
import org.raschet.core.consumption.AnomalyThresholds;
import org.raschet.core.consumption.BasisRun;
import org.raschet.core.consumption.BilledVolume;
import org.raschet.core.consumption.DailyProfile;
import org.raschet.core.consumption.DailySeries;
import org.raschet.core.consumption.DayBasis;
import org.raschet.core.consumption.ForecastRules;
import org.raschet.core.consumption.IntervalVolume;
import org.raschet.core.consumption.MonthlyAverage;
import org.raschet.core.consumption.PeriodVolume;
import org.raschet.core.consumption.PointDays;
import org.raschet.core.consumption.ReadingOutcome;
import org.raschet.core.consumption.RegisterDays;
import org.raschet.core.consumption.ServiceConsumption;
import org.raschet.core.consumption.VolumeCorrection;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.meter.Meter;
import org.raschet.core.meter.MeterEvent;
import org.raschet.core.meter.MeterId;
import org.raschet.core.meter.Reading;
import org.raschet.core.money.Price;
import org.raschet.core.protocol.Formula;
import org.raschet.core.protocol.Input;
import org.raschet.core.protocol.LegalRef;
import org.raschet.core.protocol.Note;
import org.raschet.core.protocol.Protocol;
import org.raschet.core.protocol.ProtocolEntry;
import org.raschet.core.protocol.ProtocolSection;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.core.protocol.Symbol;
import org.raschet.core.quantity.Area;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Unit;
import org.raschet.core.time.Timeline;
import org.threeten.extra.LocalDateRange;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.Version;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON support (Jackson 3) for Raschet's values and protocols. Optional: only a caller of this class needs
 * {@code tools.jackson.databind} at run time; the model classes carry no Jackson annotations.
 *
 * <p>JSON forms, each read back to an equal value:
 * <ul>
 *   <li>{@link Quantity} {@code "150.500000 kWh"}, {@link Area} {@code "54.3000 m2"}, {@link Price}
 *       {@code "5.6700 RUB/kWh"}, {@link MonetaryAmount} {@code "699.98 RUB"} (all the currency's decimals),
 *       {@link LocalDateRange} {@code "2026-01-01/2026-02-01"} (end exclusive), {@link YearMonth}
 *       {@code "2026-02"}, {@link Unit} its code {@code "kWh"}, {@link MeterId}, {@link AccountId},
 *       {@link HouseId} their text; dates ISO-8601; other enums their constant name ({@code "TOTAL"});</li>
 *   <li>{@link Protocol} {@code {"entries": [...]}}; each {@link ProtocolEntry} an object with
 *       {@code "type": "step"} or {@code "section"}; a {@link ProtocolStep} carries its whole {@link Formula}
 *       (so the document is self-contained), its inputs and result as {@link Input} objects whose
 *       {@code "value"} is a JSON string with the exact decimal and its scale ({@code "1250.000000"});</li>
 *   <li>{@link Reading}, {@link Meter}, {@link MeterEvent}, {@link Premise}, {@link ChargeLine}: objects with
 *       their record components in order; an empty {@code Optional} is written {@code null} and read from
 *       {@code null} or an absent field; a {@link Timeline} is an object date → value in date order.</li>
 *   <li>The per-day consumption: {@link ServiceConsumption} and its parts ({@link RegisterDays} with its
 *       {@link DailySeries} {@code {"start", "unit", "values": ["5.000000", …]}} and {@link BasisRun}s of
 *       {@link DayBasis}, {@link PeriodVolume}, {@link IntervalVolume}, {@link MonthlyAverage},
 *       {@link ReadingOutcome}, {@link AnomalyFlag} with its figures as {@link Input}s, {@link PointDays}), the
 *       recalculation's {@link VolumeCorrection} and {@link BilledVolume}, and the policies a scenario states
 *       ({@link DailyProfile} with {@code "dayWeights"} date → weight, {@link AnomalyThresholds},
 *       {@link ForecastRules}): objects with their record components in order, quantities as canonical strings.
 *       Fields added after the first form may be left out when read, with the documented default: a day basis's,
 *       correction's or billed line's {@code "refusalCoefficient"} ({@code false}), a period volume's
 *       {@code "normativeRefusal"} (zero), a billed line's {@code "issuedIn"} (its period), the thresholds'
 *       seasonal percentages (200 and 50), the forecast rules' {@code "limitOutOfOrderNonResidential"} (2) and
 *       {@code "repeatedRefusals"} (2).</li>
 * </ul>
 * Reading is strict: an unknown or misspelt field, a missing required field, a number where a decimal string is
 * expected, or a malformed value throws {@link org.raschet.core.error.InvalidValueException} (code
 * {@code RASCHET-VALUE-PARSE} naming the field), and a value that breaks a model rule throws that model's typed
 * exception; never a silent default. Lists absent or {@code null} read as empty.
 *
 * <p>Output depends on nothing but the values: no default locale or time zone is consulted.
 */
public final class RaschetJson {
    private RaschetJson() {
    }

    /**
     * The Jackson module with Raschet's serializers and deserializers. Add it to any {@code JsonMapper} builder;
     * {@link #mapper()} is one configured deterministically.
     *
     * @return a new module
     */
    @SuppressWarnings("exports") // Jackson is optional (requires static): only callers of this class need it
    public static JacksonModule module() {
        SimpleModule m = new SimpleModule("org.raschet.core.json", Version.unknownVersion());
        string(m, Quantity.class, "quantity", Codec::quantity, Codec::quantity);
        string(m, Area.class, "area", Codec::area, Codec::area);
        string(m, Price.class, "price", Codec::price, Codec::price);
        string(m, MonetaryAmount.class, "amount", Codec::amount, Codec::amount);
        string(m, LocalDateRange.class, "date range", Codec::range, Codec::range);
        string(m, YearMonth.class, "period", YearMonth::toString, Codec::yearMonth);
        string(m, Unit.class, "unit", Unit::code, Unit::parse);
        string(m, MeterId.class, "meter id", MeterId::value, MeterId::of);
        string(m, AccountId.class, "account id", AccountId::value, AccountId::of);
        string(m, HouseId.class, "house id", HouseId::value, HouseId::of);

        object(m, Protocol.class, Codec::protocol, Codec::protocol);
        object(m, ProtocolStep.class, Codec::step, Codec::step);
        object(m, ProtocolSection.class, Codec::section, Codec::section);
        object(m, ProtocolEntry.class, Codec::entry, Codec::entry);
        object(m, Formula.class, Codec::formula, Codec::formula);
        object(m, Input.class, Codec::input, Codec::input);
        object(m, Note.class, Codec::note, Codec::note);
        object(m, LegalRef.class, Codec::legalRef, Codec::legalRef);
        object(m, Symbol.class, Codec::symbol, Codec::symbol);

        object(m, Reading.class, Codec::reading, Codec::reading);
        object(m, Meter.class, Codec::meter, Codec::meter);
        object(m, MeterEvent.class, Codec::meterEvent, Codec::meterEvent);
        object(m, Premise.class, Codec::premise, Codec::premise);
        object(m, ChargeLine.class, Codec::chargeLine, Codec::chargeLine);

        object(m, ServiceConsumption.class, ConsumptionCodec::serviceConsumption,
                ConsumptionCodec::serviceConsumption);
        object(m, RegisterDays.class, ConsumptionCodec::registerDays, ConsumptionCodec::registerDays);
        object(m, DailySeries.class, ConsumptionCodec::dailySeries, ConsumptionCodec::dailySeries);
        object(m, BasisRun.class, ConsumptionCodec::basisRun, ConsumptionCodec::basisRun);
        object(m, DayBasis.class, ConsumptionCodec::dayBasis, ConsumptionCodec::dayBasis);
        object(m, PeriodVolume.class, ConsumptionCodec::periodVolume, ConsumptionCodec::periodVolume);
        object(m, IntervalVolume.class, ConsumptionCodec::intervalVolume, ConsumptionCodec::intervalVolume);
        object(m, MonthlyAverage.class, ConsumptionCodec::monthlyAverage, ConsumptionCodec::monthlyAverage);
        object(m, ReadingOutcome.class, ConsumptionCodec::readingOutcome, ConsumptionCodec::readingOutcome);
        object(m, AnomalyFlag.class, ConsumptionCodec::anomalyFlag, ConsumptionCodec::anomalyFlag);
        object(m, PointDays.class, ConsumptionCodec::pointDays, ConsumptionCodec::pointDays);
        object(m, VolumeCorrection.class, ConsumptionCodec::volumeCorrection, ConsumptionCodec::volumeCorrection);
        object(m, BilledVolume.class, ConsumptionCodec::billedVolume, ConsumptionCodec::billedVolume);
        object(m, DailyProfile.class, ConsumptionCodec::dailyProfile, ConsumptionCodec::dailyProfile);
        object(m, AnomalyThresholds.class, ConsumptionCodec::anomalyThresholds, ConsumptionCodec::anomalyThresholds);
        object(m, ForecastRules.class, ConsumptionCodec::forecastRules, ConsumptionCodec::forecastRules);

        m.addSerializer(Timeline.class, new Adapters.TimelineSerializer());
        m.addDeserializer(Timeline.class, new Adapters.TimelineDeserializer(null));
        return m;
    }

    /**
     * A JSON mapper with {@link #module()}, configured so that the same values give the same bytes on any JVM:
     * root locale and UTC as its defaults (never the JVM's), ISO-8601 dates, properties of other records in
     * component order (not sorted), map entries sorted by key, duplicate fields rejected, Raschet's typed
     * exceptions passed through unwrapped. Its default pretty printer indents by two spaces and ends lines with
     * {@code "\n"} whatever the platform ({@code mapper().writerWithDefaultPrettyPrinter()}).
     *
     * @return a new mapper (immutable, thread-safe; build it once and share it)
     */
    @SuppressWarnings("exports") // Jackson is optional (requires static): only callers of this class need it
    public static JsonMapper mapper() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return JsonMapper.builder()
                .addModule(module())
                .defaultLocale(Locale.ROOT)
                .defaultTimeZone(TimeZone.getTimeZone("UTC"))
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(DeserializationFeature.WRAP_EXCEPTIONS)
                .defaultPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter)
                        .withArrayIndenter(indenter))
                .build();
    }

    private static <T> void string(SimpleModule m, Class<T> type, String entity, Function<T, String> format,
                                   Function<String, T> parse) {
        m.addSerializer(type, new Adapters.StringSerializer<>(type, format));
        m.addDeserializer(type, new Adapters.StringDeserializer<>(type, entity, parse));
    }

    private static <T> void object(SimpleModule m, Class<T> type, BiConsumer<T, JsonGenerator> write,
                                   Function<JsonNode, T> read) {
        m.addSerializer(type, new Adapters.ObjectSerializer<>(type, write));
        m.addDeserializer(type, new Adapters.TreeDeserializer<>(type, read));
    }
}
