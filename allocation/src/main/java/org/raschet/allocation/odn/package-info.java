/**
 * Common-house (ОДН, КР на СОИ) allocation along the network topology and loss localisation per node.
 *
 * <ul>
 *   <li>The network: {@link org.raschet.allocation.odn.Network} of {@link org.raschet.allocation.odn.NetworkNode}s
 *       (feeder → substation → house → entrance → riser → premise; any level may be absent), validated as a
 *       whole.</li>
 *   <li>Inputs: {@link org.raschet.allocation.odn.NetworkVolumes}, each node meter's and premise's volume over a span
 *       by basis ({@link org.raschet.allocation.odn.VolumeByBasis}: measured, forecast, normative);
 *       {@link org.raschet.allocation.odn.HouseMonth} for a billing period with the normative and either one price
 *       or the premises' tariff schedules ({@link org.raschet.allocation.odn.CommonHouseTariffs}: each share priced
 *       at the tariffs of its month's days).</li>
 *   <li>The losses report: {@link org.raschet.allocation.odn.NetworkBalance#report}.</li>
 *   <li>The common-house split: {@link org.raschet.allocation.odn.CommonHouseSplit#month} and
 *       {@link org.raschet.allocation.odn.CommonHouseSplit#months}, under an
 *       {@link org.raschet.allocation.odn.OdnPolicy}; corrections against what was billed:
 *       {@link org.raschet.allocation.odn.CommonHouseCorrection#recalculate}.</li>
 * </ul>
 */
package org.raschet.allocation.odn;
