package org.raschet.core.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryException;
import org.javamoney.moneta.Money;
import org.raschet.core.account.AccountId;
import org.raschet.core.account.HouseId;
import org.raschet.core.account.Premise;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
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
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The JSON form of each Raschet value, written field by field in record component order and read back from a
 * tree. No reflection on the model classes, no locale or time zone: numbers that must keep their scale are JSON
 * strings, dates are ISO-8601. A malformed document throws {@link InvalidValueException} with
 * {@link ErrorCode#VALUE_UNPARSEABLE} naming the field; a value that breaks a model rule throws the model's own
 * typed exception.
 */
final class Codec {
    private Codec() {
    }

    // ---------------------------------------------------------------- scalar values as canonical strings

    static String quantity(Quantity q) {
        return q.toString();
    }

    static Quantity quantity(String text) {
        return Quantity.parse(text);
    }

    static String area(Area a) {
        return a.toString();
    }

    static Area area(String text) {
        String t = text.trim();
        if (!t.endsWith(" m2")) {
            throw unparseable("area", "text '" + text + "' is not '<decimal> m2'");
        }
        return Area.of(decimal(t.substring(0, t.length() - 3), "area"));
    }

    static String price(Price p) {
        return p.toString();
    }

    static Price price(String text) {
        String t = text.trim();
        int space = t.lastIndexOf(' ');
        int slash = t.lastIndexOf('/');
        if (space < 0 || slash < space) {
            throw unparseable("price", "text '" + text + "' is not '<decimal> <currency>/<unit>'");
        }
        return Price.of(decimal(t.substring(0, space), "price"), currency(t.substring(space + 1, slash), "price"),
                Unit.parse(t.substring(slash + 1)));
    }

    static String amount(MonetaryAmount a) {
        return Amounts.format(a);
    }

    static MonetaryAmount amount(String text) {
        String t = text.trim();
        int space = t.lastIndexOf(' ');
        if (space < 0) {
            throw unparseable("amount", "text '" + text + "' is not '<decimal> <currency>'");
        }
        CurrencyUnit currency = currency(t.substring(space + 1), "amount");
        // through minor units: finer than a kopeck throws, and every amount gets its currency's scale
        long minor = Amounts.toMinor(Money.of(decimal(t.substring(0, space), "amount"), currency));
        return Amounts.ofMinor(minor, currency);
    }

    static String range(LocalDateRange r) {
        return r.getStart() + "/" + r.getEnd();
    }

    static LocalDateRange range(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw unparseable("date range", "text '" + text + "' is not '<start>/<end exclusive>'");
        }
        LocalDate start = date(text.substring(0, slash), "date range");
        LocalDate end = date(text.substring(slash + 1), "date range");
        if (end.isBefore(start)) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "json date range", start,
                    "range '" + text + "' ends before it starts", "json.range-ordered");
        }
        return LocalDateRange.of(start, end);
    }

    static YearMonth yearMonth(String text) {
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw unparseable("period", "text '" + text + "' is not an ISO year-month such as 2026-02");
        }
    }

    static LocalDate date(String text, String entity) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw unparseable(entity, "text '" + text + "' is not an ISO date such as 2026-02-28");
        }
    }

    static BigDecimal decimal(String text, String entity) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw unparseable(entity, "text '" + text + "' is not a decimal number");
        }
    }

    private static CurrencyUnit currency(String code, String entity) {
        try {
            return Monetary.getCurrency(code.trim());
        } catch (MonetaryException e) {
            throw new InvalidValueException(ErrorCode.VALUE_UNKNOWN_UNIT, "json " + entity, null,
                    "currency '" + code + "' is unknown", "json.currency-known");
        }
    }

    static InvalidValueException unparseable(String entity, String detail) {
        return new InvalidValueException(ErrorCode.VALUE_UNPARSEABLE, "json " + entity, null, detail, "json.shape");
    }

    // ---------------------------------------------------------------- protocol

    static void protocol(Protocol p, JsonGenerator g) {
        g.writeStartObject();
        g.writeName("entries");
        entries(p.entries(), g);
        g.writeEndObject();
    }

    static Protocol protocol(JsonNode n) {
        Obj o = new Obj(n, "protocol", "entries");
        return new Protocol(o.list("entries", Codec::entry));
    }

    private static void entries(List<ProtocolEntry> entries, JsonGenerator g) {
        g.writeStartArray();
        for (ProtocolEntry e : entries) {
            entry(e, g);
        }
        g.writeEndArray();
    }

    static void entry(ProtocolEntry e, JsonGenerator g) {
        if (e instanceof ProtocolStep s) {
            step(s, g);
        } else if (e instanceof ProtocolSection s) {
            section(s, g);
        }
    }

    static ProtocolEntry entry(JsonNode n) {
        if (n == null || !n.isObject()) {
            throw unparseable("protocol entry", "an object with \"type\": \"step\" or \"section\" is expected");
        }
        JsonNode type = n.get("type");
        String t = type != null && type.isString() ? type.stringValue() : "";
        return switch (t) {
            case "step" -> step(n);
            case "section" -> section(n);
            default -> throw unparseable("protocol entry", "type '" + (type == null ? "" : type.asString())
                    + "' is neither 'step' nor 'section'");
        };
    }

    static void step(ProtocolStep s, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("type", "step");
        g.writeName("formula");
        formula(s.formula(), g);
        g.writeName("inputs");
        g.writeStartArray();
        for (Input in : s.inputs()) {
            input(in, g);
        }
        g.writeEndArray();
        g.writeName("result");
        input(s.result(), g);
        g.writeName("notes");
        g.writeStartArray();
        for (Note note : s.notes()) {
            note(note, g);
        }
        g.writeEndArray();
        g.writeName("children");
        entries(s.children(), g);
        g.writeEndObject();
    }

    static ProtocolStep step(JsonNode n) {
        Obj o = new Obj(n, "protocol step", "type", "formula", "inputs", "result", "notes", "children");
        o.requireType("step");
        return new ProtocolStep(formula(o.node("formula")), o.list("inputs", Codec::input), input(o.node("result")),
                o.list("notes", Codec::note), o.list("children", Codec::entry));
    }

    static void section(ProtocolSection s, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("type", "section");
        g.writeStringProperty("titleRu", s.titleRu());
        g.writeStringProperty("titleEn", s.titleEn());
        g.writeName("entries");
        entries(s.entries(), g);
        g.writeEndObject();
    }

    static ProtocolSection section(JsonNode n) {
        Obj o = new Obj(n, "protocol section", "type", "titleRu", "titleEn", "entries");
        o.requireType("section");
        return new ProtocolSection(o.text("titleRu"), o.text("titleEn"), o.list("entries", Codec::entry));
    }

    static void formula(Formula f, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("id", f.id());
        g.writeStringProperty("result", f.result());
        g.writeStringProperty("expression", f.expression());
        g.writeStringProperty("titleRu", f.titleRu());
        g.writeStringProperty("titleEn", f.titleEn());
        g.writeName("source");
        legalRef(f.source(), g);
        g.writeName("symbols");
        g.writeStartArray();
        for (Symbol s : f.symbols()) {
            symbol(s, g);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static Formula formula(JsonNode n) {
        Obj o = new Obj(n, "formula", "id", "result", "expression", "titleRu", "titleEn", "source", "symbols");
        return new Formula(o.text("id"), o.text("result"), o.text("expression"), o.text("titleRu"),
                o.text("titleEn"), legalRef(o.node("source")), o.list("symbols", Codec::symbol));
    }

    static void legalRef(LegalRef r, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("id", r.id());
        g.writeStringProperty("ru", r.ru());
        g.writeStringProperty("en", r.en());
        g.writeEndObject();
    }

    static LegalRef legalRef(JsonNode n) {
        Obj o = new Obj(n, "legal reference", "id", "ru", "en");
        return new LegalRef(o.text("id"), o.text("ru"), o.text("en"));
    }

    static void symbol(Symbol s, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("name", s.name());
        g.writeStringProperty("ru", s.ru());
        g.writeStringProperty("en", s.en());
        g.writeEndObject();
    }

    static Symbol symbol(JsonNode n) {
        Obj o = new Obj(n, "symbol", "name", "ru", "en");
        return new Symbol(o.text("name"), o.text("ru"), o.text("en"));
    }

    static void note(Note note, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("id", note.id());
        g.writeStringProperty("ru", note.ru());
        g.writeStringProperty("en", note.en());
        g.writeEndObject();
    }

    static Note note(JsonNode n) {
        Obj o = new Obj(n, "note", "id", "ru", "en");
        return new Note(o.text("id"), o.text("ru"), o.text("en"));
    }

    static void input(Input in, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("symbol", in.symbol());
        // a string keeps the exact decimal with its scale: 1250.000000 stays 1250.000000; a negative scale
        // has no plain form, so it keeps its exponent (1.2E+3)
        BigDecimal v = in.value();
        g.writeStringProperty("value", v.scale() >= 0 ? v.toPlainString() : v.toString());
        g.writeStringProperty("unit", in.unit());
        optional("document", in.document(), g);
        g.writeEndObject();
    }

    static Input input(JsonNode n) {
        Obj o = new Obj(n, "protocol input", "symbol", "value", "unit", "document");
        return new Input(o.text("symbol"), decimal(o.text("value"), "protocol input value"), o.text("unit"),
                o.optionalText("document"));
    }

    // ---------------------------------------------------------------- meters, premises, ledger

    static void reading(Reading r, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("meter", r.meter().value());
        g.writeStringProperty("register", r.register().name());
        g.writeStringProperty("date", r.date().toString());
        g.writeStringProperty("value", quantity(r.value()));
        g.writeStringProperty("source", r.source().name());
        g.writeStringProperty("knownOn", r.knownOn().toString());
        optional("document", r.document(), g);
        g.writeEndObject();
    }

    static Reading reading(JsonNode n) {
        Obj o = new Obj(n, "reading", "meter", "register", "date", "value", "source", "knownOn", "document");
        LocalDate date = o.date("date");
        // knownOn may be left out for a reading known on the day it was taken
        LocalDate knownOn = o.has("knownOn") ? o.date("knownOn") : date;
        return new Reading(MeterId.of(o.text("meter")), o.enumValue("register", Register.class), date,
                quantity(o.text("value")), o.enumValue("source", ReadingSource.class), knownOn,
                o.optionalText("document"));
    }

    static void meter(Meter m, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("id", m.id().value());
        g.writeStringProperty("account", m.account().value());
        g.writeStringProperty("resource", m.resource().name());
        g.writeStringProperty("registers", m.registers().name());
        g.writeNumberProperty("digits", m.digits());
        g.writeNumberProperty("ratio", m.ratio());
        g.writeStringProperty("installed", m.installed().toString());
        optional("removed", m.removed().map(LocalDate::toString), g);
        optional("verificationDue", m.verificationDue().map(LocalDate::toString), g);
        g.writeBooleanProperty("replacedBySupplier", m.replacedBySupplier());
        g.writeName("events");
        g.writeStartArray();
        for (MeterEvent e : m.events()) {
            meterEvent(e, g);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static Meter meter(JsonNode n) {
        Obj o = new Obj(n, "meter", "id", "account", "resource", "registers", "digits", "ratio", "installed",
                "removed", "verificationDue", "replacedBySupplier", "events");
        return new Meter(MeterId.of(o.text("id")), AccountId.of(o.text("account")),
                o.enumValue("resource", Resource.class), o.enumValue("registers", RegisterSet.class),
                Math.toIntExact(o.integer("digits", 1, 12)), o.integer("ratio", 1, Long.MAX_VALUE),
                o.date("installed"), o.optionalDate("removed"), o.optionalDate("verificationDue"),
                o.bool("replacedBySupplier"), o.list("events", Codec::meterEvent));
    }

    static void meterEvent(MeterEvent e, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("date", e.date().toString());
        g.writeStringProperty("kind", e.kind().name());
        optional("document", e.document(), g);
        g.writeEndObject();
    }

    static MeterEvent meterEvent(JsonNode n) {
        Obj o = new Obj(n, "meter event", "date", "kind", "document");
        return new MeterEvent(o.date("date"), o.enumValue("kind", MeterEvent.Kind.class), o.optionalText("document"));
    }

    static void premise(Premise p, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("id", p.id().value());
        g.writeStringProperty("house", p.house().value());
        g.writeStringProperty("area", area(p.area()));
        g.writeBooleanProperty("residential", p.residential());
        g.writeName("residents");
        g.writeStartObject();
        for (Map.Entry<LocalDate, Integer> e : p.residents().entries().entrySet()) {
            g.writeNumberProperty(e.getKey().toString(), e.getValue());
        }
        g.writeEndObject();
        g.writeStringProperty("tariffGroup", p.tariffGroup());
        g.writeEndObject();
    }

    static Premise premise(JsonNode n) {
        Obj o = new Obj(n, "premise", "id", "house", "area", "residential", "residents", "tariffGroup");
        JsonNode residents = o.node("residents");
        if (!residents.isObject()) {
            throw unparseable("premise", "field 'residents' is not an object date → count");
        }
        Map<LocalDate, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : residents.properties()) {
            JsonNode v = e.getValue();
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                throw unparseable("premise", "resident count of " + e.getKey() + " is not an integer: " + v);
            }
            counts.put(date(e.getKey(), "premise residents"), v.intValue());
        }
        return new Premise(AccountId.of(o.text("id")), HouseId.of(o.text("house")), area(o.text("area")),
                o.bool("residential"), Timeline.of(counts), o.text("tariffGroup"));
    }

    static void chargeLine(ChargeLine c, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("account", c.account().value());
        g.writeStringProperty("service", c.service().name());
        g.writeStringProperty("period", c.period().toString());
        g.writeStringProperty("issuedIn", c.issuedIn().toString());
        g.writeStringProperty("register", c.register().name());
        g.writeStringProperty("kind", c.kind().name());
        g.writeStringProperty("span", range(c.span()));
        g.writeStringProperty("quantity", quantity(c.quantity()));
        g.writeStringProperty("price", price(c.price()));
        g.writeStringProperty("amount", amount(c.amount()));
        g.writeEndObject();
    }

    static ChargeLine chargeLine(JsonNode n) {
        Obj o = new Obj(n, "charge line", "account", "service", "period", "issuedIn", "register", "kind", "span",
                "quantity", "price", "amount");
        return new ChargeLine(AccountId.of(o.text("account")), o.enumValue("service", Resource.class),
                yearMonth(o.text("period")), yearMonth(o.text("issuedIn")), o.enumValue("register", Register.class),
                o.enumValue("kind", ChargeKind.class), range(o.text("span")), quantity(o.text("quantity")),
                price(o.text("price")), amount(o.text("amount")));
    }

    static void optional(String name, Optional<String> value, JsonGenerator g) {
        if (value.isPresent()) {
            g.writeStringProperty(name, value.get());
        } else {
            g.writeNullProperty(name);
        }
    }

    // ---------------------------------------------------------------- reading objects

    /** A JSON object being read: knows its entity name for messages and rejects fields it does not know. */
    static final class Obj {
        private final JsonNode node;
        private final String entity;

        Obj(JsonNode node, String entity, String... fields) {
            if (node == null || !node.isObject()) {
                throw unparseable(entity, "an object is expected, found " + (node == null ? "nothing" : node));
            }
            this.node = node;
            this.entity = entity;
            Set<String> known = Set.of(fields);
            Iterator<String> names = node.propertyNames().iterator();
            while (names.hasNext()) {
                String name = names.next();
                if (!known.contains(name)) {
                    // never drop input silently: a misspelt field is an error, not a default
                    throw unparseable(entity, "field '" + name + "' is unknown (known: " + String.join(", ", fields)
                            + ")");
                }
            }
        }

        boolean has(String name) {
            JsonNode v = node.get(name);
            return v != null && !v.isNull();
        }

        JsonNode node(String name) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                throw unparseable(entity, "field '" + name + "' is missing");
            }
            return v;
        }

        void requireType(String type) {
            JsonNode t = node.get("type");
            if (t != null && !(t.isString() && t.stringValue().equals(type))) {
                throw unparseable(entity, "field 'type' is " + t + ", '" + type + "' expected");
            }
        }

        String text(String name) {
            JsonNode v = node(name);
            if (!v.isString()) {
                throw unparseable(entity, "field '" + name + "' is not a string: " + v);
            }
            return v.stringValue();
        }

        Optional<String> optionalText(String name) {
            return has(name) ? Optional.of(text(name)) : Optional.empty();
        }

        LocalDate date(String name) {
            return Codec.date(text(name), entity + " " + name);
        }

        Optional<LocalDate> optionalDate(String name) {
            return has(name) ? Optional.of(date(name)) : Optional.empty();
        }

        long integer(String name, long min, long max) {
            JsonNode v = node(name);
            if (!v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() < min || v.longValue() > max) {
                throw unparseable(entity, "field '" + name + "' is not an integer within " + min + ".." + max + ": "
                        + v);
            }
            return v.longValue();
        }

        boolean bool(String name) {
            JsonNode v = node(name);
            if (!v.isBoolean()) {
                throw unparseable(entity, "field '" + name + "' is not true or false: " + v);
            }
            return v.booleanValue();
        }

        <E extends Enum<E>> E enumValue(String name, Class<E> type) {
            String text = text(name);
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(text)) {
                    return e;
                }
            }
            List<String> names = new ArrayList<>();
            for (E e : type.getEnumConstants()) {
                names.add(e.name());
            }
            throw unparseable(entity, "field '" + name + "' is '" + text + "', not one of " + names);
        }

        /** The elements of an array field; absent or null is an empty list. */
        <T> List<T> list(String name, java.util.function.Function<JsonNode, T> element) {
            if (!has(name)) {
                return List.of();
            }
            JsonNode v = node.get(name);
            if (!v.isArray()) {
                throw unparseable(entity, "field '" + name + "' is not an array: " + v);
            }
            List<T> out = new ArrayList<>(v.size());
            for (JsonNode e : v) {
                out.add(element.apply(e));
            }
            return out;
        }
    }
}
