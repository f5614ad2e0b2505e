/** Raschet tariffs: effective-dated prices and the pricing of per-day quantities into charge lines. */
module org.raschet.tariffs {
    requires transitive org.raschet.core;
    requires org.eclipse.collections.api;
    requires org.eclipse.collections.impl;

    exports org.raschet.tariffs.schedule;
    exports org.raschet.tariffs.pricing;
    exports org.raschet.tariffs.columnar;
}
