package org.raschet.core.protocol;

import java.time.LocalDate;
import org.raschet.core.consumption.RegisterConsumption;
import org.raschet.core.consumption.RolloverPolicy;
import org.raschet.core.meter.Meter;
import org.raschet.core.meter.Reading;
import org.raschet.core.meter.ReadingSource;
import org.raschet.core.meter.Register;
import org.raschet.core.money.Price;
import org.raschet.core.money.RoundingRule;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.quantity.Unit;

/**
 * The worked example of the golden files {@code docs/examples/interval-protocol-*.txt}: a meter read on 2026-01-31
 * (1100 kWh) and 2026-02-28 (1250 kWh, act No. 15), ratio 1, priced at 5.6700 ₽/kWh (354 p.42, App. 2, formula 1).
 */
public final class IntervalExample {
    private IntervalExample() {
    }

    /** The meter, read directly (ratio 1). */
    public static final Meter METER = Meter.single("77-0042", "100-001", Resource.ELECTRICITY, 6,
            LocalDate.of(2024, 5, 14));
    /** The earlier reading. */
    public static final Reading EARLIER = Reading.of(METER.id(), Register.TOTAL, LocalDate.of(2026, 1, 31),
            Quantity.of("1100", Unit.KWH), ReadingSource.CONSUMER_WEB);
    /** The later reading, by the inspector's act No. 15. */
    public static final Reading LATER = Reading.of(METER.id(), Register.TOTAL, LocalDate.of(2026, 2, 28),
            Quantity.of("1250", Unit.KWH), ReadingSource.CONTROL).withDocument("акт № 15");
    /** The tariff. */
    public static final Price TARIFF = Price.rub("5.6700", Unit.KWH);

    /** The charge step P = round(V × T, 2), with the rounding policy named (LEGAL §11). */
    public static ProtocolStep charge(Quantity volume, Price price, ProtocolSink sink) {
        ProtocolStep step = price.chargeStep(volume, RoundingRule.KOPECKS_HALF_UP);
        if (sink.enabled()) {
            sink.add(step);
        }
        return step;
    }

    /** The protocol of the example: one section with the volume step and the charge step. */
    public static Protocol protocol() {
        // snippet:interval
        ProtocolRecorder recorder = new ProtocolRecorder();
        ProtocolSink section = recorder.child();
        Quantity volume = RegisterConsumption.between(METER, EARLIER, LATER, RolloverPolicy.NEVER, section);
        charge(volume, TARIFF, section);
        recorder.add(new ProtocolSection("Лицевой счёт 100-001, февраль 2026", "Account 100-001, February 2026",
                ProtocolSink.entriesOf(section)));
        // end-snippet
        return recorder.protocol();
    }
}
