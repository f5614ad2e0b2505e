package org.raschet.examples.scenario.odn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.raschet.allocation.odn.CommonHouseCorrection;
import org.raschet.allocation.odn.CommonHouseSplit;
import org.raschet.allocation.odn.HouseMonth;
import org.raschet.allocation.odn.NetworkNode;
import org.raschet.allocation.odn.NodeId;
import org.raschet.allocation.odn.NodeKind;
import org.raschet.allocation.odn.OdnPolicy;
import org.raschet.core.account.AccountId;
import org.raschet.core.error.RaschetException;
import org.raschet.core.ledger.ChargeKind;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.meter.Register;
import org.raschet.core.money.Amounts;
import org.raschet.core.money.Price;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.ProtocolSink;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.time.Days;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.compute.ComputeSection;
import org.raschet.examples.scenario.input.Domain;
import org.raschet.examples.scenario.input.PoliciesSection;
import org.raschet.examples.scenario.input.ScenarioInputs;
import org.raschet.examples.scenario.json.ArrayShape;
import org.raschet.examples.scenario.json.JsonPath;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.Rules;
import org.raschet.examples.scenario.json.ValueShape;
import org.threeten.extra.LocalDateRange;

/**
 * The {@code commonHouseCorrection} section: corrections of common-house shares (перерасчёт ОДН) by
 * {@link CommonHouseCorrection#recalculate}. The months of {@code networkMonths} hold today's volumes (e.g. a late
 * reading that replaced a forecast); the settings give the common-house lines billed for them and the period the
 * corrections are issued in. Every month is recalculated, and each premise and month whose share or charge changed
 * gets a correction line: new − billed (DESIGN: history is never rewritten).
 */
public final class CommonHouseCorrectionSection implements ComputeSection {
    /** The key under {@code compute}. */
    public static final String KEY = "commonHouseCorrection";

    /** The shape of a line billed earlier. */
    public static final ObjectShape BILLED = ObjectShape.of("billed common-house line",
            Property.required("account", ValueShape.STRING),
            Property.required("period", Months.SHAPE),
            Property.required("volume", ValueShape.DECIMAL),
            Property.required("amount", ValueShape.DECIMAL),
            Property.optional("from", ValueShape.DATE),
            Property.optional("to", ValueShape.DATE),
            Property.optional("price", ValueShape.DECIMAL));

    /** The settings: the period of issue, the lines billed, the houses (default: every house). */
    public static final ObjectShape SHAPE = ObjectShape.of("commonHouseCorrection settings",
            Property.required("issuedIn", Months.SHAPE),
            Property.optional("billed", ArrayShape.of(BILLED)),
            Property.optional("houses", Houses.SHAPE));

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
        NetworkMonths months = inputs.get(NetworkMonthsSection.INSTANCE);
        Map<NodeId, JsonPath> houses = Houses.of(settings, net);
        YearMonth issuedIn = Months.get(settings, "issuedIn");
        Map<NodeId, List<ChargeLine>> billed = new LinkedHashMap<>();
        houses.keySet().forEach(h -> billed.put(h, new ArrayList<>()));
        for (ObjectCursor b : settings.objects("billed")) {
            NodeId account = Domain.at(b.pathOf("account"), () -> NodeId.of(b.string("account")));
            NetworkNode node = net.network().contains(account) ? net.network().get(account) : null;
            if (node == null || node.kind() != NodeKind.PREMISE) {
                throw new ScenarioException(b.pathOf("account"), Rules.KNOWN_REFERENCE, "account '" + account
                        + "' is not a premise declared in $.network.nodes");
            }
            NodeId house = net.network().houseOf(account).orElse(null);
            if (house == null || !houses.containsKey(house)) {
                throw new ScenarioException(b.pathOf("account"), Rules.KNOWN_REFERENCE, "premise '" + account
                        + "' is not in a house corrected (" + String.join(", ", houses.keySet().stream()
                        .map(NodeId::value).toList()) + ")");
            }
            YearMonth period = Months.get(b, "period");
            MonthInput month = months.find(period).orElseThrow(() -> new ScenarioException(b.pathOf("period"),
                    Rules.KNOWN_REFERENCE, "month " + period + " is not given in $.networkMonths.months"));
            BigDecimal v = b.decimal("volume");
            Quantity volume = Domain.at(b.pathOf("volume"), () -> Quantity.of(v, net.resource().unit()));
            BigDecimal a = b.decimal("amount");
            MonetaryAmount amount = Domain.at(b.pathOf("amount"), () -> Amounts.rub(a.toPlainString()));
            LocalDateRange days = days(b, period);
            Price price = price(b, month, net);
            billed.get(house).add(Domain.at(b.path(), () -> new ChargeLine(AccountId.of(account.value()),
                    net.resource(), period, period, Register.TOTAL, ChargeKind.COMMON_HOUSE, days,
                    volume, price, amount)));
        }
        OdnPolicy policy = OdnPolicyChoices.of(inputs.get(PoliciesSection.INSTANCE));
        JsonPath issuedPath = settings.pathOf("issuedIn");
        return context -> {
            NetworkMonths resolved = months.resolve(context, net);
            ProtocolRecorder recorder = new ProtocolRecorder();
            List<CommonHouseCorrectionResult.House> out = new ArrayList<>();
            for (Map.Entry<NodeId, JsonPath> h : houses.entrySet()) {
                out.add(new CommonHouseCorrectionResult.House(h.getKey(), correct(net, resolved, h.getKey(),
                        h.getValue(), policy, billed.get(h.getKey()), issuedIn, issuedPath, recorder)));
            }
            return new CommonHouseCorrectionResult(net.network(), resolved, issuedIn, out, recorder.entries());
        };
    }

    /**
     * The days of a billed line: {@code from} … {@code to} (inclusive), by default the month's first and last day;
     * the days lie within the month (a line billed at tariffs covers a run of days at one price).
     */
    private static LocalDateRange days(ObjectCursor b, YearMonth period) {
        LocalDate from = b.findDate("from").orElse(period.atDay(1));
        LocalDate to = b.findDate("to").orElse(period.atEndOfMonth());
        for (String name : List.of("from", "to")) {
            LocalDate d = name.equals("from") ? from : to;
            if (!YearMonth.from(d).equals(period)) {
                throw new ScenarioException(b.pathOf(name), Rules.RANGE, "day " + d + " is not in month " + period
                        + " of the line");
            }
        }
        if (to.isBefore(from)) {
            throw new ScenarioException(b.pathOf("to"), Rules.DATE_ORDER, "the last day " + to
                    + " precedes the first day " + from);
        }
        return LocalDateRange.ofClosed(from, to);
    }

    /**
     * The price of a billed line: its {@code price}, by default the month's one price. A line of a month priced by
     * tariff schedules names its price: the correction keeps runs of days at one price apart.
     */
    private static Price price(ObjectCursor b, MonthInput month, NetworkInput net) {
        if (b.has("price")) {
            BigDecimal p = b.decimal("price");
            if (p.signum() < 0) {
                throw new ScenarioException(b.pathOf("price"), Rules.RANGE, "price " + p.toPlainString()
                        + " is negative");
            }
            return Domain.at(b.pathOf("price"), () -> Price.of(p, Amounts.RUB, net.resource().unit()));
        }
        if (month.tariffs().isPresent()) {
            throw new ScenarioException(b.pathOf("price"), Rules.REQUIRED_PROPERTY, "month " + month.period()
                    + " is priced by tariff schedules: give the price (and the days) of the line billed");
        }
        // Raschet reads only the volume and the amount of a billed line; a month with no price is refused
        // before any line is read, so the placeholder price of such a month is never used.
        return month.price().orElse(Price.ofE4(0, Amounts.RUB, net.resource().unit()));
    }

    private static CommonHouseCorrection.Result correct(NetworkInput net, NetworkMonths months, NodeId house,
                                                        JsonPath housePath, OdnPolicy policy, List<ChargeLine> billed,
                                                        YearMonth issuedIn, JsonPath issuedPath, ProtocolSink sink) {
        List<HouseMonth> hm = months.houseMonths();
        Map<NodeId, Quantity> carry = months.carryOf(net.network(), house);
        try {
            return CommonHouseCorrection.recalculate(net.network(), house, hm, carry, policy, billed, issuedIn, sink);
        } catch (RaschetException e) {
            if (OdnFaults.aboutCarry(e) && !hm.isEmpty()) {
                throw OdnFaults.carry(e, carry, months, one -> CommonHouseSplit.month(net.network(), house,
                        hm.get(0), one, policy, ProtocolSink.NONE), housePath);
            }
            if (e.rule().equals("odn.correction-after-period")) {
                throw new ScenarioException(issuedPath, e);
            }
            throw OdnFaults.at(e, months, housePath);
        }
    }
}
