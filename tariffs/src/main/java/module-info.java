/** Raschet tariffs: effective-dated prices and the pricing of per-day quantities into charge lines. */
module org.raschet.tariffs {
    requires transitive org.raschet.core;
    requires org.eclipse.collections.api;
    requires org.eclipse.collections.impl;
    // exports are added with the packages' first public types

}
