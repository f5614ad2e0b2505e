/**
 * Ledger primitives: charge lines, correction lines, payments, obligations and balances.
 */
package org.raschet.core.ledger;
