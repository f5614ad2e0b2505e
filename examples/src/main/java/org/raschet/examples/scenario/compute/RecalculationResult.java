package org.raschet.examples.scenario.compute;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.raschet.core.consumption.BilledVolume;
import org.raschet.core.consumption.RecalculationMode;
import org.raschet.core.consumption.ServiceConsumption;
import org.raschet.core.consumption.VolumeCorrection;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.Note;
import org.raschet.core.protocol.ProtocolEntry;
import org.raschet.core.protocol.ProtocolSection;
import org.raschet.examples.scenario.input.BilledEntry;
import org.raschet.examples.scenario.input.PolicyChoice;
import org.raschet.examples.scenario.input.PolicySetting;
import org.raschet.examples.scenario.json.Names;
import org.raschet.examples.scenario.report.Texts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The results of the {@code recalculation} section: per service, the lines billed and the correction lines
 * (354 p.61; LEGAL §4).
 *
 * @param mode        the recalculation mode applied
 * @param issuedIn    the period in which the corrections are issued
 * @param checkPeriod the check period the scenario gave (mode B), if any
 * @param asKnownOn   the knowledge date of the consumption used
 * @param services    one per service of the consumption section, in its order
 */
public record RecalculationResult(RecalculationMode mode, YearMonth issuedIn, Optional<YearMonth> checkPeriod,
                                  LocalDate asKnownOn, List<ServiceCorrections> services) implements SectionResult {
    /** Protocol and report title, in Russian. */
    public static final String TITLE_RU = "Перерасчёт";
    /** Protocol and report title, in English. */
    public static final String TITLE_EN = "Recalculation";

    /**
     * The recalculation of one service.
     *
     * @param consumption the service's consumption as known on the date used
     * @param billed      its billed lines, in document order
     * @param corrections the correction lines, ordered by period, register and class
     * @param protocol    the protocol of the recalculation, if any line was billed
     */
    public record ServiceCorrections(ServiceConsumption consumption, List<BilledEntry> billed,
                                     List<VolumeCorrection> corrections, Optional<ProtocolSection> protocol) {
        /** Copies the parts. */
        public ServiceCorrections {
            Objects.requireNonNull(consumption, "consumption");
            billed = List.copyOf(billed);
            corrections = List.copyOf(corrections);
            Objects.requireNonNull(protocol, "protocol");
        }
    }

    /** Copies the parts. */
    public RecalculationResult {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(issuedIn, "issuedIn");
        Objects.requireNonNull(checkPeriod, "checkPeriod");
        Objects.requireNonNull(asKnownOn, "asKnownOn");
        services = List.copyOf(services);
    }

    /** Every correction line, services in order. */
    public List<VolumeCorrection> corrections() {
        return services.stream().flatMap(s -> s.corrections().stream()).toList();
    }

    @Override
    public String key() {
        return RecalculationSection.KEY;
    }

    @Override
    public List<PolicySetting<?>> policies() {
        return List.of(PolicyChoice.RECALCULATION);
    }

    @Override
    public ProtocolSection protocol() {
        List<ProtocolEntry> entries = new ArrayList<>();
        for (ServiceCorrections s : services) {
            s.protocol().ifPresent(entries::add);
        }
        return new ProtocolSection(TITLE_RU, TITLE_EN, entries);
    }

    @Override
    public String text(Language language) {
        StringBuilder out = new StringBuilder();
        Note note = mode.note();
        String what = language.pick(note.ru(), note.en());
        String prefix = language.pick("политика: перерасчёт, с", "policy: recalculation, m");
        if (what.startsWith(prefix)) {
            what = language.pick("С", "M") + what.substring(prefix.length());
        }
        out.append(what).append('\n');
        out.append(language.pick("Строки выставляются в периоде ", "Lines issued in ")).append(issuedIn);
        checkPeriod.ifPresent(c -> out.append(language.pick("; период проверки ", "; check period ")).append(c));
        out.append('\n');
        for (ServiceCorrections s : services) {
            ServiceConsumption c = s.consumption();
            out.append(language.pick("Лицевой счёт ", "Account ")).append(c.account()).append(", ")
                    .append(language.pick(c.resource().nameRu(), c.resource().nameEn()))
                    .append(language.pick(", по данным на ", ", as known on ")).append(c.asKnownOn()).append(":\n");
            if (s.billed().isEmpty()) {
                out.append(language.pick("  ничего не выставлено: перерасчёта нет\n",
                        "  nothing billed: nothing to recalculate\n"));
                continue;
            }
            out.append(language.pick("  Выставлено:\n", "  Billed:\n"));
            for (BilledEntry b : s.billed()) {
                out.append("    ").append(billed(b.line(), language)).append('\n');
            }
            if (s.corrections().isEmpty()) {
                out.append(language.pick("  Строк перерасчёта нет: выставленное совпадает с известным\n",
                        "  No correction lines: what was billed equals what is known\n"));
                continue;
            }
            out.append(language.pick("  Строки перерасчёта:\n", "  Correction lines:\n"));
            for (VolumeCorrection v : s.corrections()) {
                out.append("    ").append(correction(v, language)).append('\n');
            }
        }
        return out.toString();
    }

    private static String coefficient(boolean increased, Language language) {
        return increased ? language.pick(", норматив с повышающим коэффициентом",
                ", normative with the increasing coefficient") : "";
    }

    private static String billed(BilledVolume b, Language language) {
        return b.period() + ", " + b.register().code() + coefficient(b.increasingCoefficient(), language) + ": "
                + Texts.quantity(b.quantity(), language) + " (" + language.pick(b.kind().nameRu(), b.kind().nameEn())
                + language.pick(", выставлено в ", ", issued in ") + b.issuedIn()
                + b.document().map(d -> language.pick("; документ ", "; document ") + d).orElse("") + ")";
    }

    private static String correction(VolumeCorrection v, Language language) {
        List<YearMonth> ps = v.periodsCorrected();
        String periods = ps.size() == 1 ? ps.get(0).toString() : ps.get(0) + " … " + ps.get(ps.size() - 1);
        return v.period() + ", " + v.register().code() + coefficient(v.increasingCoefficient(), language)
                + ": dV = " + Texts.number(v.knownNow().toBigDecimal(), language) + " − "
                + Texts.number(v.billed().toBigDecimal(), language) + " = " + Texts.quantity(v.quantity(), language)
                + " (" + language.pick("за ", "for ") + periods + ")";
    }

    @Override
    public JsonNode json(JsonNodeFactory nodes) {
        ObjectNode out = nodes.objectNode();
        out.put("mode", PolicyChoice.RECALCULATION.name(mode));
        out.put("letter", mode.letter());
        out.put("issuedIn", issuedIn.toString());
        checkPeriod.ifPresent(c -> out.put("checkPeriod", c.toString()));
        out.put("asKnownOn", asKnownOn.toString());
        ArrayNode ss = out.putArray("services");
        for (ServiceCorrections s : services) {
            ObjectNode o = ss.addObject();
            o.put("account", s.consumption().account().value());
            o.put("resource", Names.of(s.consumption().resource()));
            ArrayNode billed = o.putArray("billed");
            for (BilledEntry e : s.billed()) {
                BilledVolume b = e.line();
                ObjectNode x = billed.addObject();
                x.put("period", b.period().toString());
                x.put("register", Names.of(b.register()));
                x.put("increasingCoefficient", b.increasingCoefficient());
                x.put("kind", Names.of(b.kind()));
                x.put("issuedIn", b.issuedIn().toString());
                x.put("quantity", b.quantity().toString());
                b.document().ifPresent(d -> x.put("document", d));
                x.put("input", e.path().text());
            }
            ArrayNode cs = o.putArray("corrections");
            for (VolumeCorrection v : s.corrections()) {
                ObjectNode x = cs.addObject();
                x.put("period", v.period().toString());
                x.put("register", Names.of(v.register()));
                x.put("increasingCoefficient", v.increasingCoefficient());
                x.put("issuedIn", v.issuedIn().toString());
                x.put("mode", PolicyChoice.RECALCULATION.name(v.mode()));
                ArrayNode ps = x.putArray("periodsCorrected");
                v.periodsCorrected().forEach(p -> ps.add(p.toString()));
                x.put("knownNow", v.knownNow().toString());
                x.put("billed", v.billed().toString());
                x.put("quantity", v.quantity().toString());
            }
        }
        return out;
    }
}
