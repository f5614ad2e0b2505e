package org.raschet.examples.scenario.tariff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.raschet.core.error.RaschetException;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSection;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.examples.scenario.compute.ComputeSection;
import org.raschet.examples.scenario.input.Domain;
import org.raschet.examples.scenario.input.ScenarioInputs;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.tariffs.pricing.InterferenceCase;
import org.raschet.tariffs.pricing.PricingResult;
import org.raschet.tariffs.pricing.SanctionPolicy;
import org.raschet.tariffs.pricing.Sanctions;
import org.raschet.tariffs.pricing.UnauthorisedConnectionCase;
import org.raschet.tariffs.schedule.NormSchedule;

/**
 * The {@code sanctions} section: prices every case of {@code sanctionCases} at its account's tariff (see
 * {@link AccountPricing}) by {@link Sanctions}, with the federal default policies of LEGAL §5
 * ({@link SanctionPolicy#INTERFERENCE}, {@link SanctionPolicy#UNAUTHORISED_CONNECTION}). The lines are of kind
 * sanction, each in the period of its days, issued in the month of the finding.
 */
public final class SanctionsSection implements ComputeSection {
    /** The key under {@code compute}. */
    public static final String KEY = "sanctions";

    /** The settings: none (an empty object prices every case). */
    public static final ObjectShape SHAPE = ObjectShape.of("sanctions settings");

    /** Which property of a case each of Raschet's sanction rules is about. */
    private static final Map<String, String> FIELDS = Map.of(
            "sanction.eliminated-after-found", "eliminatedOn",
            "sanction.since-before-found", "since");

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

    /** A case ready to price: the scenario's case, how its account is priced, its policy and its pricing. */
    private record Ready(SanctionCase given, AccountPricing pricing, SanctionPolicy policy,
                         Function<ProtocolSink, PricingResult> price) {
    }

    @Override
    public Prepared prepare(ObjectCursor settings, ScenarioInputs inputs) {
        List<Ready> cases = new ArrayList<>();
        for (SanctionCase c : inputs.get(SanctionCasesSection.INSTANCE).entries()) {
            AccountPricing a = AccountPricing.resolve(inputs, c.premise(), c.service());
            List<NormSchedule> limits = a.limits().stream().map(Entry::value).toList();
            if (c.connection()) {
                UnauthorisedConnectionCase u = Domain.at(c.path(), FIELDS, () -> new UnauthorisedConnectionCase(
                        c.premise().premise().id(), c.power().orElseThrow(), a.tariff().value(), limits,
                        c.premise().premise().residents(), c.since(), c.foundOn(), c.eliminatedOn(),
                        SanctionPolicy.UNAUTHORISED_CONNECTION));
                cases.add(new Ready(c, a, u.policy(), sink -> Sanctions.unauthorisedConnection(u, sink)));
            } else {
                NormSchedule normative = a.requireNormative("an interference with a meter is charged by the"
                        + " normative × 10, 354 p.81(11)").value();
                InterferenceCase i = Domain.at(c.path(), FIELDS, () -> new InterferenceCase(
                        c.premise().premise().id(), c.premise().premise().residents(), a.tariff().value(), limits,
                        normative, c.since(), c.foundOn(), c.eliminatedOn(), SanctionPolicy.INTERFERENCE));
                cases.add(new Ready(c, a, i.policy(), sink -> Sanctions.interference(i, sink)));
            }
        }
        return context -> compute(inputs, cases);
    }

    private static SanctionsResult compute(ScenarioInputs inputs, List<Ready> cases) {
        ProtocolRecorder protocol = new ProtocolRecorder();
        List<SanctionsResult.Charged> out = new ArrayList<>();
        for (Ready r : cases) {
            PricingResult priced;
            try {
                priced = r.price().apply(protocol);
            } catch (RaschetException e) {
                throw Faults.at(e, r.pricing(), inputs);
            }
            out.add(new SanctionsResult.Charged(r.given(), r.pricing(), r.policy(), priced));
        }
        return new SanctionsResult(out, new ProtocolSection(SanctionsResult.TITLE_RU, SanctionsResult.TITLE_EN,
                protocol.entries()));
    }
}
