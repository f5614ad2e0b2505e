package org.raschet.examples.scenario.debts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.money.MonetaryAmount;
import org.raschet.allocation.payment.LimitationState;
import org.raschet.core.ledger.ObligationKey;
import org.raschet.core.ledger.Payment;
import org.raschet.core.ledger.PaymentTarget;
import org.raschet.core.money.Amounts;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.Note;
import org.raschet.core.time.WorkingCalendar;
import org.raschet.examples.scenario.json.Names;
import org.raschet.examples.scenario.report.Texts;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * How the debts sections write their results, in text (amounts and rates as the protocol prints them, dates and
 * periods in ISO form like the rest of the report) and in JSON (amounts as canonical text such as
 * {@code "1500.00 RUB"}, names as in the scenario format). Nothing depends on the JVM's locale or time zone.
 */
public final class DebtTexts {
    private DebtTexts() {
    }

    /** An amount, e.g. {@code "1500,00 ₽"} or {@code "1500.00 RUB"}. */
    public static String money(MonetaryAmount amount, Language language) {
        return Texts.value(BigDecimal.valueOf(Amounts.toMinor(amount),
                amount.getCurrency().getDefaultFractionDigits()), amount.getCurrency().getCurrencyCode(), language);
    }

    /** An exact amount of rubles kept finer than kopecks, e.g. {@code "24,0666666667 ₽"}. */
    public static String exact(BigDecimal rubles, Language language) {
        return Texts.value(rubles, "RUB", language);
    }

    /** A rate, e.g. {@code "9,50 %"}. */
    public static String percent(BigDecimal percent, Language language) {
        return Texts.value(percent, "%", language);
    }

    /** A number of days, e.g. {@code "30 дн."}. */
    public static String days(long days, Language language) {
        return Texts.days(days, language);
    }

    /** An obligation, e.g. {@code "2024-01 электроснабжение"} or {@code "2024-01 electricity"}. */
    public static String obligation(ObligationKey key, Language language) {
        return key.period() + " " + language.pick(key.service().nameRu(), key.service().nameEn());
    }

    /** What a payment names, e.g. {@code "2024-03"} or {@code "2024-03 электроснабжение"}. */
    public static String target(PaymentTarget t, Language language) {
        return t.period() + t.service().map(s -> " " + language.pick(s.nameRu(), s.nameEn())).orElse("");
    }

    /** A payment: id, date, amount, channel, document and what it names. */
    public static String payment(Payment p, Language language) {
        StringBuilder b = new StringBuilder().append(p.id()).append(' ').append(p.date()).append(": ")
                .append(money(p.amount(), language)).append(" (")
                .append(language.pick(p.channel().nameRu(), p.channel().nameEn()));
        p.document().ifPresent(d -> b.append(language.pick(", документ ", ", document ")).append(d));
        if (p.isNamed()) {
            b.append(language.pick("; назначение: ", "; names: "))
                    .append(String.join(", ", p.targets().stream().map(t -> target(t, language)).toList()));
        }
        return b.append(')').toString();
    }

    /** A policy's note without its {@code "политика: "} / {@code "policy: "} prefix. */
    public static String policy(Note note, Language language) {
        String text = language.pick(note.ru(), note.en());
        String prefix = language.pick("политика: ", "policy: ");
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }

    /** The working-day calendar in one line. */
    public static String calendar(WorkingCalendar c, Language language) {
        StringBuilder b = new StringBuilder(language.pick("Календарь (ГК РФ ст. 193): нерабочие дни — субботы и "
                + "воскресенья", "Calendar (Civil Code Art. 193): non-working days are Saturdays and Sundays"));
        if (!c.holidays().isEmpty()) {
            b.append(language.pick(", а также праздники ", ", and the holidays ")).append(dates(c.holidays()));
        }
        if (!c.workingDays().isEmpty()) {
            b.append(language.pick("; рабочие выходные дни ", "; working weekend days "))
                    .append(dates(c.workingDays()));
        }
        return b.toString();
    }

    /** The working-day calendar as JSON: its holidays and working weekend days. */
    public static ObjectNode calendar(JsonNodeFactory nodes, WorkingCalendar c) {
        ObjectNode o = nodes.objectNode();
        ArrayNode holidays = o.putArray("holidays");
        c.holidays().forEach(d -> holidays.add(d.toString()));
        ArrayNode working = o.putArray("workingDays");
        c.workingDays().forEach(d -> working.add(d.toString()));
        return o;
    }

    private static String dates(java.util.Collection<LocalDate> days) {
        return String.join(", ", days.stream().map(LocalDate::toString).toList());
    }

    /** A limitation state in one line. */
    public static String limitation(LimitationState s, Language language) {
        String state = s.expired()
                ? language.pick("истекла с ", "expired since ") + s.expiredSince().orElseThrow()
                : language.pick("не истекла, осталось ", "not expired, ") + days(s.daysLeft(), language)
                        + language.pick("", " left");
        return obligation(s.key(), language) + language.pick(": срок оплаты ", ": due ") + s.dueDate()
                + language.pick(", давность с ", ", limitation from ") + s.startsOn()
                + language.pick(" по ", " to ") + s.lastDay() + ", " + state
                + language.pick(", остаток ", ", outstanding ") + money(s.outstanding(), language);
    }

    /** An amount as JSON text, e.g. {@code "1500.00 RUB"}. */
    public static String json(MonetaryAmount amount) {
        return Amounts.format(amount);
    }

    /** An exact ruble amount as JSON text, e.g. {@code "24.0666666667 RUB"}. */
    public static String json(BigDecimal rubles) {
        return rubles.toPlainString() + " RUB";
    }

    /** An obligation's key as JSON properties {@code period} and {@code service}. */
    public static void key(ObjectNode o, ObligationKey key) {
        o.put("period", key.period().toString());
        o.put("service", Names.of(key.service()));
    }

    /** A limitation state as JSON. */
    public static ObjectNode limitation(JsonNodeFactory nodes, LimitationState s) {
        ObjectNode o = nodes.objectNode();
        key(o, s.key());
        o.put("dueDate", s.dueDate().toString());
        o.put("startsOn", s.startsOn().toString());
        o.put("lastDay", s.lastDay().toString());
        o.put("expired", s.expired());
        s.expiredSince().ifPresent(d -> o.put("expiredSince", d.toString()));
        o.put("daysLeft", s.daysLeft());
        o.put("outstanding", json(s.outstanding()));
        return o;
    }

    /** A payment as JSON, with the path it was given at. */
    public static ObjectNode payment(JsonNodeFactory nodes, Located<Payment> located) {
        Payment p = located.value();
        ObjectNode o = nodes.objectNode();
        o.put("id", p.id());
        o.put("date", p.date().toString());
        o.put("amount", json(p.amount()));
        o.put("channel", Names.of(p.channel()));
        p.document().ifPresent(d -> o.put("document", d));
        ArrayNode names = o.putArray("names");
        for (PaymentTarget t : p.targets()) {
            ObjectNode n = names.addObject();
            n.put("period", t.period().toString());
            t.service().ifPresent(s -> n.put("service", Names.of(s)));
        }
        o.put("input", located.path().text());
        return o;
    }

    /** The JSON array of {@code states}. */
    public static ArrayNode limitations(JsonNodeFactory nodes, List<LimitationState> states) {
        ArrayNode out = nodes.arrayNode();
        states.forEach(s -> out.add(limitation(nodes, s)));
        return out;
    }
}
