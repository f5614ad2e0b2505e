/**
 * Raschet core: exact quantities and money, days and periods, premises, meters and readings, consumption,
 * ledger primitives, exact splitting, the formula protocol and the error hierarchy.
 */
module org.raschet.core {
    requires transitive java.money;
    requires org.javamoney.moneta;
    requires transitive org.threeten.extra;
    requires static tools.jackson.databind;

    exports org.raschet.core.quantity;
    exports org.raschet.core.money;
    exports org.raschet.core.time;
    exports org.raschet.core.account;
    exports org.raschet.core.meter;
    exports org.raschet.core.consumption;
    exports org.raschet.core.ledger;
    exports org.raschet.core.split;
    exports org.raschet.core.protocol;
    exports org.raschet.core.error;
    exports org.raschet.core.json;
}
