package org.raschet.tariffs.schedule;

import java.time.LocalDate;
import java.util.Objects;
import org.raschet.core.error.MissingPolicyInputException;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.Note;
import org.raschet.core.protocol.TextRenderer;
import org.raschet.core.time.Timeline;

/**
 * The increasing coefficient (повышающий коэффициент) of 354 App. 2, formula 4, effective-dated: it applies to
 * normative charges where a meter could be installed but is not, and after the limits of 354 p.60. A policy value:
 * the protocol names it by {@link #id()}.
 *
 * @param id     a stable identifier, printed in the protocol
 * @param values the coefficient in force from each date
 */
public record IncreasingCoefficient(String id, Timeline<Coefficient> values) {
    /** Federal default: K = 1.5 since 01.01.2017 (354 App. 2, formula 4; LEGAL §5). */
    public static final IncreasingCoefficient FEDERAL = new IncreasingCoefficient("coefficient.federal-1.5-since-2017",
            Timeline.from(LocalDate.of(2017, 1, 1), Coefficient.of("1.5")));

    /** Validates the parts. */
    public IncreasingCoefficient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(values, "values");
    }

    /**
     * The coefficient in force on {@code day}.
     *
     * @throws MissingPolicyInputException if none is given for that day
     */
    public Coefficient on(LocalDate day) {
        return values.get(day, "increasing coefficient " + id);
    }

    /** The note naming this policy in a protocol step. */
    public Note note() {
        StringBuilder ru = new StringBuilder();
        StringBuilder en = new StringBuilder();
        values.entries().forEach((from, k) -> {
            // numbers by the protocol's own rules (decimal comma in Russian), never the JVM locale
            ru.append(ru.length() == 0 ? "" : "; ")
                    .append(TextRenderer.number(k.value(), Language.RU)).append(" с ")
                    .append(String.format(java.util.Locale.ROOT, "%02d.%02d.%04d", from.getDayOfMonth(),
                            from.getMonthValue(), from.getYear()));
            en.append(en.length() == 0 ? "" : "; ")
                    .append(TextRenderer.number(k.value(), Language.EN)).append(" from ").append(from);
        });
        return new Note("policy:" + id, "политика: повышающий коэффициент " + ru, "policy: increasing coefficient " + en);
    }
}
