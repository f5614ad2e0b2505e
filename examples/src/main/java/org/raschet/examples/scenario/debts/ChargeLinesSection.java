package org.raschet.examples.scenario.debts;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.raschet.core.ledger.ChargeKind;
import org.raschet.core.ledger.ChargeLine;
import org.raschet.core.meter.Register;
import org.raschet.core.money.Amounts;
import org.raschet.core.money.Price;
import org.raschet.core.money.RoundingRule;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.raschet.core.time.Days;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.input.Domain;
import org.raschet.examples.scenario.input.InputSection;
import org.raschet.examples.scenario.input.ScenarioInputs;
import org.raschet.examples.scenario.json.ArrayShape;
import org.raschet.examples.scenario.json.JsonCursor;
import org.raschet.examples.scenario.json.Names;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.Rules;
import org.raschet.examples.scenario.json.ValueShape;

/**
 * The {@code chargeLines} section: the charge lines (строки начислений) the host billed, each for one account,
 * billing period and service, corrections in the period they correct. Optional, default none. Each line covers
 * its whole period; its amount is given (rounded once when it was billed, LEGAL §11), and where its quantity and
 * price are given too, the amount must be round(quantity × price, 2) half-up.
 *
 * <p>The lines are given, not taken from the {@code charges} compute section: a billed line is the host's record
 * of what it issued for a billing period (DESIGN principle 4), while {@code charges} prices reading intervals,
 * which need not match calendar months.
 */
public final class ChargeLinesSection implements InputSection<List<Located<ChargeLine>>> {
    /** The one instance. */
    public static final ChargeLinesSection INSTANCE = new ChargeLinesSection();

    /** The shape of one charge line. */
    public static final ObjectShape LINE = ObjectShape.of("charge line",
            Property.required("account", ValueShape.STRING),
            Property.required("period", ValueShape.MONTH),
            Property.required("service", Names.choice(Resource.class)),
            Property.required("amount", ValueShape.DECIMAL),
            Property.optional("kind", Names.choice(ChargeKind.class)),
            Property.optional("issuedIn", ValueShape.MONTH),
            Property.optional("register", Names.choice(Register.class)),
            Property.optional("quantity", ValueShape.DECIMAL),
            Property.optional("price", ValueShape.DECIMAL));

    /** Which property of a line each of Raschet's charge-line rules is about. */
    private static final Map<String, String> FIELDS = Map.of(
            "charge-line.issued-not-before-period", "issuedIn",
            "charge-line.span-within-period", "period",
            "charge-line.consistent-units", "price");

    private ChargeLinesSection() {
    }

    @Override
    public Property property() {
        return Property.optional("chargeLines", ArrayShape.of(LINE));
    }

    @Override
    public List<Located<ChargeLine>> parse(JsonCursor value, ScenarioInputs earlier) {
        DebtAccounts accounts = earlier.get(AccountsSection.INSTANCE);
        List<Located<ChargeLine>> out = new ArrayList<>();
        for (JsonCursor element : value.elements()) {
            ObjectCursor o = element.object(LINE);
            DebtAccount account = DebtValues.account(o, "account", accounts);
            YearMonth period = DebtValues.period(o, "period");
            Resource service = DebtValues.service(o, "service");
            MonetaryAmount amount = DebtValues.amount(o, "amount", Amounts.RUB);
            long minor = Amounts.toMinor(amount);
            ChargeKind kind = o.findChoice("kind").map(n -> Names.parse(ChargeKind.class, n))
                    .orElse(ChargeKind.CONSUMPTION);
            YearMonth issuedIn = DebtValues.findPeriod(o, "issuedIn").orElse(period);
            Register register = o.findChoice("register").map(n -> Names.parse(Register.class, n))
                    .orElse(Register.TOTAL);
            Quantity quantity;
            Price price;
            if (o.has("quantity") || o.has("price")) {
                String missing = o.has("quantity") ? "price" : "quantity";
                if (!o.has(missing)) {
                    throw new ScenarioException(o.pathOf(missing), Rules.REQUIRED_PROPERTY,
                            "quantity and price are given together (or neither): " + missing + " is missing");
                }
                BigDecimal q = o.decimal("quantity");
                BigDecimal p = o.decimal("price");
                quantity = Domain.at(o.pathOf("quantity"), () -> Quantity.of(q, service.unit()));
                price = Domain.at(o.pathOf("price"), () -> Price.of(p, Amounts.RUB, service.unit()));
                long expected = Domain.at(o.pathOf("amount"),
                        () -> price.chargeMinor(quantity, RoundingRule.KOPECKS_HALF_UP));
                if (expected != minor) {
                    throw new ScenarioException(o.pathOf("amount"), DebtRules.CHARGE_LINE_AMOUNT,
                            "amount " + Amounts.format(amount) + " is not round(" + quantity + " × " + price
                                    + ", 2) = " + Amounts.format(Amounts.rub(expected)));
                }
            } else {
                // a line known by its amount only is kept as a lump sum: ±1 unit at the amount's magnitude
                quantity = Quantity.ofMicros(Long.signum(minor) * 1_000_000L, service.unit());
                price = Price.of(BigDecimal.valueOf(Math.abs(minor), 2), Amounts.RUB, service.unit());
            }
            Quantity q = quantity;
            Price p = price;
            ChargeLine line = Domain.at(o.path(), FIELDS, () -> new ChargeLine(account.id(), service, period,
                    issuedIn, register, kind, Days.of(period), q, p, amount));
            out.add(new Located<>(line, o.path()));
        }
        return out;
    }

    @Override
    public List<Located<ChargeLine>> absent(ScenarioInputs earlier) {
        return List.of();
    }
}
