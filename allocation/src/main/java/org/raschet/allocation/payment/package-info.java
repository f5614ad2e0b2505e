/**
 * Payments over obligations (ГК ст. 319.1; Пленум ВС РФ № 22, п. 32), reallocation, limitation (ГК ст. 196, 200,
 * 207), and the restriction (Правила № 354, п. 117–119) and collection lists.
 */
package org.raschet.allocation.payment;
