package org.raschet.examples.scenario.tariff;

import java.util.ArrayList;
import java.util.List;
import org.raschet.core.consumption.VolumeCorrection;
import org.raschet.core.error.RaschetException;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSection;
import org.raschet.examples.scenario.compute.ComputeSection;
import org.raschet.examples.scenario.compute.RecalculationResult;
import org.raschet.examples.scenario.compute.RecalculationSection;
import org.raschet.examples.scenario.input.PremiseEntry;
import org.raschet.examples.scenario.input.PremisesSection;
import org.raschet.examples.scenario.input.ScenarioInputs;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.tariffs.pricing.Corrections;
import org.raschet.tariffs.pricing.PricedLine;
import org.raschet.tariffs.pricing.PricingResult;

/**
 * The {@code pricedCorrections} section: prices the correction lines of the {@code recalculation} section at the
 * prices of the days they correct, not today's (354 p.61; LEGAL §4; issue 4): each period's volume correction is
 * spread over the period's days by the per-day volumes as known now, and each run of days at one price gets one line
 * round(dV × K × T, 2) ({@link Corrections#priceVolume}), at the account's tariff (see {@link AccountPricing}).
 * Requires {@code recalculation}. A block tariff cannot price a volume correction (re-bill the period instead):
 * Raschet's {@code correction.volume-needs-flat-tariff}.
 */
public final class PricedCorrectionsSection implements ComputeSection {
    /** The key under {@code compute}. */
    public static final String KEY = "pricedCorrections";

    /** The settings: none (an empty object prices every correction line). */
    public static final ObjectShape SHAPE = ObjectShape.of("pricedCorrections settings");

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
        return List.of(RecalculationSection.KEY);
    }

    @Override
    public Prepared prepare(ObjectCursor settings, ScenarioInputs inputs) {
        return context -> compute(inputs, context.result(RecalculationSection.KEY, RecalculationResult.class));
    }

    private static PricedCorrectionsResult compute(ScenarioInputs inputs, RecalculationResult recalculation) {
        ProtocolRecorder protocol = new ProtocolRecorder();
        List<PricedCorrectionsResult.Priced> out = new ArrayList<>();
        for (RecalculationResult.ServiceCorrections s : recalculation.services()) {
            if (s.corrections().isEmpty()) {
                continue;
            }
            PremiseEntry premise = inputs.get(PremisesSection.INSTANCE).find(s.consumption().account())
                    .orElseThrow();
            AccountPricing a = AccountPricing.resolve(inputs, premise, s.consumption().resource());
            List<PricedLine> lines = new ArrayList<>();
            for (VolumeCorrection c : s.corrections()) {
                try {
                    lines.addAll(Corrections.priceVolume(c, s.consumption(), a.tariff().value(), a.policies(),
                            protocol).lines());
                } catch (RaschetException e) {
                    throw Faults.at(e, a, inputs);
                }
            }
            out.add(new PricedCorrectionsResult.Priced(a, s.corrections(), new PricingResult(
                    s.consumption().range(), a.tariff().value().currency(), lines)));
        }
        return new PricedCorrectionsResult(recalculation.issuedIn(), out, new ProtocolSection(
                PricedCorrectionsResult.TITLE_RU, PricedCorrectionsResult.TITLE_EN, protocol.entries()));
    }
}
