package org.raschet.examples.scenario.compute;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.raschet.core.consumption.AnomalyFlag;
import org.raschet.core.consumption.BasisRun;
import org.raschet.core.consumption.DailySeries;
import org.raschet.core.consumption.DayBasis;
import org.raschet.core.consumption.IntervalVolume;
import org.raschet.core.consumption.MonthlyAverage;
import org.raschet.core.consumption.PeriodVolume;
import org.raschet.core.consumption.ReadingOutcome;
import org.raschet.core.consumption.RegisterDays;
import org.raschet.core.consumption.ServiceConsumption;
import org.raschet.core.meter.Reading;
import org.raschet.core.protocol.Input;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.ProtocolEntry;
import org.raschet.core.protocol.ProtocolSection;
import org.raschet.core.quantity.Quantity;
import org.raschet.examples.scenario.input.AnomalyThresholdsSetting;
import org.raschet.examples.scenario.input.ForecastSetting;
import org.raschet.examples.scenario.input.PolicyChoice;
import org.raschet.examples.scenario.input.PolicySetting;
import org.raschet.examples.scenario.input.ReadingPrioritySetting;
import org.raschet.examples.scenario.json.JsonPath;
import org.raschet.examples.scenario.json.Names;
import org.raschet.examples.scenario.report.Texts;
import org.threeten.extra.LocalDateRange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The results of the {@code consumption} section: for each service and each knowledge date, the per-day volumes
 * with their basis (as runs of days with one basis; each day's value in JSON), the volume per billing period by
 * basis, the intervals between accepted readings, the average monthly volumes, every reading with its status, and
 * the anomaly flags with the numbers compared.
 *
 * @param range     the days computed
 * @param asKnownOn the knowledge dates, in the order given
 * @param views     one per service and knowledge date: services in order, dates in the order given
 * @param paths     the JSON path of each input reading (the first, for readings given twice)
 */
public record ConsumptionResult(LocalDateRange range, List<LocalDate> asKnownOn, List<ConsumptionView> views,
                                Map<Reading, JsonPath> paths) implements SectionResult {
    /** Protocol and report title, in Russian. */
    public static final String TITLE_RU = "Объём потребления по дням";
    /** Protocol and report title, in English. */
    public static final String TITLE_EN = "Consumption by day";

    /** Copies the parts. */
    public ConsumptionResult {
        Objects.requireNonNull(range, "range");
        asKnownOn = List.copyOf(asKnownOn);
        views = List.copyOf(views);
        paths = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(paths));
    }

    @Override
    public String key() {
        return ConsumptionSection.KEY;
    }

    @Override
    public List<PolicySetting<?>> policies() {
        return List.of(PolicyChoice.ROLLOVER, ReadingPrioritySetting.INSTANCE, ForecastSetting.INSTANCE,
                AnomalyThresholdsSetting.INSTANCE);
    }

    /** The view of {@code account}'s {@code resource} service as known on {@code date}, if computed. */
    public Optional<ConsumptionView> view(String account, String resource, LocalDate date) {
        return views.stream().filter(v -> v.consumption().account().value().equals(account)
                && Names.of(v.consumption().resource()).equals(resource)
                && v.consumption().asKnownOn().equals(date)).findFirst();
    }

    @Override
    public ProtocolSection protocol() {
        List<ProtocolEntry> entries = new ArrayList<>();
        for (ConsumptionView v : views) {
            entries.add(v.protocol());
        }
        return new ProtocolSection(TITLE_RU, TITLE_EN, entries);
    }

    private static LocalDate last(LocalDateRange r) {
        return r.getEnd().minusDays(1);
    }

    private static String span(LocalDateRange r) {
        return r.getStart() + " – " + last(r);
    }

    @Override
    public String text(Language language) {
        StringBuilder out = new StringBuilder();
        for (ConsumptionView v : views) {
            ServiceConsumption c = v.consumption();
            out.append(language.pick("Лицевой счёт ", "Account ")).append(c.account()).append(", ")
                    .append(language.pick(c.resource().nameRu(), c.resource().nameEn())).append(", ")
                    .append(span(c.range())).append(language.pick(", по данным на ", ", as known on "))
                    .append(c.asKnownOn()).append(": ").append(Texts.quantity(c.total(), language)).append('\n');
            for (RegisterDays r : c.registers()) {
                out.append("  ").append(language.pick("Регистр ", "Register ")).append(Texts.register(r.register(),
                        language)).append(language.pick(", дни по основаниям:", ", days by basis:")).append('\n');
                for (BasisRun run : r.runs()) {
                    out.append("    ").append(span(run.days())).append(", ")
                            .append(Texts.days(run.days().lengthInDays(), language)).append(": ")
                            .append(Texts.quantity(r.sum(run.days()), language)).append(" — ")
                            .append(basis(run.basis(), language)).append('\n');
                }
                out.append("  ").append(language.pick("Регистр ", "Register ")).append(Texts.register(r.register(),
                        language)).append(language.pick(", по периодам:", ", by period:")).append('\n');
                for (PeriodVolume p : c.periods()) {
                    if (p.register() == r.register()) {
                        out.append("    ").append(period(p, language)).append('\n');
                    }
                }
            }
            out.append(language.pick("  Показания:", "  Readings:")).append('\n');
            for (ReadingOutcome o : c.readings()) {
                out.append("    ").append(Texts.reading(o.reading(), language)).append(" — ")
                        .append(Texts.status(o.status(), o.by(), language)).append('\n');
            }
            if (!c.averages().isEmpty()) {
                out.append(language.pick("  Среднемесячный объём (п. 59):", "  Average monthly volume (p. 59):"))
                        .append('\n');
                for (MonthlyAverage a : c.averages()) {
                    out.append("    ").append(average(a, v.policies().forecast().minimumMonths(), language))
                            .append('\n');
                }
            }
            if (c.flags().isEmpty()) {
                out.append(language.pick("  Признаки аномалий: нет", "  Anomaly flags: none")).append('\n');
            } else {
                out.append(language.pick("  Признаки аномалий:", "  Anomaly flags:")).append('\n');
                for (AnomalyFlag f : c.flags()) {
                    out.append("    ").append(flag(f, language)).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String basis(DayBasis b, Language language) {
        String text = language.pick(b.describeRu(), b.describeEn());
        if (b.kind() != DayBasis.Kind.NONE) {
            text += " (" + language.pick(b.source().ru(), b.source().en()) + ")";
        }
        return text + b.meter().map(m -> language.pick("; прибор учёта ", "; meter ") + m).orElse("");
    }

    private static String period(PeriodVolume p, Language language) {
        String u = p.total().unit().code();
        return p.period() + " (" + Texts.days(p.days().lengthInDays(), language) + "): "
                + language.pick("всего ", "total ") + Texts.quantity(p.total(), language) + " = "
                + language.pick("по показаниям ", "by readings ") + Texts.number(p.actual().toBigDecimal(), language)
                + language.pick(" + по среднемесячному ", " + by the monthly average ")
                + Texts.number(p.average().toBigDecimal(), language)
                + language.pick(" + по нормативу ", " + by the normative ")
                + Texts.value(p.normative().toBigDecimal(), u, language)
                + language.pick("; в т. ч. с повышающим коэффициентом ", "; of which with the increasing coefficient ")
                + Texts.quantity(p.normativeIncreased(), language);
    }

    private static String average(MonthlyAverage a, int minimumMonths, Language language) {
        List<YearMonth> months = a.months();
        String span = months.isEmpty() ? "—" : months.get(months.size() - 1) + " … " + months.get(0);
        String head = a.meter() + ", " + a.register().code() + language.pick(", перерыв с ", ", gap from ")
                + a.gapStart() + ": ";
        if (a.average().isEmpty()) {
            return head + language.pick("полных месяцев по показаниям " + months.size() + " < " + minimumMonths
                    + " (" + span + "): среднемесячный объём не определён, применяется норматив (п. 59(1))",
                    months.size() + " full months by readings < " + minimumMonths + " (" + span
                            + "): no average monthly volume, the normative applies (p. 59(1))");
        }
        return head + "A = " + Texts.number(a.sum().toBigDecimal(), language) + " / " + months.size() + " = "
                + Texts.value(a.average().get().toBigDecimal(), a.sum().unit().code() + "/month", language)
                + language.pick(" (месяцы " + span + ")", " (months " + span + ")");
    }

    private static String flag(AnomalyFlag f, Language language) {
        StringBuilder b = new StringBuilder(language.pick(f.kind().nameRu(), f.kind().nameEn())).append(": ")
                .append(f.meter()).append(", ").append(f.register().code()).append(", ");
        LocalDate first = f.days().getStart();
        LocalDate lastDay = last(f.days());
        b.append(first.equals(lastDay) ? first.toString() : first + " – " + lastDay);
        List<String> figures = new ArrayList<>();
        for (Input in : f.figures()) {
            figures.add(in.symbol() + " = " + Texts.value(in.value(), in.unit(), language));
        }
        if (!figures.isEmpty()) {
            b.append("; ").append(String.join(", ", figures));
        }
        return b.toString();
    }

    @Override
    public JsonNode json(JsonNodeFactory nodes) {
        ObjectNode out = nodes.objectNode();
        out.put("firstDay", range.getStart().toString());
        out.put("lastDay", last(range).toString());
        ArrayNode dates = out.putArray("asKnownOn");
        asKnownOn.forEach(d -> dates.add(d.toString()));
        ArrayNode vs = out.putArray("views");
        for (ConsumptionView v : views) {
            vs.add(view(nodes, v));
        }
        return out;
    }

    private ObjectNode view(JsonNodeFactory nodes, ConsumptionView v) {
        ServiceConsumption c = v.consumption();
        ObjectNode o = nodes.objectNode();
        o.put("account", c.account().value());
        o.put("resource", Names.of(c.resource()));
        o.put("asKnownOn", c.asKnownOn().toString());
        o.put("total", c.total().toString());
        ArrayNode registers = o.putArray("registers");
        for (RegisterDays r : c.registers()) {
            ObjectNode ro = registers.addObject();
            ro.put("register", Names.of(r.register()));
            ro.put("total", r.sum(r.range()).toString());
            ArrayNode runs = ro.putArray("runs");
            for (BasisRun run : r.runs()) {
                ObjectNode x = runs.addObject();
                x.put("firstDay", run.days().getStart().toString());
                x.put("lastDay", last(run.days()).toString());
                x.put("days", run.days().lengthInDays());
                x.put("volume", r.sum(run.days()).toString());
                x.set("basis", basis(nodes, run.basis()));
            }
            DailySeries d = r.volumes();
            ObjectNode daily = ro.putObject("daily");
            daily.put("firstDay", d.range().getStart().toString());
            daily.put("unit", d.unit().code());
            ArrayNode values = daily.putArray("values");
            for (int i = 0; i < d.length(); i++) {
                values.add(BigDecimal.valueOf(d.microsAt(i), Quantity.SCALE).toPlainString());
            }
        }
        ArrayNode periods = o.putArray("periods");
        for (PeriodVolume p : c.periods()) {
            ObjectNode x = periods.addObject();
            x.put("period", p.period().toString());
            x.put("register", Names.of(p.register()));
            x.put("firstDay", p.days().getStart().toString());
            x.put("lastDay", last(p.days()).toString());
            x.put("days", p.days().lengthInDays());
            x.put("total", p.total().toString());
            x.put("actual", p.actual().toString());
            x.put("average", p.average().toString());
            x.put("normative", p.normative().toString());
            x.put("normativeIncreased", p.normativeIncreased().toString());
        }
        ArrayNode intervals = o.putArray("intervals");
        for (IntervalVolume i : c.intervals()) {
            ObjectNode x = intervals.addObject();
            x.put("meter", i.meter().value());
            x.put("register", Names.of(i.register()));
            x.set("earlier", reading(nodes, i.earlier()));
            x.set("later", reading(nodes, i.later()));
            x.put("firstDay", i.days().getStart().toString());
            x.put("lastDay", last(i.days()).toString());
            x.put("days", i.days().lengthInDays());
            x.put("rollover", i.rolledOver());
            x.put("volume", i.volume().toString());
        }
        ArrayNode averages = o.putArray("averages");
        for (MonthlyAverage a : c.averages()) {
            ObjectNode x = averages.addObject();
            x.put("meter", a.meter().value());
            x.put("register", Names.of(a.register()));
            x.put("gapStart", a.gapStart().toString());
            ArrayNode months = x.putArray("months");
            a.months().forEach(m -> months.add(m.toString()));
            x.put("sum", a.sum().toString());
            x.put("available", a.available());
            a.average().ifPresent(q -> x.put("average", q.toString()));
        }
        ArrayNode readings = o.putArray("readings");
        for (ReadingOutcome r : c.readings()) {
            ObjectNode x = reading(nodes, r.reading());
            x.put("status", Names.of(r.status()));
            r.by().ifPresent(b -> x.set("by", reading(nodes, b)));
            readings.add(x);
        }
        ArrayNode flags = o.putArray("flags");
        for (AnomalyFlag f : c.flags()) {
            ObjectNode x = flags.addObject();
            x.put("kind", Names.of(f.kind()));
            x.put("meter", f.meter().value());
            x.put("register", Names.of(f.register()));
            x.put("firstDay", f.days().getStart().toString());
            x.put("lastDay", last(f.days()).toString());
            ArrayNode figures = x.putArray("figures");
            for (Input in : f.figures()) {
                ObjectNode fig = figures.addObject();
                fig.put("symbol", in.symbol());
                fig.put("value", in.value().toPlainString());
                fig.put("unit", in.unit());
            }
        }
        return o;
    }

    private ObjectNode reading(JsonNodeFactory nodes, Reading r) {
        JsonPath p = paths.get(r);
        ObjectNode o = nodes.objectNode();
        o.put("meter", r.meter().value());
        o.put("register", Names.of(r.register()));
        o.setAll(Texts.reading(nodes, r, p == null ? "" : p.text()));
        return o;
    }

    private static ObjectNode basis(JsonNodeFactory nodes, DayBasis b) {
        ObjectNode o = nodes.objectNode();
        o.put("kind", Names.of(b.kind()));
        b.forecastCase().ifPresent(fc -> o.put("case", Names.of(fc)));
        o.put("period", b.period());
        o.put("limit", b.limit());
        o.put("increasingCoefficient", b.increasingCoefficient());
        b.meter().ifPresent(m -> o.put("meter", m.value()));
        o.put("source", b.source().id());
        ObjectNode d = o.putObject("description");
        d.put("ru", b.describeRu());
        d.put("en", b.describeEn());
        return o;
    }
}
