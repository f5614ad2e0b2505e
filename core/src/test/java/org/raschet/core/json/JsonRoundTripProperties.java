package org.raschet.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.raschet.core.account.AccountId;
import org.raschet.core.account.HouseId;
import org.raschet.core.account.Premise;
import org.raschet.core.ledger.ChargeKind;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.meter.Meter;
import org.raschet.core.meter.MeterEvent;
import org.raschet.core.meter.MeterId;
import org.raschet.core.meter.Reading;
import org.raschet.core.meter.ReadingSource;
import org.raschet.core.meter.Register;
import org.raschet.core.meter.RegisterSet;
import org.raschet.core.money.Amounts;
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
import org.raschet.core.quantity.Resource;
import org.raschet.core.quantity.Unit;
import org.raschet.core.time.Timeline;
import org.threeten.extra.LocalDateRange;
import tools.jackson.databind.json.JsonMapper;

class JsonRoundTripProperties {
    private static final JsonMapper MAPPER = RaschetJson.mapper();

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value, Class<? super T> type) {
        String text = MAPPER.writeValueAsString(value);
        T back = (T) MAPPER.readValue(text, type);
        // and writing it again gives the same bytes
        assertEquals(text, MAPPER.writeValueAsString(back));
        return back;
    }

    @Property(tries = 300)
    void quantities_round_trip(@ForAll long micros, @ForAll Unit unit) {
        Quantity q = Quantity.ofMicros(micros, unit);
        assertEquals(q, roundTrip(q, Quantity.class));
    }

    @Property(tries = 300)
    void areas_round_trip(@ForAll @LongRange(min = 0) long e4) {
        Area a = Area.ofE4(e4);
        assertEquals(a, roundTrip(a, Area.class));
    }

    @Property(tries = 300)
    void prices_round_trip(@ForAll long e4, @ForAll Unit per, @ForAll("currencies") String currency) {
        Price p = new Price(e4, javax.money.Monetary.getCurrency(currency), per);
        assertEquals(p, roundTrip(p, Price.class));
    }

    @Property(tries = 300)
    void amounts_round_trip(@ForAll long minor, @ForAll("currencies") String currency) {
        MonetaryAmount a = Amounts.ofMinor(minor, javax.money.Monetary.getCurrency(currency));
        MonetaryAmount back = roundTrip(a, MonetaryAmount.class);
        assertEquals(a.getCurrency(), back.getCurrency());
        assertEquals(Amounts.toMinor(a), Amounts.toMinor(back));
        assertEquals(a, back);
    }

    @Provide
    Arbitrary<String> currencies() {
        return Arbitraries.of("RUB", "EUR", "USD", "JPY", "KWD");
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31)
                .toEpochDay()).map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<Optional<String>> documents() {
        return Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMaxLength(20)
                .filter(s -> s.chars().noneMatch(c -> Character.isSurrogate((char) c)))
                .optional(0.5);
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.strings().alpha().numeric().withChars("-№ ").ofMinLength(1).ofMaxLength(12)
                .filter(s -> !s.isBlank());
    }

    @Property(tries = 300)
    void readings_round_trip(@ForAll("ids") String meter, @ForAll Register register, @ForAll("dates") LocalDate date,
                             @ForAll @LongRange(min = 0) long micros, @ForAll ReadingSource source,
                             @ForAll @LongRange(min = 0, max = 400) long lag,
                             @ForAll("documents") Optional<String> document) {
        Reading r = new Reading(MeterId.of(meter), register, date, Quantity.ofMicros(micros, Unit.M3), source,
                date.plusDays(lag), document);
        assertEquals(r, roundTrip(r, Reading.class));
    }

    @Provide
    Arbitrary<Meter> meters() {
        Arbitrary<MeterEvent> event = Combinators.combine(dates(), Arbitraries.of(MeterEvent.Kind.class), documents())
                .as(MeterEvent::new);
        Arbitrary<Optional<Long>> removedAfter = Arbitraries.longs().between(0, 5000).optional(0.3);
        return Combinators.combine(ids(), ids(), Arbitraries.of(Resource.class), Arbitraries.of(RegisterSet.class),
                        Arbitraries.integers().between(1, 12), Arbitraries.longs().between(1, 1_000_000), dates(),
                        removedAfter)
                .flatAs((id, account, resource, registers, digits, ratio, installed, removed) ->
                        Combinators.combine(dates().optional(0.5), Arbitraries.of(true, false),
                                event.list().ofMaxSize(4))
                                .as((due, supplier, events) -> new Meter(MeterId.of(id), AccountId.of(account), resource,
                                        registers, digits, ratio, installed, removed.map(installed::plusDays), due,
                                        supplier, events)));
    }

    @Property(tries = 300)
    void meters_round_trip(@ForAll("meters") Meter m) {
        assertEquals(m, roundTrip(m, Meter.class));
    }

    @Property(tries = 300)
    void premises_round_trip(@ForAll("ids") String id, @ForAll("ids") String house,
                             @ForAll @LongRange(min = 1) long areaE4, @ForAll boolean residential,
                             @ForAll("residents") Map<LocalDate, Integer> residents, @ForAll("ids") String group) {
        Premise p = new Premise(AccountId.of(id), HouseId.of(house), Area.ofE4(areaE4), residential,
                Timeline.of(residents), group);
        assertEquals(p, roundTrip(p, Premise.class));
    }

    @Provide
    Arbitrary<Map<LocalDate, Integer>> residents() {
        return Arbitraries.maps(dates(), Arbitraries.integers().between(0, 50)).ofMaxSize(6);
    }

    @Property(tries = 300)
    void charge_lines_round_trip(@ForAll("ids") String account, @ForAll Resource service,
                                 @ForAll("dates") LocalDate day, @ForAll @LongRange(min = 0, max = 30) long from,
                                 @ForAll @LongRange(min = 0, max = 30) long length, @ForAll long micros,
                                 @ForAll long priceE4, @ForAll long kopecks, @ForAll Register register,
                                 @ForAll ChargeKind kind, @ForAll @LongRange(min = 0, max = 24) long issuedLater) {
        YearMonth period = YearMonth.from(day);
        LocalDate start = period.atDay(1).plusDays(Math.min(from, period.lengthOfMonth()));
        LocalDate end = start.plusDays(length).isAfter(period.atEndOfMonth().plusDays(1))
                ? period.atEndOfMonth().plusDays(1) : start.plusDays(length);
        Unit unit = service.unit();
        ChargeLine line = new ChargeLine(AccountId.of(account), service, period, period.plusMonths(issuedLater),
                register, kind, LocalDateRange.of(start, end), Quantity.ofMicros(micros, unit),
                new Price(priceE4, Amounts.RUB, unit), Amounts.rub(kopecks));
        assertEquals(line, roundTrip(line, ChargeLine.class));
    }

    // ---------------------------------------------------------------- random protocols

    private static String text(Random random) {
        String alphabet = "abcXYZ абвЁё№ \"\\/\n\t{}[]:,·×−€₽0123456789";
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private static BigDecimal decimal(Random random) {
        return BigDecimal.valueOf(random.nextLong() >> random.nextInt(64), random.nextInt(16) - 3);
    }

    private static Input input(Random random) {
        return new Input(text(random), decimal(random), text(random),
                random.nextBoolean() ? Optional.empty() : Optional.of(text(random)));
    }

    private static ProtocolEntry entry(Random random, int depth) {
        if (depth > 0 && random.nextInt(3) == 0) {
            List<ProtocolEntry> entries = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                entries.add(entry(random, depth - 1));
            }
            return new ProtocolSection(text(random), text(random), entries);
        }
        List<Symbol> symbols = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            symbols.add(new Symbol(text(random), text(random), text(random)));
        }
        Formula f = new Formula(text(random), text(random), text(random), text(random), text(random),
                new LegalRef(text(random), text(random), text(random)), symbols);
        List<Input> inputs = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            inputs.add(input(random));
        }
        List<Note> notes = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            notes.add(new Note(text(random), text(random), text(random)));
        }
        List<ProtocolEntry> children = new ArrayList<>();
        for (int i = depth > 0 ? random.nextInt(3) : 0; i > 0; i--) {
            children.add(entry(random, depth - 1));
        }
        return new ProtocolStep(f, inputs, input(random), notes, children);
    }

    @Property(tries = 200)
    void random_protocols_round_trip(@ForAll long seed) {
        Random random = new Random(seed);
        List<ProtocolEntry> entries = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            entries.add(entry(random, 3));
        }
        Protocol p = new Protocol(entries);
        assertEquals(p, roundTrip(p, Protocol.class));
    }

    @Property(tries = 100)
    void host_maps_of_values_round_trip_in_key_order(@ForAll("residents") Map<LocalDate, Integer> residents) {
        Map<String, Quantity> volumes = new HashMap<>();
        residents.forEach((d, n) -> volumes.put(d.toString(), Quantity.ofMicros(n, Unit.KWH)));
        String text = MAPPER.writeValueAsString(volumes);
        assertEquals(volumes, MAPPER.readValue(text,
                new tools.jackson.core.type.TypeReference<Map<String, Quantity>>() { }));
        assertEquals(text, MAPPER.writeValueAsString(new java.util.TreeMap<>(volumes)));
    }
}
