/**
 * Turning per-day quantities into priced charge lines with their protocol: metered and forecast consumption, the
 * normative with or without the increasing coefficient, common-house shares spread over their month's days, social-norm blocks and bands, zones, sanctions and
 * corrections at historical prices. Entry points: {@link org.raschet.tariffs.pricing.Pricing},
 * {@link org.raschet.tariffs.pricing.Sanctions}, {@link org.raschet.tariffs.pricing.Corrections}.
 */
package org.raschet.tariffs.pricing;
