package org.raschet.examples.scenario.odn;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.raschet.allocation.odn.LossReport;
import org.raschet.allocation.odn.NetworkBalance;
import org.raschet.allocation.odn.NetworkVolumes;
import org.raschet.allocation.odn.NodeId;
import org.raschet.allocation.odn.VolumeByBasis;
import org.raschet.core.error.RaschetException;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.compute.ComputeSection;
import org.raschet.examples.scenario.input.Domain;
import org.raschet.examples.scenario.input.ScenarioInputs;
import org.raschet.examples.scenario.json.JsonPath;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.Rules;
import org.raschet.examples.scenario.json.ValueShape;
import org.threeten.extra.LocalDateRange;

/**
 * The {@code losses} section: the losses report (localisation of losses by node) by
 * {@link NetworkBalance#report}: for every node, its meter's volume, the sum of the volumes directly below it, the
 * imbalance in units and percent, and how much of the volume below was forecast or by normative; for each month of
 * {@code networkMonths} in the span, or for the whole span at once (the months' volumes added up).
 */
public final class LossesSection implements ComputeSection {
    /** The key under {@code compute}. */
    public static final String KEY = "losses";

    /** A report for each month in the span. */
    public static final String EACH_MONTH = "each-month";
    /** One report for the whole span, the months' volumes added up. */
    public static final String WHOLE_SPAN = "whole-span";

    /** The settings: the span (default: every month given) and whether each month is reported or the span. */
    public static final ObjectShape SHAPE = ObjectShape.of("losses settings",
            Property.optional("from", Months.SHAPE),
            Property.optional("to", Months.SHAPE),
            Property.optional("periods", ValueShape.choice(List.of(EACH_MONTH, WHOLE_SPAN))));

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public ObjectShape shape() {
        return SHAPE;
    }

    @Override
    public List<String> requires() {
        return List.of();
    }

    @Override
    public Prepared prepare(ObjectCursor settings, ScenarioInputs inputs) {
        NetworkInput net = Houses.network(KEY, inputs);
        NetworkMonths all = inputs.get(NetworkMonthsSection.INSTANCE);
        Optional<YearMonth> from = Months.find(settings, "from");
        Optional<YearMonth> to = Months.find(settings, "to");
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new ScenarioException(settings.pathOf("to"), Rules.RANGE,
                    "the span ends in " + to.get() + ", before it starts in " + from.get());
        }
        List<MonthInput> months = new ArrayList<>();
        for (MonthInput m : all.months()) {
            if (from.map(f -> !m.period().isBefore(f)).orElse(true) && to.map(t -> !m.period().isAfter(t))
                    .orElse(true)) {
                months.add(m);
            }
        }
        if (months.isEmpty()) {
            throw new ScenarioException(settings.has("from") ? settings.pathOf("from") : settings.path(), Rules.RANGE,
                    "no month of $.networkMonths lies in the span " + from.map(YearMonth::toString).orElse("…")
                            + " to " + to.map(YearMonth::toString).orElse("…"));
        }
        boolean whole = settings.findChoice("periods").orElse(EACH_MONTH).equals(WHOLE_SPAN);
        if (whole) {
            for (int i = 1; i < months.size(); i++) {
                if (!months.get(i).period().equals(months.get(i - 1).period().plusMonths(1))) {
                    throw new ScenarioException(months.get(i).path().property("period"), Rules.CONSECUTIVE_MONTHS,
                            "the whole span is reported at once, so its months must follow each other: "
                                    + months.get(i).period() + " does not follow " + months.get(i - 1).period());
                }
            }
        }
        JsonPath at = settings.path();
        List<YearMonth> periods = months.stream().map(MonthInput::period).toList();
        return context -> {
            NetworkMonths resolved = all.resolve(context, net);
            List<MonthInput> span = periods.stream().map(p -> resolved.find(p).orElseThrow()).toList();
            ProtocolRecorder recorder = new ProtocolRecorder();
            List<LossesResult.Report> reports = new ArrayList<>();
            if (!whole) {
                for (MonthInput m : span) {
                    reports.add(new LossesResult.Report(List.of(m), report(net, resolved, m.volumes(), recorder,
                            at)));
                }
            } else {
                // each month is checked on its own first, so a missing volume is reported in its month
                for (MonthInput m : span) {
                    report(net, resolved, m.volumes(), ProtocolSink.NONE, at);
                }
                reports.add(new LossesResult.Report(span, report(net, resolved,
                        Domain.at(at, () -> sum(net, span)), recorder, at)));
            }
            return new LossesResult(reports, resolved.knownOn(), recorder.entries());
        };
    }

    private static LossReport report(NetworkInput net, NetworkMonths months, NetworkVolumes volumes,
                                     ProtocolSink sink, JsonPath at) {
        try {
            return NetworkBalance.report(net.network(), volumes, sink);
        } catch (RaschetException e) {
            throw OdnFaults.at(e, months, at);
        }
    }

    /** The months' volumes added up node by node, over the span from the first month's start to the last's end. */
    private static NetworkVolumes sum(NetworkInput net, List<MonthInput> months) {
        Map<NodeId, VolumeByBasis> total = new LinkedHashMap<>();
        for (MonthInput m : months) {
            m.volumes().volumes().forEach((node, v) -> total.merge(node, v, VolumeByBasis::plus));
        }
        LocalDateRange span = LocalDateRange.of(months.get(0).volumes().span().getStart(),
                months.get(months.size() - 1).volumes().span().getEnd());
        return new NetworkVolumes(span, net.resource(), total);
    }
}
