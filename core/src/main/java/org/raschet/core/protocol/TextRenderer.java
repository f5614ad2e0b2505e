package org.raschet.core.protocol;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.raschet.core.error.InvalidProtocolException;

/**
 * Renders a {@link Protocol} as plain text in Russian or English, one step after another with nested numbering.
 *
 * <p>A step renders as its numbered title with its legal source, the line
 * {@code V = (R2 − R1) × k = (1250.000000 − 1100.000000) × 1 = 150.000000 kWh} (result symbol, expression,
 * substitution of the inputs' values, result with its unit), one line per input with its value, unit, meaning and
 * primary document, then one line per note; its children follow, numbered {@code 1.1.}, {@code 1.2.}, … A section
 * renders as its numbered title followed by its entries.
 *
 * <p>The output depends on nothing but the protocol and the language: numbers are formatted here, never by the
 * JVM's locale (Russian uses a decimal comma, English a point; no digit grouping; each value keeps its own scale;
 * negative numbers take the sign {@code −}), lines end with {@code "\n"} alone. The renderer explains, it does not
 * check: a symbol with no input is printed by name, and an expression outside the language is printed as written
 * (use {@link StepEvaluator} to verify a step).
 */
public final class TextRenderer {
    private static final String MINUS = "\u2212";

    /** Unit codes with their Russian and English (plural) symbols. */
    private static final Map<String, String[]> UNITS = Map.ofEntries(
            Map.entry("kWh", new String[] {"кВт·ч", "kWh", "kWh"}),
            Map.entry("kW", new String[] {"кВт", "kW", "kW"}),
            Map.entry("h", new String[] {"ч", "h", "h"}),
            Map.entry("m3", new String[] {"м³", "m³", "m³"}),
            Map.entry("Gcal", new String[] {"Гкал", "Gcal", "Gcal"}),
            Map.entry("m2", new String[] {"м²", "m²", "m²"}),
            Map.entry("RUB", new String[] {"₽", "RUB", "RUB"}),
            Map.entry("day", new String[] {"дн.", "days", "day"}),
            Map.entry("month", new String[] {"мес.", "months", "month"}),
            Map.entry("person", new String[] {"чел.", "persons", "person"}),
            Map.entry("%", new String[] {"%", "%", "%"}),
            Map.entry("person*day", new String[] {"чел.·дн.", "person-days", "person-day"}),
            Map.entry("m2*day", new String[] {"м²·дн.", "m²·days", "m²·day"}),
            Map.entry("1", new String[] {"", "", ""}));

    private TextRenderer() {
    }

    /**
     * The whole protocol as text; the top-level entries are numbered {@code 1.}, {@code 2.}, …
     *
     * @param protocol the protocol
     * @param language the language
     * @return the text, every line ending with {@code "\n"}; empty for an empty protocol
     */
    public static String render(Protocol protocol, Language language) {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(language, "language");
        StringBuilder out = new StringBuilder();
        List<ProtocolEntry> entries = protocol.entries();
        for (int i = 0; i < entries.size(); i++) {
            entry(out, entries.get(i), (i + 1) + ".", language);
        }
        return out.toString();
    }

    /**
     * One entry (with its children or nested entries) as text, numbered {@code 1.}.
     *
     * @param entry    the step or section
     * @param language the language
     * @return the text, every line ending with {@code "\n"}
     */
    public static String render(ProtocolEntry entry, Language language) {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(language, "language");
        StringBuilder out = new StringBuilder();
        entry(out, entry, "1.", language);
        return out.toString();
    }

    /**
     * A number as the protocol prints it: its plain digits at its own scale, no grouping, a decimal comma in
     * Russian and a point in English, the sign {@code −} (U+2212) when negative. Independent of the JVM locale.
     *
     * @param value    the number
     * @param language the language
     * @return e.g. {@code "1250,000000"} in Russian, {@code "1250.000000"} in English
     */
    public static String number(BigDecimal value, Language language) {
        String plain = value.toPlainString();
        if (language == Language.RU) {
            plain = plain.replace('.', ',');
        }
        return plain.startsWith("-") ? MINUS + plain.substring(1) : plain;
    }

    /**
     * A unit code as the protocol prints it in {@code language}: {@code kWh} → {@code кВт·ч}, {@code m3} →
     * {@code м³}, {@code Gcal} → {@code Гкал}, {@code m2} → {@code м²}, {@code RUB} → {@code ₽} (English keeps
     * {@code RUB}), {@code day} → {@code дн.}/{@code days}, {@code month} → {@code мес.}/{@code months},
     * {@code person} → {@code чел.}/{@code persons}, {@code person*day} → {@code чел.·дн.}/{@code person-days},
     * {@code m2*day} → {@code м²·дн.}/{@code m²·days} (the bases of the anomaly floors), {@code %} → {@code %},
     * {@code 1} → nothing; ratios part by part ({@code RUB/kWh} → {@code ₽/кВт·ч}, {@code kWh/person} and
     * {@code kWh/person-day} in English); an unknown code as given.
     *
     * @param code     the unit code (see {@link Input})
     * @param language the language
     * @return the printed unit, possibly empty
     */
    public static String unit(String code, Language language) {
        return unit(code, language, false);
    }

    /**
     * A value with its unit as the protocol prints it, e.g. {@code "150,000000 кВт·ч"}, {@code "1"} for a pure
     * number, {@code "1 day"} and {@code "30 days"} in English.
     *
     * @param value    the number
     * @param unitCode the unit code
     * @param language the language
     * @return the number, a space and the unit (no space or unit when the unit prints as nothing)
     */
    public static String value(BigDecimal value, String unitCode, Language language) {
        String u = unit(unitCode, language, value.compareTo(BigDecimal.ONE) == 0);
        String n = number(value, language);
        return u.isEmpty() ? n : n + " " + u;
    }

    private static String unit(String code, Language language, boolean singular) {
        Objects.requireNonNull(code, "code");
        if (code.indexOf('/') >= 0) {
            StringBuilder out = new StringBuilder();
            String[] parts = code.split("/", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    out.append('/');
                }
                out.append(simpleUnit(parts[i], language, true));
            }
            return out.toString();
        }
        return simpleUnit(code, language, singular);
    }

    private static String simpleUnit(String code, Language language, boolean singular) {
        String[] forms = UNITS.get(code);
        if (forms == null) {
            return code;
        }
        return language == Language.RU ? forms[0] : singular ? forms[2] : forms[1];
    }

    private static void entry(StringBuilder out, ProtocolEntry entry, String number, Language language) {
        if (entry instanceof ProtocolStep step) {
            step(out, step, number, language);
        } else if (entry instanceof ProtocolSection section) {
            out.append(number).append(' ').append(language.pick(section.titleRu(), section.titleEn())).append('\n');
            children(out, section.entries(), number, language);
        }
    }

    private static void children(StringBuilder out, List<ProtocolEntry> entries, String number, Language language) {
        for (int i = 0; i < entries.size(); i++) {
            entry(out, entries.get(i), number + (i + 1) + ".", language);
        }
    }

    private static void step(StringBuilder out, ProtocolStep step, String number, Language language) {
        Formula f = step.formula();
        String indent = " ".repeat(number.length() + 1);
        out.append(number).append(' ').append(language.pick(f.titleRu(), f.titleEn()))
                .append(" (").append(language.pick(f.source().ru(), f.source().en())).append(")\n");
        out.append(indent).append(equation(step, language)).append('\n');
        String where = language.pick("где ", "where ");
        String whereIndent = " ".repeat(where.length());
        boolean first = true;
        for (Input in : step.inputs()) {
            out.append(indent).append(first ? where : whereIndent).append(in.symbol()).append(" = ")
                    .append(value(in.value(), in.unit(), language));
            Optional<Symbol> meaning = f.symbol(in.symbol());
            meaning.ifPresent(s -> out.append(" — ").append(language.pick(s.ru(), s.en())));
            in.document().ifPresent(d -> out.append(language.pick(" (документ: ", " (document: ")).append(d)
                    .append(')'));
            out.append('\n');
            first = false;
        }
        for (Note note : step.notes()) {
            out.append(indent).append(language.pick(note.ru(), note.en())).append('\n');
        }
        children(out, step.children(), number, language);
    }

    /** {@code V = expression = substitution = result unit}, leaving out a part equal to the one before it. */
    private static String equation(ProtocolStep step, Language language) {
        Formula f = step.formula();
        String expression;
        String substitution;
        try {
            List<ExpressionLexer.Token> tokens = ExpressionLexer.tokenize(f.expression(), f.id());
            expression = print(tokens, null, language);
            substitution = print(tokens, step.inputs(), language);
        } catch (InvalidProtocolException e) {
            // explain what is there; StepEvaluator reports the fault
            expression = f.expression();
            substitution = f.expression();
        }
        String resultNumber = number(step.result().value(), language);
        StringBuilder line = new StringBuilder(step.result().symbol()).append(" = ").append(expression);
        if (!substitution.equals(expression)) {
            line.append(" = ").append(substitution);
        }
        if (!resultNumber.equals(substitution)) {
            line.append(" = ").append(resultNumber);
        }
        String u = unit(step.result().unit(), language, step.result().value().compareTo(BigDecimal.ONE) == 0);
        if (!u.isEmpty()) {
            line.append(' ').append(u);
        }
        return line.toString();
    }

    /** The tokens with pretty operators; with {@code inputs}, each symbol replaced by its value. */
    private static String print(List<ExpressionLexer.Token> tokens, List<Input> inputs, Language language) {
        StringBuilder out = new StringBuilder();
        ExpressionLexer.Kind previous = null;
        for (int i = 0; i < tokens.size(); i++) {
            ExpressionLexer.Token t = tokens.get(i);
            switch (t.kind()) {
                case NUMBER -> out.append(language == Language.RU ? t.text().replace('.', ',') : t.text());
                case SYMBOL -> {
                    boolean function = i + 1 < tokens.size()
                            && tokens.get(i + 1).kind() == ExpressionLexer.Kind.LPAREN;
                    out.append(function || inputs == null ? t.text() : substitute(t.text(), inputs, language));
                }
                case PLUS -> out.append(" + ");
                case MINUS -> out.append(isUnary(previous) ? MINUS : " " + MINUS + " ");
                case STAR -> out.append(" × ");
                case SLASH -> out.append(" / ");
                case LPAREN -> out.append('(');
                case RPAREN -> out.append(')');
                case COMMA -> out.append(language.pick("; ", ", "));
                default -> throw new IllegalStateException(t.kind().name());
            }
            previous = t.kind();
        }
        return out.toString();
    }

    private static boolean isUnary(ExpressionLexer.Kind previous) {
        return previous == null || previous == ExpressionLexer.Kind.PLUS || previous == ExpressionLexer.Kind.MINUS
                || previous == ExpressionLexer.Kind.STAR || previous == ExpressionLexer.Kind.SLASH
                || previous == ExpressionLexer.Kind.LPAREN || previous == ExpressionLexer.Kind.COMMA;
    }

    private static String substitute(String symbol, List<Input> inputs, Language language) {
        for (Input in : inputs) {
            if (in.symbol().equals(symbol)) {
                String n = number(in.value(), language);
                return in.value().signum() < 0 ? "(" + n + ")" : n;
            }
        }
        return symbol;
    }
}
