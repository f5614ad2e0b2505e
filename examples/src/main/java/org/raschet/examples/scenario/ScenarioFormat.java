package org.raschet.examples.scenario;

import java.util.ArrayList;
import java.util.List;
import org.raschet.examples.scenario.compute.ChargesSection;
import org.raschet.examples.scenario.compute.ComputeSection;
import org.raschet.examples.scenario.compute.ConsumptionSection;
import org.raschet.examples.scenario.compute.IntervalsSection;
import org.raschet.examples.scenario.compute.RecalculationSection;
import org.raschet.examples.scenario.debts.AccountsSection;
import org.raschet.examples.scenario.debts.BilledPenaltiesSection;
import org.raschet.examples.scenario.debts.CalendarSection;
import org.raschet.examples.scenario.debts.CarriedDebtsSection;
import org.raschet.examples.scenario.debts.ChargeLinesSection;
import org.raschet.examples.scenario.debts.DebtsSection;
import org.raschet.examples.scenario.debts.KeyRatesSection;
import org.raschet.examples.scenario.debts.ListsSection;
import org.raschet.examples.scenario.debts.MoratoriumsSection;
import org.raschet.examples.scenario.debts.PaymentsSection;
import org.raschet.examples.scenario.debts.PenaltiesSection;
import org.raschet.examples.scenario.debts.RateRulesSection;
import org.raschet.examples.scenario.debts.ReallocationSection;
import org.raschet.examples.scenario.input.BilledSection;
import org.raschet.examples.scenario.input.InputSection;
import org.raschet.examples.scenario.input.MetadataSection;
import org.raschet.examples.scenario.input.MetersSection;
import org.raschet.examples.scenario.input.PoliciesSection;
import org.raschet.examples.scenario.input.PremisesSection;
import org.raschet.examples.scenario.input.ReadingsSection;
import org.raschet.examples.scenario.input.ServicesSection;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.ValueShape;
import org.raschet.examples.scenario.odn.CommonHouseCorrectionSection;
import org.raschet.examples.scenario.odn.CommonHouseSection;
import org.raschet.examples.scenario.odn.LossesSection;
import org.raschet.examples.scenario.odn.NetworkMonthsSection;
import org.raschet.examples.scenario.odn.NetworkSection;
import org.raschet.examples.scenario.tariff.AccountTariffsSection;
import org.raschet.examples.scenario.tariff.NormsSection;
import org.raschet.examples.scenario.tariff.PricedCorrectionsSection;
import org.raschet.examples.scenario.tariff.PricingSection;
import org.raschet.examples.scenario.tariff.SanctionCasesSection;
import org.raschet.examples.scenario.tariff.SanctionsSection;
import org.raschet.examples.scenario.tariff.TariffsSection;

/**
 * The scenario format (documented in {@code docs/scenario-format.md}, published as {@code docs/scenario.schema.json}):
 * the input sections and the compute sections it knows, in the order they are read and computed. A new capability
 * adds its section class and one line here; the runner itself does not change.
 */
public final class ScenarioFormat {
    private ScenarioFormat() {
    }

    /** The input sections, in reading order (a section may refer to the ones before it). */
    public static final List<InputSection<?>> INPUTS = List.of(
            MetadataSection.INSTANCE,
            PremisesSection.INSTANCE,
            MetersSection.INSTANCE,
            ReadingsSection.INSTANCE,
            ServicesSection.INSTANCE,
            BilledSection.INSTANCE,
            PoliciesSection.INSTANCE,
            // tariffs (issue 4), read before the network months, which may name them
            TariffsSection.INSTANCE,
            // common-house needs and network losses (issue 5)
            NetworkSection.INSTANCE,
            NetworkMonthsSection.INSTANCE,
            // debts and penalties (issue 6)
            AccountsSection.INSTANCE,
            CalendarSection.INSTANCE,
            ChargeLinesSection.INSTANCE,
            CarriedDebtsSection.INSTANCE,
            BilledPenaltiesSection.INSTANCE,
            PaymentsSection.INSTANCE,
            KeyRatesSection.INSTANCE,
            RateRulesSection.INSTANCE,
            MoratoriumsSection.INSTANCE,
            // tariffs (issue 4)
            NormsSection.INSTANCE,
            AccountTariffsSection.INSTANCE,
            SanctionCasesSection.INSTANCE);

    /** The compute sections, in computing order (a section comes after the ones it requires). */
    public static final List<ComputeSection> COMPUTE = List.of(
            new IntervalsSection(),
            new ChargesSection(),
            new ConsumptionSection(),
            new RecalculationSection(),
            // common-house needs and network losses (issue 5)
            new LossesSection(),
            new CommonHouseSection(),
            new CommonHouseCorrectionSection(),
            // debts and penalties (issue 6)
            new DebtsSection(),
            new PenaltiesSection(),
            new ReallocationSection(),
            new ListsSection(),
            // tariffs (issue 4)
            new PricingSection(),
            new PricedCorrectionsSection(),
            new SanctionsSection());

    /** The shape of {@code compute}: one optional settings object per compute section. */
    public static final ObjectShape COMPUTE_SHAPE = new ObjectShape("compute",
            COMPUTE.stream().map(s -> Property.optional(s.key(), s.shape())).toList());

    /** The shape of a whole scenario. */
    public static final ObjectShape ROOT = root();

    private static ObjectShape root() {
        List<Property> properties = new ArrayList<>();
        // lets an editor find the schema; not read otherwise
        properties.add(Property.optional("$schema", ValueShape.STRING));
        INPUTS.forEach(s -> properties.add(s.property()));
        properties.add(Property.required("compute", COMPUTE_SHAPE));
        return new ObjectShape("scenario", properties);
    }
}
