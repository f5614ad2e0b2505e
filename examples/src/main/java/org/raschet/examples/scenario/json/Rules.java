package org.raschet.examples.scenario.json;

/** The rules a scenario's form can break, as named in error messages and in {@code docs/scenario-format.md}. */
public final class Rules {
    private Rules() {
    }

    /** The scenario file does not exist, cannot be read, or is not UTF-8. */
    public static final String READABLE = "scenario.readable";
    /** The text is not well-formed JSON (or a property appears twice in one object). */
    public static final String JSON_SYNTAX = "json.syntax";
    /** A property the format does not define. */
    public static final String KNOWN_PROPERTY = "scenario.known-property";
    /** A required property is absent. */
    public static final String REQUIRED_PROPERTY = "scenario.required-property";
    /** A value of the wrong JSON type or text form (a date not {@code YYYY-MM-DD}, a decimal with letters, …). */
    public static final String TYPE = "scenario.type";
    /** A name outside the allowed choices. */
    public static final String CHOICE = "scenario.choice";
    /** A number outside its allowed range. */
    public static final String RANGE = "scenario.range";
    /** Two entities of one kind with the same identifier. */
    public static final String UNIQUE_ID = "scenario.unique-id";
    /** A reference to an entity the scenario does not declare. */
    public static final String KNOWN_REFERENCE = "scenario.known-reference";
    /** A compute section needs another section that is absent. */
    public static final String SECTION_REQUIRES = "scenario.section-requires";
    /** The scenario asks nothing to be computed. */
    public static final String COMPUTE_SOMETHING = "scenario.compute-something";
    /** A list that must not repeat a value repeats one (e.g. a date of {@code asKnownOn} given twice). */
    public static final String DISTINCT = "scenario.distinct";
    /** A billed line of a service or period that the {@code consumption} section does not compute. */
    public static final String BILLED_COMPUTED = "scenario.billed-within-computed";
    /** The months of a span reported at once do not follow each other (a month is missing in between). */
    public static final String CONSECUTIVE_MONTHS = "scenario.consecutive-months";

    // tariffs (issue 4): tariff schedules, norms, account tariffs, pricing, sanctions

    /** A period or range whose end precedes its start (a tariff or norm period, a pricing range). */
    public static final String DATE_ORDER = "scenario.date-order";
    /** A tariff period gives both or neither of {@code prices} and {@code blocks}. */
    public static final String TARIFF_PRICES_OR_BLOCKS = "tariffs.prices-or-blocks";
    /** A norm period or season gives not exactly one of {@code value}, {@code bySize}, {@code seasons}. */
    public static final String NORM_ONE_VALUE_FORM = "norms.one-value-form";
    /** A month named in two seasons of one norm period. */
    public static final String NORM_MONTH_ONCE = "norms.month-once";
    /** An account's tariff, limit or normative is of another service than the one priced. */
    public static final String PRICING_SAME_SERVICE = "pricing.same-service";
    /** A premise priced by the normative, or an interference case, without a normative to apply. */
    public static final String PRICING_NORMATIVE_GIVEN = "pricing.normative-given";
    /** An account tariff's {@code normativeReason} contradicts {@code services[].meterInstallationImpossible}. */
    public static final String PRICING_REASON_AGREES = "pricing.normative-reason-agrees";
    /** An unauthorised connection without its power, or an interference case with one. */
    public static final String SANCTION_POWER = "sanctions.power-for-connection";

    // common-house shares priced by tariff schedules

    /** A month (or {@code networkMonths}) gives both a {@code price} and tariff schedules for the common-house shares. */
    public static final String PRICE_OR_TARIFFS = "networkMonths.price-or-tariffs";
}
