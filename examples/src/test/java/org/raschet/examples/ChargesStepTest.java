package org.raschet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.raschet.core.account.AccountId;
import org.raschet.core.consumption.DailySeries;
import org.raschet.core.meter.RegisterSet;
import org.raschet.core.money.Price;
import org.raschet.core.protocol.Formulas;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.quantity.Unit;
import org.raschet.examples.scenario.ScenarioResult;
import org.raschet.examples.scenario.ScenarioRunner;
import org.raschet.examples.scenario.compute.ChargesResult;
import org.raschet.tariffs.pricing.ConsumptionRequest;
import org.raschet.tariffs.pricing.DailyConsumption;
import org.raschet.tariffs.pricing.Pricing;
import org.raschet.tariffs.schedule.ConsumerGroup;
import org.raschet.tariffs.schedule.Rates;
import org.raschet.tariffs.schedule.TariffSchedule;
import org.threeten.extra.LocalDateRange;

/**
 * The v1 {@code charges} section writes its charge step itself (the tariffs module exports no step builder); this
 * guards it against drifting from the step the tariffs pricing writes for the same volume and price: the same
 * formula (354 p.42, App. 2, formula 1), the same inputs and result, and the same rounding policy (LEGAL §11).
 */
class ChargesStepTest {
    @Test
    void the_charges_step_is_the_tariffs_pricing_step_for_one_month_at_one_price() {
        ScenarioResult r = ScenarioRunner.run(Scenarios.BASE);
        // interval 77-0042, 31.01 → 28.02.2026: 150 kWh over February at 5.67 ₽/kWh = 850.50 ₽
        ProtocolStep charges = ((ChargesResult) r.sections().get(1)).charges().get(0).step();

        Price price = Price.rub("5.67", Unit.KWH);
        LocalDateRange february = LocalDateRange.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1));
        TariffSchedule tariff = TariffSchedule.from("t", Resource.ELECTRICITY, ConsumerGroup.URBAN, RegisterSet.SINGLE,
                february.getStart(), Rates.single(price));
        ProtocolRecorder protocol = new ProtocolRecorder();
        Pricing.consumption(ConsumptionRequest.of(AccountId.of("100-001"), tariff, DailyConsumption.single(
                DailySeries.evenly(february, Quantity.of("150", Unit.KWH)))), protocol);
        List<ProtocolStep> steps = protocol.protocol().steps();
        ProtocolStep priced = steps.stream().filter(s -> s.formula() == Formulas.CHARGE_BY_METER).findFirst()
                .orElseThrow();

        assertEquals(priced.formula(), charges.formula());
        assertEquals(priced.inputs(), charges.inputs());
        assertEquals(priced.result(), charges.result());
        assertEquals("850.50", charges.result().value().toPlainString());
        String rounding = "policy:rounding.kopecks-half-up-per-line";
        assertTrue(priced.notes().stream().anyMatch(n -> n.id().equals(rounding)));
        assertTrue(charges.notes().stream().anyMatch(n -> n.id().equals(rounding)));
    }
}
