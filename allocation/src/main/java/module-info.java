/** Raschet allocation: common-house volume, payments, penalties, turnover sheets and billing runs. */
module org.raschet.allocation {
    requires transitive org.raschet.tariffs;
    requires org.eclipse.collections.api;
    requires org.eclipse.collections.impl;
    exports org.raschet.allocation.odn;
    exports org.raschet.allocation.payment;
    exports org.raschet.allocation.penalty;
}
