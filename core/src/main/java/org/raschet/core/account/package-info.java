/**
 * Premises and accounts (лицевой счёт): area, residents per day, tariff group, house.
 */
package org.raschet.core.account;
