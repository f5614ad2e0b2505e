/**
 * The tariffs capability of the scenario format (issue 4): input sections for tariff schedules, norms (social norms,
 * volume bands, normatives), pricing policies, account tariffs and sanction cases; the compute sections
 * {@code pricing} (the per-day engine's volumes, or the normative, priced day by day into charge lines) and
 * {@code sanctions}.
 */
package org.raschet.examples.scenario.tariff;
