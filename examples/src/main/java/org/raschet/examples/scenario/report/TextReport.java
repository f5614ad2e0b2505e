package org.raschet.examples.scenario.report;

import java.util.List;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.Note;
import org.raschet.core.protocol.Protocol;
import org.raschet.core.protocol.TextRenderer;
import org.raschet.examples.scenario.ScenarioResult;
import org.raschet.examples.scenario.compute.SectionResult;
import org.raschet.examples.scenario.input.Metadata;
import org.raschet.examples.scenario.input.Policies;
import org.raschet.examples.scenario.input.PolicySetting;

/**
 * The text report of a scenario run, in Russian or English: the scenario's metadata and policies, each section's
 * results, then the formula protocol of all sections rendered by {@link TextRenderer}. Results and protocol are
 * numbered alike ({@code 1.} is the first section in both). Lines end with {@code "\n"} alone; nothing depends on
 * the JVM's locale or time zone.
 */
public final class TextReport {
    private TextReport() {
    }

    /**
     * Renders the report.
     *
     * @param result   the run's result
     * @param language the language of the report (the scenario's own texts are printed as written)
     * @return the whole report
     */
    public static String render(ScenarioResult result, Language language) {
        StringBuilder out = new StringBuilder();
        header(out, result.metadata(), language);
        policies(out, result, language);
        out.append('\n').append(language.pick("Результаты", "Results")).append('\n');
        List<SectionResult> sections = result.sections();
        for (int i = 0; i < sections.size(); i++) {
            SectionResult s = sections.get(i);
            String number = (i + 1) + ".";
            out.append(number).append(' ')
                    .append(language.pick(s.protocol().titleRu(), s.protocol().titleEn())).append('\n');
            indent(out, s.text(language), " ".repeat(number.length() + 1));
        }
        out.append('\n').append(language.pick("Протокол", "Protocol")).append('\n');
        out.append(TextRenderer.render(result.protocol(), language));
        return out.toString();
    }

    /** Only the protocol of a run, as {@link TextRenderer} renders it. */
    public static String protocol(ScenarioResult result, Language language) {
        Protocol p = result.protocol();
        return TextRenderer.render(p, language);
    }

    private static void header(StringBuilder out, Metadata m, Language language) {
        out.append(language.pick("Сценарий: ", "Scenario: ")).append(m.name()).append('\n');
        m.description().ifPresent(d -> indent(out, d, ""));
        if (!m.sources().isEmpty()) {
            out.append(language.pick("Источники:", "Sources:")).append('\n');
            for (String s : m.sources()) {
                out.append("  - ").append(s).append('\n');
            }
        }
    }

    private static void policies(StringBuilder out, ScenarioResult result, Language language) {
        Policies policies = result.policies();
        List<PolicySetting<?>> reported = result.reportedPolicies();
        if (reported.isEmpty()) {
            out.append(language.pick("Политики: нет", "Policies: none")).append('\n');
            return;
        }
        out.append(language.pick("Политики:", "Policies:")).append('\n');
        for (PolicySetting<?> c : reported) {
            policy(out, policies, c, language);
        }
    }

    private static <T> void policy(StringBuilder out, Policies policies, PolicySetting<T> c, Language language) {
        T value = policies.get(c);
        Note note = c.note(value);
        String text = language.pick(note.ru(), note.en());
        String prefix = language.pick("политика: ", "policy: ");
        if (text.startsWith(prefix)) {
            text = text.substring(prefix.length());
        }
        out.append("  ").append(c.key()).append(" = ").append(c.name(value)).append(' ')
                .append(policies.isExplicit(c) ? language.pick("(задано в сценарии)", "(set by the scenario)")
                        : language.pick("(по умолчанию)", "(default)"))
                .append(": ").append(text).append('\n');
    }

    /** Appends {@code text}'s lines, each prefixed by {@code prefix}; line breaks normalised to {@code "\n"}. */
    private static void indent(StringBuilder out, String text, String prefix) {
        String t = text.replace("\r\n", "\n");
        if (t.endsWith("\n")) {
            t = t.substring(0, t.length() - 1);
        }
        for (String line : t.split("\n", -1)) {
            out.append(line.isEmpty() ? "" : prefix + line).append('\n');
        }
    }
}
